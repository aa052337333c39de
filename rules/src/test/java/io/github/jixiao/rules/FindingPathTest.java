package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.testing.ForAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class FindingPathTest {
  @Test
  void parse_toString_roundTrip() {
    for (String s : new String[] {"funds.budgetCompletionRate", "mainTasks[3].amount",
        "keyProjects[0].indicators[6].actual", "annualGoals.expectedGoals[5]", "a[1][2].b", ""}) {
      assertThat(FindingPath.parse(s).toString()).isEqualTo(s);
      assertThat(FindingPath.parse(FindingPath.parse(s).toString())).isEqualTo(FindingPath.parse(s));
    }
  }

  @Test
  void property_randomPathsRoundTrip() {
    ForAll.forAll(r -> {
      FindingPath p = FindingPath.root();
      int depth = 1 + r.nextInt(5);
      for (int d = 0; d < depth; d++) {
        p = p.property("p" + r.nextInt(5));
        if (r.nextBoolean()) {
          p = p.index(r.nextInt(200));
        }
      }
      return p;
    }).named("paths parse back from their text").cases(10_000)
        .check(p -> assertThat(FindingPath.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p));
  }


  @Test
  void parse_badText_throwsSayingWhere() {
    assertThatThrownBy(() -> FindingPath.parse("funds..x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("character 6");
    assertThatThrownBy(() -> FindingPath.parse("a[x]")).hasMessageContaining("bad index");
    assertThatThrownBy(() -> FindingPath.parse("a[]")).hasMessageContaining("index expected");
    assertThatThrownBy(() -> FindingPath.parse("a.")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FindingPath.parse("[1]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FindingPath.parse("a[99999999999]")).hasMessageContaining("bad index");
  }

  @Test
  void children_areMemoised() {
    FindingPath tasks = FindingPath.of("mainTasks");
    assertThat(tasks.index(3).property("amount")).isSameAs(tasks.index(3).property("amount"));
    assertThat(tasks.index(100)).isEqualTo(tasks.index(100));
  }

  /**
   * Property children are found by identity at their hash's slot and by name otherwise: for random sets of names
   * (some colliding, some equal but not identical strings, more than are memoised), the child always has the name,
   * and the first 16 distinct names always give the same instance.
   */
  @Test
  void property_childrenFoundByIdentityOrName_memoisedUpToSixteen() {
    long seed = Long.getLong("jixiao.seed", 20211231L);
    for (int c = 0; c < 2_000; c++) {
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed + c);
      FindingPath parent = FindingPath.of("p" + c);
      java.util.Map<String, FindingPath> first = new java.util.LinkedHashMap<>();
      for (int k = 0; k < 60; k++) {
        String name = "n" + r.nextInt(1 + r.nextInt(40));
        String asked = r.nextBoolean() ? name : new String(name.toCharArray());
        FindingPath child = parent.property(asked);
        assertThat(child.propertyName()).isEqualTo(name);
        assertThat(child.parent()).isSameAs(parent);
        assertThat(child).isEqualTo(FindingPath.of("p" + c + "." + name));
        FindingPath known = first.get(name);
        if (known == null) {
          first.put(name, child);
        } else if (new java.util.ArrayList<>(first.keySet()).indexOf(name) < 16) {
          assertThat(child).as("seed %d: %s", seed + c, name).isSameAs(known);
        }
      }
    }
    assertThatThrownBy(() -> FindingPath.root().property(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("property");
  }

  @Test
  void resolve_prefixesARelativePath() {
    FindingPath p = FindingPath.of("keyProjects[0]").resolve(FindingPath.of("indicators[6].actual"));
    assertThat(p).hasToString("keyProjects[0].indicators[6].actual");
    assertThat(FindingPath.root().resolve(p)).isSameAs(p);
    assertThat(p.resolve(FindingPath.root())).isSameAs(p);
  }

  @Test
  void accessors_andStartsWith() {
    FindingPath p = FindingPath.of("mainTasks[3].amount");
    assertThat(p.propertyName()).isEqualTo("amount");
    assertThat(p.parent()).isEqualTo(FindingPath.of("mainTasks[3]"));
    assertThat(p.parent().indexValue()).isEqualTo(3);
    assertThat(p.elements()).extracting(FindingPath::toString).containsExactly("mainTasks", "mainTasks[3]",
        "mainTasks[3].amount");
    assertThat(p.startsWith(FindingPath.of("mainTasks[3]"))).isTrue();
    assertThat(p.startsWith(FindingPath.of("mainTasks[2]"))).isFalse();
    assertThat(p.startsWith(FindingPath.root())).isTrue();
    assertThat(FindingPath.root().isRoot()).isTrue();
    assertThatThrownBy(() -> FindingPath.root().index(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.index(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.property("1x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serialization_keepsEquality() throws Exception {
    FindingPath p = FindingPath.of("keyProjects[0].indicators[6].actual");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      FindingPath back = (FindingPath) in.readObject();
      assertThat(back).isEqualTo(p).hasToString(p.toString());
      assertThat(back.property("x")).hasToString(p + ".x");
    }
  }
}

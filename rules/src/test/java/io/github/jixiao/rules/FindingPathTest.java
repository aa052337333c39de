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

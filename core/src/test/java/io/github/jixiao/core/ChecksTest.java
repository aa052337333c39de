package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

  //----- copyOf -----
  @Test
  void copyOf_isAnUnmodifiableCopy() {
    List<String> source = new ArrayList<>(List.of("问题一", "问题二"));
    List<String> copy = Checks.copyOf(source, "problems");
    source.set(0, "改");
    source.add("问题三");
    assertThat(copy).containsExactly("问题一", "问题二");
    assertThatThrownBy(() -> copy.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copyOf_emptyList_isEmpty() {
    assertThat(Checks.copyOf(List.of(), "problems")).isEmpty();
  }

  @Test
  void copyOf_nullList_isRefusedNamingTheParameter() {
    assertThatThrownBy(() -> Checks.copyOf(null, "mainTasks")).isInstanceOf(NullPointerException.class)
        .hasMessage("mainTasks");
  }

  @Test
  void copyOf_nullElement_isRefusedNamingItsIndex() {
    assertThatThrownBy(() -> Checks.copyOf(Arrays.asList("a", "b", null), "problems"))
        .isInstanceOf(NullPointerException.class).hasMessage("problems[2]");
    assertThatThrownBy(() -> Checks.copyOf(Arrays.asList((String) null), "problems"))
        .isInstanceOf(NullPointerException.class).hasMessage("problems[0]");
  }
}

package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReaderLimitsTest {
  @Test
  void defaults_areTheDocumentedValues() {
    ReaderLimits d = ReaderLimits.defaults();
    assertThat(d.maxInputChars()).isEqualTo(16 * 1024 * 1024);
    assertThat(d.maxCells()).isEqualTo(1_000_000);
    assertThat(d.maxNestingDepth()).isEqualTo(64);
    assertThat(d.maxNumberLength()).isEqualTo(40);
    assertThat(d.maxWarnings()).isEqualTo(1_000);
  }

  @Test
  void withers_changeOneLimit() {
    ReaderLimits d = ReaderLimits.defaults();
    assertThat(d.withMaxInputChars(5).maxInputChars()).isEqualTo(5);
    assertThat(d.withMaxCells(6).maxCells()).isEqualTo(6);
    assertThat(d.withMaxNestingDepth(7).maxNestingDepth()).isEqualTo(7);
    assertThat(d.withMaxNumberLength(8).maxNumberLength()).isEqualTo(8);
    assertThat(d.withMaxWarnings(9).maxWarnings()).isEqualTo(9);
    assertThat(d.withMaxCells(6).maxInputChars()).isEqualTo(d.maxInputChars());
  }

  @Test
  void constructor_refusesLimitsBelowOneNamingTheLimit() {
    assertThatThrownBy(() -> ReaderLimits.defaults().withMaxCells(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCells");
    assertThatThrownBy(() -> new ReaderLimits(1, 1, 1, 1, -1)).hasMessageContaining("maxWarnings");
  }
}

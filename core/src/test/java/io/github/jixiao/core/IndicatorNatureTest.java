package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorNatureTest {

  //----- label -----
  @Test
  void label_isTheChineseName() {
    assertThat(IndicatorNature.QUANTITATIVE.label()).isEqualTo("定量指标");
    assertThat(IndicatorNature.QUALITATIVE.label()).isEqualTo("定性指标");
    assertThat(IndicatorNature.values()).hasSize(2);
  }
}

package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountUnitTest {

  //----- label, yuanPerUnit -----
  @ParameterizedTest(name = "{0} {1} = {2} 元")
  @CsvSource(delimiter = '|', value = {
      "YUAN|元|1",
      "THOUSAND_YUAN|千元|1000",
      "TEN_THOUSAND_YUAN|万元|10000",
      "HUNDRED_MILLION_YUAN|亿元|100000000",
  })
  void labelAndFactor(AmountUnit unit, String label, String yuan) {
    assertThat(unit.label()).isEqualTo(label);
    assertThat(unit.yuanPerUnit()).isEqualByComparingTo(new BigDecimal(yuan));
    assertThat(unit.yuanPerUnit().scale()).isZero();
  }

  //----- fromLabel -----
  @ParameterizedTest(name = "{0}")
  @EnumSource(AmountUnit.class)
  void fromLabel_ofItsLabel_withOrWithoutSurroundingSpace(AmountUnit unit) {
    assertThat(AmountUnit.fromLabel(unit.label())).contains(unit);
    assertThat(AmountUnit.fromLabel(" " + unit.label() + "\t")).contains(unit);
    assertThat(AmountUnit.fromLabel("\u3000" + unit.label())).contains(unit);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "万", "千", "亿", "万元整", "单位：万元", "YUAN", "RMB", "万 元"})
  void fromLabel_unknownLabels_areEmpty(String label) {
    assertThat(AmountUnit.fromLabel(label)).isEmpty();
  }

  @Test
  void fromLabel_refusesNull_namingTheParameter() {
    assertThatThrownBy(() -> AmountUnit.fromLabel(null)).isInstanceOf(NullPointerException.class).hasMessage("label");
  }
}

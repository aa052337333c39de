package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QualifierTest {

  //----- label -----
  @ParameterizedTest(name = "{0} → \"{1}\"")
  @CsvSource(delimiter = '|', value = {"EXACT|''", "MORE_THAN|超", "LESS_THAN|不足", "APPROXIMATELY|约"})
  void label_isATypicalChineseWord(Qualifier qualifier, String label) {
    assertThat(qualifier.label()).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Qualifier.class)
  void label_beforeACount_isReadBackAsTheQualifier(Qualifier qualifier) {
    assertThat(IndicatorValue.parse(qualifier.label() + "55次").qualifier()).isEqualTo(qualifier);
  }

  @Test
  void everyWordOfTheJavadoc_isReadAsItsQualifier() {
    assertThat(IndicatorValue.parse("超过5次").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(IndicatorValue.parse("逾5次").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(IndicatorValue.parse("5次以上").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(IndicatorValue.parse("5余次").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(IndicatorValue.parse("50多人").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(IndicatorValue.parse("不到5次").qualifier()).isEqualTo(Qualifier.LESS_THAN);
    assertThat(IndicatorValue.parse("5次以下").qualifier()).isEqualTo(Qualifier.LESS_THAN);
    assertThat(IndicatorValue.parse("5天以内").qualifier()).isEqualTo(Qualifier.LESS_THAN);
    assertThat(IndicatorValue.parse("大约5次").qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(IndicatorValue.parse("近5次").qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(IndicatorValue.parse("5次左右").qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
  }
}

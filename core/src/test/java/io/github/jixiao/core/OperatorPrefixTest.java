package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorPrefixTest {

  //----- match -----
  @ParameterizedTest(name = "{0} → {1} of length {2}")
  @CsvSource(delimiter = '|', value = {
      "≥50个|GE|1",
      ">=50个|GE|2",
      "=>50|GE|2",
      ">50|GT|1",
      "≤90万元|LE|1",
      "<=90|LE|2",
      "=<90|LE|2",
      "<90|LT|1",
      "=100%|EQ|1",
      "==100%|EQ|2",
      "大于等于95%|GE|4",
      "大于或等于95%|GE|5",
      "大于95%|GT|2",
      "小于或等于3天|LE|5",
      "小于等于3天|LE|4",
      "小于3天|LT|2",
      "不低于90%|GE|3",
      "不超过5万元|LE|3",
      "等于100%|EQ|2",
      "至少3次|GE|2",
      "最多3次|LE|2",
  })
  void match_findsTheLongestSpellingAtTheStart(String text, ComparisonOperator operator, int length) {
    assertThat(OperatorPrefix.match(text, 0)).isEqualTo(new OperatorPrefix(operator, length));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "50个", "如期举办", "超55次", "不足5天", " ≥50", "约100人", "≠5"})
  void match_withoutAnOperatorAtTheStart_isNull(String text) {
    assertThat(OperatorPrefix.match(text, 0)).isNull();
  }

  @Test
  void match_atAnOffset() {
    assertThat(OperatorPrefix.match("目标≥50个", 2)).isEqualTo(new OperatorPrefix(ComparisonOperator.GE, 1));
    assertThat(OperatorPrefix.match("目标≥50个", 0)).isNull();
    assertThat(OperatorPrefix.match("≥", 1)).isNull();
  }
}

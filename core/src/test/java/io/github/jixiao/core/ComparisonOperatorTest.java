package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComparisonOperatorTest {

  //----- symbol, direction, isQuantitative -----
  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "GE|≥|POSITIVE",
      "GT|＞|POSITIVE",
      "EQ|=|EQUAL",
      "LE|≤|REVERSE",
      "LT|＜|REVERSE",
      "QUALITATIVE|定性|NULL",
      "QUANTITATIVE_OTHER|定量（其他）|NULL",
  })
  void symbolAndDirection_followTheDomainTable(ComparisonOperator op, String symbol, Direction direction) {
    assertThat(op.symbol()).isEqualTo(symbol);
    assertThat(op.direction()).isEqualTo(direction);
    assertThat(op.isQuantitative()).isEqualTo(direction != null);
  }

  //----- fromSymbol -----
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "≥|GE",
      ">=|GE",
      "=>|GE",
      "≧|GE",
      "⩾|GE",
      "＞=|GE",
      "' ≥ '|GE",
      "大于等于|GE",
      "大于或等于|GE",
      "不低于|GE",
      "不少于|GE",
      "不小于|GE",
      "至少|GE",
      "GE|GE",
      "＞|GT",
      ">|GT",
      "大于|GT",
      "高于|GT",
      "多于|GT",
      "GT|GT",
      "=|EQ",
      "＝|EQ",
      "﹦|EQ",
      "==|EQ",
      "等于|EQ",
      "≤|LE",
      "<=|LE",
      "=<|LE",
      "≦|LE",
      "⩽|LE",
      "小于等于|LE",
      "小于或等于|LE",
      "不高于|LE",
      "不超过|LE",
      "不多于|LE",
      "不大于|LE",
      "至多|LE",
      "最多|LE",
      "＜|LT",
      "<|LT",
      "小于|LT",
      "低于|LT",
      "少于|LT",
      "定性|QUALITATIVE",
      "<p>定性</p>|QUALITATIVE",
      "定量（其他）|QUANTITATIVE_OTHER",
      "定量(其他)|QUANTITATIVE_OTHER",
      "QUANTITATIVE_OTHER|QUANTITATIVE_OTHER",
  })
  void fromSymbol_readsSymbolsWordsAndNames(String printed, ComparisonOperator expected) {
    assertThat(ComparisonOperator.fromSymbol(printed)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ComparisonOperator.class)
  void fromSymbol_ofItsOwnSymbolAndName_givesTheConstant(ComparisonOperator op) {
    assertThat(ComparisonOperator.fromSymbol(op.symbol())).contains(op);
    assertThat(ComparisonOperator.fromSymbol(op.name())).contains(op);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "≥50", "≥ 50个", "ge", "定量", "超", "≠", "大约", "<p", "≥≥", "定性指标"})
  void fromSymbol_unknownOrLongerText_isEmpty(String printed) {
    assertThat(ComparisonOperator.fromSymbol(printed)).isEmpty();
  }

  @Test
  void fromSymbol_refusesNull_namingTheParameter() {
    assertThatThrownBy(() -> ComparisonOperator.fromSymbol(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }
}

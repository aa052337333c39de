package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

  //----- key -----
  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "产出指标|产出指标",
      "' 产 出 指 标 '|产出指标",
      "产出指标(50分)|产出指标",
      "产出指标（５０分）|产出指标",
      "产出指标( 12.5 分 )|产出指标",
      "产出指标：|产出指标",
      "产出指标:-|产出指标",
      "效益指标-|效益指标",
      "<p>满意度指标</p>|满意度指标",
      "(50分)产出指标|(50分)产出指标",
      "产出指标(五十分)|产出指标(五十分)",
      "''|''",
  })
  void key_dropsSpacesMarkupTrailingWeightAndColon(String printed, String key) {
    assertThat(Labels.key(printed)).isEqualTo(key);
  }

  //----- matches -----
  @ParameterizedTest(name = "\"{0}\" vs {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "产出指标|产出指标|true",
      "产出|产出指标|true",
      "产|产出指标|false",
      "产出指标指标|产出指标|false",
      "投入|投入|true",
      "投|投入|false",
      "满意度|服务对象满意度指标|true",
      "服务对象满意度|服务对象满意度指标|true",
  })
  void matches_labelWithOrWithout指标OrAnAlias(String key, String label, boolean expected) {
    assertThat(Labels.matches(key, label, "满意度")).isEqualTo(expected);
  }
}

package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

  @Test
  void index_givesForEveryKeyTheFirstValueThatMatchesIt() {
    // overlapping on purpose: a label without 指标 that is another's alias, an alias shared by two values
    String[][] values = {{"产出指标", "产出"}, {"效益指标", "成效"}, {"产出", "成效", "满意"}, {"质量指标"}, {"满意度指标", "满意"}};
    java.util.Map<String, String[]> index = Labels.index(values, v -> v[0],
        v -> java.util.Arrays.copyOfRange(v, 1, v.length));
    for (String key : new String[] {"产出指标", "产出", "效益指标", "效益", "成效", "满意", "质量", "质量指标", "满意度",
        "满意度指标", "指标", "", "其他"}) {
      String[] expected = null;
      for (String[] v : values) {
        if (expected == null && Labels.matches(key, v[0], java.util.Arrays.copyOfRange(v, 1, v.length))) {
          expected = v;
        }
      }
      assertThat(index.get(key)).as(key).isSameAs(expected);
    }
  }
}

package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorLevel1Test {

  //----- label -----
  @Test
  void label_isTheChineseCategoryName() {
    assertThat(Arrays.stream(IndicatorLevel1.values()).map(IndicatorLevel1::label))
        .containsExactly("产出指标", "效益指标", "满意度指标", "成本指标", "投入", "过程", "效果", "决策");
  }

  //----- fromLabel -----
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "产出|OUTPUT",
      "产出指标|OUTPUT",
      "产出指标(50分)|OUTPUT",
      "产出指标（50分）|OUTPUT",
      "产出指标（５０分）|OUTPUT",
      "产出指标(12.5分)|OUTPUT",
      "' 产 出 指 标 '|OUTPUT",
      "产出指标：|OUTPUT",
      "<p>产出指标</p>|OUTPUT",
      "效益|BENEFIT",
      "效益指标(30分)|BENEFIT",
      "满意度|SATISFACTION",
      "满意度指标(10分)|SATISFACTION",
      "服务对象满意度指标|SATISFACTION",
      "成本指标|COST",
      "成本|COST",
      "投入|INPUT",
      "投入指标|INPUT",
      "过程|PROCESS",
      "过程指标|PROCESS",
      "效果|EFFECT",
      "效果指标|EFFECT",
      "决策|DECISION",
      "决策指标|DECISION",
  })
  void fromLabel_readsPrintedVariants(String printed, IndicatorLevel1 expected) {
    assertThat(IndicatorLevel1.fromLabel(printed)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(IndicatorLevel1.class)
  void fromLabel_ofItsOwnLabel_givesTheConstant(IndicatorLevel1 level) {
    assertThat(IndicatorLevel1.fromLabel(level.label())).contains(level);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "指标", "数量指标", "社会效益", "产出指标(50分)合计", "产出效益", "OUTPUT", "output",
      "效益指标-社会效益", "产", "满意"})
  void fromLabel_unknownLabels_areEmpty(String printed) {
    assertThat(IndicatorLevel1.fromLabel(printed)).isEmpty();
  }

  @Test
  void fromLabel_refusesNull_namingTheParameter() {
    assertThatThrownBy(() -> IndicatorLevel1.fromLabel(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("label");
  }
}

package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorLevel2Test {

  //----- label, usualParent -----
  @ParameterizedTest(name = "{0} {1} under {2}")
  @CsvSource(delimiter = '|', value = {
      "QUANTITY|数量指标|OUTPUT",
      "QUALITY|质量指标|OUTPUT",
      "TIMELINESS|时效指标|OUTPUT",
      "COST|成本指标|OUTPUT",
      "ECONOMIC_COST|经济成本指标|COST",
      "SOCIAL_COST|社会成本指标|COST",
      "ECO_ENVIRONMENTAL_COST|生态环境成本指标|COST",
      "ECONOMIC_BENEFIT|经济效益指标|BENEFIT",
      "SOCIAL_BENEFIT|社会效益指标|BENEFIT",
      "ECOLOGICAL_BENEFIT|生态效益指标|BENEFIT",
      "SUSTAINABLE_IMPACT|可持续影响指标|BENEFIT",
      "SERVICE_RECIPIENT_SATISFACTION|服务对象满意度指标|SATISFACTION",
      "BUDGET_ALLOCATION|预算配置|INPUT",
      "BUDGET_EXECUTION|预算执行|PROCESS",
      "BUDGET_MANAGEMENT|预算管理|PROCESS",
      "ASSET_MANAGEMENT|资产管理|PROCESS",
      "DUTY_PERFORMANCE|职责履行|OUTPUT",
      "PERFORMANCE_EFFECT|履职效益|EFFECT",
  })
  void labelAndUsualParent_followTheDomainGlossary(IndicatorLevel2 level, String label, IndicatorLevel1 parent) {
    assertThat(level.label()).isEqualTo(label);
    assertThat(level.usualParent()).isEqualTo(parent);
  }

  //----- fromLabel -----
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "数量|QUANTITY",
      "数量指标|QUANTITY",
      "数量指标(20分)|QUANTITY",
      "数量指标（２０分）|QUANTITY",
      "' 数量 指标 '|QUANTITY",
      "数量指标：|QUANTITY",
      "质量指标|QUALITY",
      "时效|TIMELINESS",
      "成本指标|COST",
      "成本|COST",
      "经济成本指标|ECONOMIC_COST",
      "社会成本|SOCIAL_COST",
      "生态环境成本指标|ECO_ENVIRONMENTAL_COST",
      "经济效益|ECONOMIC_BENEFIT",
      "社会效益|SOCIAL_BENEFIT",
      "社会效益指标|SOCIAL_BENEFIT",
      "生态效益指标|ECOLOGICAL_BENEFIT",
      "可持续影响|SUSTAINABLE_IMPACT",
      "可持续影响指标|SUSTAINABLE_IMPACT",
      "服务对象满意度指标|SERVICE_RECIPIENT_SATISFACTION",
      "服务对象满意度|SERVICE_RECIPIENT_SATISFACTION",
      "满意度指标|SERVICE_RECIPIENT_SATISFACTION",
      "满意度|SERVICE_RECIPIENT_SATISFACTION",
      "预算配置|BUDGET_ALLOCATION",
      "预算执行|BUDGET_EXECUTION",
      "预算管理|BUDGET_MANAGEMENT",
      "资产管理|ASSET_MANAGEMENT",
      "职责履行|DUTY_PERFORMANCE",
      "履职效益|PERFORMANCE_EFFECT",
  })
  void fromLabel_readsPrintedVariants(String printed, IndicatorLevel2 expected) {
    assertThat(IndicatorLevel2.fromLabel(printed)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(IndicatorLevel2.class)
  void fromLabel_ofItsOwnLabel_givesTheConstant(IndicatorLevel2 level) {
    assertThat(IndicatorLevel2.fromLabel(level.label())).contains(level);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "产出指标", "效益指标", "指标", "数", "QUANTITY", "效益指标-社会效益", "经济", "服务对象"})
  void fromLabel_unknownLabels_areEmpty(String printed) {
    assertThat(IndicatorLevel2.fromLabel(printed)).isEmpty();
  }

  @Test
  void fromLabel_refusesNull_namingTheParameter() {
    assertThatThrownBy(() -> IndicatorLevel2.fromLabel(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("label");
  }
}

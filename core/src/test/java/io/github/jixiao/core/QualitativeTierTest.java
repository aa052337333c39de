package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualitativeTierTest {

  //----- label -----
  @Test
  void label_isTheWordingOf10号() {
    assertThat(Arrays.stream(QualitativeTier.values()).map(QualitativeTier::label))
        .containsExactly("达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差");
  }

  //----- fromLabel -----
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "达成年度指标|ACHIEVED",
      "达成预期指标|ACHIEVED",
      "达成预期指标。|ACHIEVED",
      "' 达成预期指标 '|ACHIEVED",
      "<p>达成预期指标</p>|ACHIEVED",
      "达成年度目标|ACHIEVED",
      "已达成|ACHIEVED",
      "达成|ACHIEVED",
      "部分达成年度指标并具有一定效果|PARTIALLY_ACHIEVED",
      "部分达成年度指标|PARTIALLY_ACHIEVED",
      "部分达成预期指标|PARTIALLY_ACHIEVED",
      "部分达成|PARTIALLY_ACHIEVED",
      "未达成年度指标且效果较差|NOT_ACHIEVED",
      "未达成年度指标|NOT_ACHIEVED",
      "未达成预期指标。|NOT_ACHIEVED",
      "未达成|NOT_ACHIEVED",
  })
  void fromLabel_readsPrintedVariants(String printed, QualitativeTier expected) {
    assertThat(QualitativeTier.fromLabel(printed)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(QualitativeTier.class)
  void fromLabel_ofItsOwnLabel_givesTheConstant(QualitativeTier tier) {
    assertThat(QualitativeTier.fromLabel(tier.label())).contains(tier);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "如期举办", "通过验收", "已完成", "基本达成", "达成预期指标，效果明显", "ACHIEVED", "。"})
  void fromLabel_proseOrUnknownWording_isEmpty(String printed) {
    assertThat(QualitativeTier.fromLabel(printed)).isEmpty();
  }

  @Test
  void fromLabel_refusesNull_namingTheParameter() {
    assertThatThrownBy(() -> QualitativeTier.fromLabel(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }
}

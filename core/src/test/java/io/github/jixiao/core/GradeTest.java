package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

  //----- label -----
  @Test
  void label_isTheOneCharacterGrade_inOrderFromBestToWorst() {
    assertThat(Arrays.stream(Grade.values()).map(Grade::label)).containsExactly("优", "良", "中", "差");
  }

  //----- fromLabel -----
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "优|EXCELLENT",
      "优秀|EXCELLENT",
      "' 优 '|EXCELLENT",
      "<p>优</p>|EXCELLENT",
      "EXCELLENT|EXCELLENT",
      "良|GOOD",
      "良好|GOOD",
      "GOOD|GOOD",
      "中|FAIR",
      "中等|FAIR",
      "一般|FAIR",
      "合格|FAIR",
      "差|POOR",
      "较差|POOR",
      "不合格|POOR",
      "POOR|POOR",
  })
  void fromLabel_readsPrintedVariants(String printed, Grade expected) {
    assertThat(Grade.fromLabel(printed)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Grade.class)
  void fromLabel_ofItsLabelAndName_givesTheConstant(Grade grade) {
    assertThat(Grade.fromLabel(grade.label())).contains(grade);
    assertThat(Grade.fromLabel(grade.name())).contains(grade);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "优良", "A", "excellent", "90", "好", "很差", "中国"})
  void fromLabel_unknownLabels_areEmpty(String printed) {
    assertThat(Grade.fromLabel(printed)).isEmpty();
  }

  @Test
  void fromLabel_refusesNull_namingTheParameter() {
    assertThatThrownBy(() -> Grade.fromLabel(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }
}

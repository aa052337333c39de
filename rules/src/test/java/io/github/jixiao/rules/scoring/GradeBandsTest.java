package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeBandsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"100, EXCELLENT", "90.00, EXCELLENT", "89.99, GOOD", "89.5, GOOD", "80, GOOD", "79.99, FAIR",
      "60, FAIR", "59.99, POOR", "0, POOR", "90.67, EXCELLENT", "86.74, GOOD"})
  void grade_national_usesHalfOpenBands(String total, Grade grade) {
    assertThat(GradeBands.national().grade(new BigDecimal(total))).isEqualTo(grade);
  }

  @Test
  void of_customBands_areUsed() {
    GradeBands strict = GradeBands.of(BigDecimal.valueOf(95), BigDecimal.valueOf(85), BigDecimal.valueOf(70));
    assertThat(strict.grade(new BigDecimal("94.99"))).isEqualTo(Grade.GOOD);
    assertThat(strict.grade(new BigDecimal("69.99"))).isEqualTo(Grade.POOR);
    assertThat(strict.excellentFrom()).isEqualByComparingTo("95");
  }

  @Test
  void of_unorderedBands_areRefused() {
    assertThatThrownBy(() -> GradeBands.of(BigDecimal.valueOf(80), BigDecimal.valueOf(90), BigDecimal.valueOf(60)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("excellentFrom (80) > goodFrom (90)");
    assertThatThrownBy(() -> GradeBands.of(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.valueOf(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equals_comparesBoundsNumerically() {
    GradeBands a = GradeBands.of(new BigDecimal("90.0"), BigDecimal.valueOf(80), BigDecimal.valueOf(60));
    assertThat(a).isEqualTo(GradeBands.national()).hasSameHashCodeAs(GradeBands.national());
    assertThat(a).isNotEqualTo(GradeBands.of(BigDecimal.valueOf(91), BigDecimal.valueOf(80), BigDecimal.valueOf(60)));
    assertThat(a.toString()).contains("优 ≥ 90.0");
  }
}

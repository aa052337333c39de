package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.QualitativeTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ScoringProfileTest {
  @Test
  void national_hasTheDefaultsOf10Hao() {
    ScoringProfile p = ScoringProfile.national();
    assertThat(p.id()).isEqualTo("national");
    assertThat(p.executionRateBasis()).isEqualTo(ExecutionRateBasis.ANNUAL_BUDGET);
    assertThat(p.executionWeight()).isEqualByComparingTo("10");
    assertThat(p.categoryWeights()).containsEntry(IndicatorLevel1.OUTPUT, BigDecimal.valueOf(50))
        .containsEntry(IndicatorLevel1.BENEFIT, BigDecimal.valueOf(30))
        .containsEntry(IndicatorLevel1.SATISFACTION, BigDecimal.TEN).hasSize(3);
    assertThat(p.reverseStrategy()).isEqualTo(Strategy.REVERSE_INVERSE_RATIO);
    assertThat(p.qualitativeScoring()).isEqualTo(QualitativeScoring.AS_PRINTED);
    assertThat(p.assumedTier()).isNull();
    assertThat(p.assumedOperator()).isEqualTo(ComparisonOperator.GE);
    assertThat(p.scale()).isEqualTo(2);
    assertThat(p.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(p.gradeBands()).isEqualTo(GradeBands.national());
    assertThat(p.overshootFactor()).isEqualByComparingTo("1.3");
    assertThat(p.usePrintedWeights()).isTrue();
    assertThat(p.rescaleNotApplicable()).isFalse();
    assertThat(p.strictComparators()).isFalse();
  }

  @Test
  void presets_differOnlyWhereTheRegionsDiffer() {
    assertThat(ScoringProfile.beijingHaidian2016().executionRateBasis()).isEqualTo(ExecutionRateBasis.INITIAL_BUDGET);
    assertThat(ScoringProfile.sichuan2023().executionRateBasis()).isEqualTo(ExecutionRateBasis.ANNUAL_BUDGET);
    assertThat(ScoringProfile.byId("beijing-2016")).isSameAs(ScoringProfile.beijingHaidian2016());
    assertThat(ScoringProfile.byId("sichuan-2023")).isSameAs(ScoringProfile.sichuan2023());
    assertThat(ScoringProfile.byId("national")).isSameAs(ScoringProfile.national());
    assertThatThrownBy(() -> ScoringProfile.byId("guangxi")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("national, sichuan-2023, beijing-2016");
  }

  @Test
  void toBuilder_roundTripsAndChangesOnlyWhatIsSet() {
    ScoringProfile p = ScoringProfile.national();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    ScoringProfile q = p.toBuilder().assumedTier(QualitativeTier.ACHIEVED)
        .categoryWeight(IndicatorLevel1.COST, BigDecimal.valueOf(20)).build();
    assertThat(q.assumedTier()).isEqualTo(QualitativeTier.ACHIEVED);
    assertThat(q.categoryWeights()).containsEntry(IndicatorLevel1.COST, BigDecimal.valueOf(20));
    assertThat(q).isNotEqualTo(p);
    assertThat(p.assumedTier()).isNull();
    assertThat(q.toString()).contains("assuming ACHIEVED");
  }

  @Test
  void builder_validatesEagerly() {
    ScoringProfile.Builder b = ScoringProfile.builder("x");
    assertThatThrownBy(() -> b.executionWeight(BigDecimal.valueOf(-1))).hasMessageContaining("weight (-1)");
    assertThatThrownBy(() -> b.reverseStrategy(Strategy.POSITIVE_RATIO)).hasMessageContaining("REVERSE_LINEAR");
    assertThatThrownBy(() -> b.assumedOperator(ComparisonOperator.QUALITATIVE)).hasMessageContaining("quantitative");
    assertThatThrownBy(() -> b.rounding(11, RoundingMode.HALF_UP)).hasMessageContaining("scale (11)");
    assertThatThrownBy(() -> b.rounding(2, RoundingMode.UNNECESSARY)).hasMessageContaining("UNNECESSARY");
    assertThatThrownBy(() -> b.overshootFactor(BigDecimal.ONE)).hasMessageContaining("greater than 1");
    assertThatThrownBy(() -> ScoringProfile.builder(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> b.gradeBands(null)).isInstanceOf(NullPointerException.class).hasMessage("bands");
  }
}

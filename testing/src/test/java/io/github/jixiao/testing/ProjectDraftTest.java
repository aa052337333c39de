package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorNature;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectDraftTest {
  /** Whether a printed row asks for a deviation analysis by overshooting: positive, actual ≥ 130 % of target. */
  static boolean overshoots(PerformanceIndicator row) {
    if (row.nature() != IndicatorNature.QUANTITATIVE || row.actual() == null || row.actual().number() == null) {
      return false;
    }
    ComparisonOperator op = row.effectiveOperator();
    boolean positive = op == null || op.direction() == Direction.POSITIVE;
    BigDecimal t = row.target().number();
    return positive && t.signum() > 0 && row.actual().number().compareTo(t.multiply(new BigDecimal("1.3"))) >= 0;
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest(name = "{0} t={1} a={2} w={3} -> {4}")
  @CsvSource({
      "GE, 50, 50, 10, 10.00",
      "GE, 50, 60, 10, 10.00",
      "GE, 50, 40, 10, 8.00",
      "GT, 3, 1, 10, 3.33",
      "GE, 3, 2, 10, 6.67",
      "GE, 50, -5, 10, 0.00",
      "EQ, 100, 90, 10, 9.00",
      "EQ, 100, 120, 10, 10.00",
      "EQ, 0, 0, 10, 10.00",
      "EQ, 0, 1, 10, 0.00",
      "LE, 90, 80, 10, 10.00",
      "LE, 10, 15, 10, 6.67",
      "LT, 10, 30, 7.5, 2.50",
      "LE, 10, -3, 10, 10.00",
      "GE, 7, 0, 0, 0.00",
  })
  void points_followTheNationalStrategies_roundedHalfUpOnce(ComparisonOperator op, String t, String a, String w,
      String expected) {
    assertThat(ProjectDraft.points(op, bd(t), bd(a), bd(w))).isEqualTo(bd(expected));
  }

  @Test
  void score_ofAQualitativeRow_liesInItsTiersBand() {
    ProjectDraft.Row row = new ProjectDraft.Row();
    row.weight = BigDecimal.TEN;
    row.tier = QualitativeTier.ACHIEVED;
    row.bandBp = 10_000;
    assertThat(ProjectDraft.score(row)).isEqualTo(bd("10.00"));
    row.bandBp = 0;
    assertThat(ProjectDraft.score(row)).isEqualTo(bd("8.00"));
    row.tier = QualitativeTier.PARTIALLY_ACHIEVED;
    row.bandBp = 5_000;
    assertThat(ProjectDraft.score(row)).isEqualTo(bd("7.00"));
    row.tier = QualitativeTier.NOT_ACHIEVED;
    row.bandBp = 10_000;
    assertThat(ProjectDraft.score(row)).isEqualTo(bd("6.00"));
    row.weight = BigDecimal.ZERO;
    assertThat(ProjectDraft.score(row)).isEqualTo(bd("0.00"));
  }

  @Test
  void grade_isTheNationalBandOfTheTotal() {
    assertThat(ProjectDraft.grade(bd("90.00"))).isEqualTo(Grade.EXCELLENT);
    assertThat(ProjectDraft.grade(bd("89.99"))).isEqualTo(Grade.GOOD);
    assertThat(ProjectDraft.grade(bd("80"))).isEqualTo(Grade.GOOD);
    assertThat(ProjectDraft.grade(bd("60"))).isEqualTo(Grade.FAIR);
    assertThat(ProjectDraft.grade(bd("59.99"))).isEqualTo(Grade.POOR);
  }

  @Test
  void executionScore_isTheCappedRateTimesTheWeight_andTheNoteIsAskedBelow92PercentOrWhenAdjusted() {
    ProjectDraft p = new ProjectDraft();
    p.annual = bd("39.46");
    p.initial = p.annual;
    p.executed = bd("39.46");
    assertThat(p.executionScore()).isEqualTo(bd("10.00"));
    assertThat(p.needsNote()).isFalse();
    p.executed = bd("154.74");
    p.annual = bd("310.20");
    p.initial = p.annual;
    assertThat(p.executionScore()).isEqualTo(bd("4.99"));
    assertThat(p.needsNote()).isTrue();
    p.executed = bd("400.00");
    assertThat(p.executionScore()).isEqualTo(bd("10.00"));
    assertThat(p.needsNote()).isFalse();
    p.initial = bd("300.00");
    assertThat(p.needsNote()).isTrue();
  }

  @Test
  void build_unscored_printsNoScoresNotesOrGrade_scored_printsTheSumOfItsScores() {
    ProjectDraft p = ProjectDraft.random(new SplittableRandom(3));
    ProjectSelfEvaluation plain = p.build(false);
    assertThat(plain.totalScore()).isNull();
    assertThat(plain.grade()).isNull();
    assertThat(plain.funds().total().score()).isNull();
    assertThat(plain.indicators()).allMatch(r -> r.score() == null && r.deviationAnalysis() == null);
    ProjectSelfEvaluation scored = p.build(true);
    assertThat(scored.totalScore()).isEqualTo(p.scoreTotal());
    p.totalOverride = bd("12.34");
    p.gradeOverride = Grade.GOOD;
    assertThat(p.build(true).totalScore()).isEqualTo(bd("12.34"));
    assertThat(p.build(true).grade()).isEqualTo(Grade.GOOD);
  }

  @Test
  void random_withOtherWeightsAndMoreOutputRows_splitsThemExactly() {
    ProjectDraft p = ProjectDraft.random(new SplittableRandom(9), new int[] {45, 35, 10}, 2);
    BigDecimal output = BigDecimal.ZERO;
    int outputs = 0;
    for (ProjectDraft.Row row : p.rows) {
      if (row.level1 == IndicatorLevel1.OUTPUT) {
        output = output.add(row.weight);
        outputs++;
      }
    }
    assertThat(output).isEqualByComparingTo("45");
    assertThat(outputs).isGreaterThanOrEqualTo(2);
    assertThat(p.heaviestRow().weight).isGreaterThanOrEqualTo(output.divide(BigDecimal.valueOf(outputs),
        java.math.MathContext.DECIMAL64));
  }

  @Test
  void overshoots_onlyPositiveQuantitativeRowsAt130PercentOrMore() {
    ProjectDraft.Row row = new ProjectDraft.Row();
    row.quantitative = true;
    row.target = bd("10");
    row.actual = bd("13");
    assertThat(ProjectDraft.overshoots(row)).isTrue();
    row.actual = bd("12.99");
    assertThat(ProjectDraft.overshoots(row)).isFalse();
    row.actual = bd("40");
    row.operator = ComparisonOperator.LE;
    assertThat(ProjectDraft.overshoots(row)).isFalse();
    row.operator = ComparisonOperator.EQ;
    assertThat(ProjectDraft.overshoots(row)).isFalse();
    row.operator = null;
    assertThat(ProjectDraft.overshoots(row)).isTrue();
    row.targetText = "*";
    assertThat(ProjectDraft.overshoots(row)).isFalse();
  }
}

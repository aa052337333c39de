package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluationBuilder;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.rules.Evidence;
import io.github.jixiao.testing.SampleForms;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalScoringModelTest {
  private static final ScoringModel MODEL = ScoringModels.national();
  private static final ProjectSelfEvaluation KEY_PROJECT = SampleForms.tianhe2021KeyProject();
  private static final ScoringProfile FULL = ScoringProfile.national().toBuilder()
      .qualitativeScoring(QualitativeScoring.FULL).assumedTier(QualitativeTier.ACHIEVED).build();
  private static final ScoringProfile FLOOR = ScoringProfile.national().toBuilder()
      .qualitativeScoring(QualitativeScoring.FLOOR).assumedTier(QualitativeTier.ACHIEVED).build();

  //----- the sample's key project (§9) -----
  @Test
  void score_sampleKeyProject_equalSplitAllAchievedAtFullWeight_is100Excellent() {
    ScoreCard card = MODEL.score(KEY_PROJECT, FULL);
    assertThat(card.total()).isEqualByComparingTo("100.00");
    assertThat(card.total().scale()).isEqualTo(2);
    assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(card.complete()).isTrue();
    assertThat(card.totalWeight()).isEqualByComparingTo("100");
  }

  @Test
  void score_sampleKeyProject_qualitativeAtBottomOfBand_is90_67Excellent() {
    ScoreCard card = MODEL.score(KEY_PROJECT, FLOOR);
    assertThat(card.total()).isEqualTo(new BigDecimal("90.67"));
    assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
  }

  @Test
  void score_sampleKeyProject_beijing2016DenominatorAndBottomOfBand_is86_74Good() {
    ScoringProfile beijingFloor = ScoringProfile.beijingHaidian2016().toBuilder()
        .qualitativeScoring(QualitativeScoring.FLOOR).assumedTier(QualitativeTier.ACHIEVED).build();
    ScoreCard card = MODEL.score(KEY_PROJECT, beijingFloor);
    assertThat(card.total()).isEqualTo(new BigDecimal("86.74"));
    assertThat(card.grade()).isEqualTo(Grade.GOOD);
    ScoreItem execution = card.item("funds.total");
    assertThat(execution.points()).isEqualTo(new BigDecimal("6.08"));
    assertThat(execution.inputs()).contains(new ScoreInput("initialBudget", "64.94万元"));
  }

  @Test
  void score_sampleKeyProject_beijing2016DenominatorAtFullWeight_is96_08() {
    ScoringProfile beijingFull = ScoringProfile.beijingHaidian2016().toBuilder()
        .qualitativeScoring(QualitativeScoring.FULL).assumedTier(QualitativeTier.ACHIEVED).build();
    assertThat(MODEL.score(KEY_PROJECT, beijingFull).total()).isEqualTo(new BigDecimal("96.08"));
  }

  @Test
  void score_sampleKeyProject_explainsTheEqualSplitAndTheAssumptions() {
    ScoreCard card = MODEL.score(KEY_PROJECT, FULL);
    assertThat(card.items()).hasSize(13);
    ScoreItem training = card.item("indicators[0]");
    assertThat(training.label()).isEqualTo("培训种类(个)");
    assertThat(training.weightSource()).isEqualTo(WeightSource.EQUAL_SPLIT);
    assertThat(training.weightBasis()).isEqualTo("50 ÷ 9 (产出指标)");
    assertThat(training.weight(2, java.math.RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("5.56"));
    assertThat(training.strategy()).isEqualTo(Strategy.POSITIVE_RATIO);
    assertThat(training.flags()).containsExactly(ScoreFlag.OPERATOR_ASSUMED);
    assertThat(training.evidence()).contains(Evidence.INFERRED, Evidence.RECALLED);
    assertThat(training.inputs()).containsExactly(new ScoreInput("target", "2个"), new ScoreInput("actual", "2个"),
        new ScoreInput("operator", "≥"));
    ScoreItem benefit = card.item("indicators[9]");
    assertThat(benefit.weightBasis()).isEqualTo("30 ÷ 2 (效益指标)");
    assertThat(benefit.strategy()).isEqualTo(Strategy.QUALITATIVE_FULL);
    assertThat(benefit.flags()).containsExactly(ScoreFlag.TIER_ASSUMED);
    assertThat(benefit.points()).isEqualTo(new BigDecimal("15.00"));
    assertThat(card.item("indicators[11]").weight()).isEqualByComparingTo("10");
    assertThat(card.item("funds.total").weightSource()).isEqualTo(WeightSource.PROFILE_DEFAULT);
  }

  @Test
  void score_sampleKeyProject_asPrinted_leavesQualitativeRowsUnscoredAndTheCardIncomplete() {
    ScoreCard card = MODEL.score(KEY_PROJECT, ScoringProfile.national());
    assertThat(card.complete()).isFalse();
    assertThat(card.items()).filteredOn(i -> i.strategy() == Strategy.NOT_SCORED).extracting(ScoreItem::path)
        .containsExactly("indicators[3]", "indicators[4]", "indicators[5]", "indicators[9]", "indicators[10]");
    // 10 + 6 × 50/9 + 10 = 53.33: the quantitative part only, a lower bound
    assertThat(card.total()).isEqualTo(new BigDecimal("53.33"));
  }

  //----- execution rate -----
  @Test
  void score_executionAbove100Percent_isCappedAtTheWeight() {
    ProjectSelfEvaluation p = project(FundRow.of(wan("100.00"), wan("100.00"), wan("120.00")), List.of());
    ScoreItem execution = MODEL.score(p, ScoringProfile.national()).item("funds.total");
    assertThat(execution.points()).isEqualTo(new BigDecimal("10.00"));
    assertThat(execution.flags()).contains(ScoreFlag.CAPPED_AT_WEIGHT);
  }

  @Test
  void score_executionWithoutAmounts_usesThePrintedRate() {
    FundRow total = new io.github.jixiao.core.FundRowBuilder()
        .executionRate(io.github.jixiao.core.Percentage.parse("86%")).weight(BigDecimal.TEN).build();
    ScoreItem execution = MODEL.score(project(total, List.of()), ScoringProfile.national()).item("funds.total");
    assertThat(execution.points()).isEqualTo(new BigDecimal("8.60"));
    assertThat(execution.flags()).contains(ScoreFlag.RATE_AS_PRINTED);
    assertThat(execution.weightSource()).isEqualTo(WeightSource.PRINTED);
  }

  @Test
  void score_executionWithZeroBudgetAndNoPrintedRate_isNotScored() {
    ProjectSelfEvaluation p = project(FundRow.of(wan("0"), wan("0"), wan("0")), List.of());
    ScoreCard card = MODEL.score(p, ScoringProfile.national());
    assertThat(card.item("funds.total").strategy()).isEqualTo(Strategy.NOT_SCORED);
    assertThat(card.complete()).isFalse();
  }

  //----- quantitative rows -----
  @Test
  void score_positiveRowShort_scoresTheRatio() {
    ScoreItem item = single(row(IndicatorLevel1.OUTPUT, "≥50个", "40个", "10"));
    assertThat(item.points()).isEqualTo(new BigDecimal("8.00"));
    assertThat(item.strategy()).isEqualTo(Strategy.POSITIVE_RATIO);
  }

  @Test
  void score_reverseRowOver_scoresInverseRatioByDefaultAndLinearWhenAsked() {
    PerformanceIndicator cost = row(IndicatorLevel1.OUTPUT, "≤90万元", "135万元", "10");
    assertThat(single(cost).points()).isEqualTo(new BigDecimal("6.67"));
    ScoringProfile linear = ScoringProfile.national().toBuilder().reverseStrategy(Strategy.REVERSE_LINEAR).build();
    ScoreItem item = single(cost, linear);
    assertThat(item.points()).isEqualTo(new BigDecimal("5.00"));
    assertThat(item.strategy()).isEqualTo(Strategy.REVERSE_LINEAR);
  }

  @Test
  void score_equalZeroRow_fullOnlyAtZero() {
    assertThat(single(row(IndicatorLevel1.OUTPUT, "=0次", "0次", "10")).points()).isEqualTo(new BigDecimal("10.00"));
    ScoreItem missed = single(row(IndicatorLevel1.OUTPUT, "=0次", "1次", "10"));
    assertThat(missed.points()).isEqualTo(new BigDecimal("0.00"));
    assertThat(missed.strategy()).isEqualTo(Strategy.EQUAL_ZERO);
  }

  @Test
  void score_actualFarAboveTarget_fullPointsFlaggedForReview() {
    ScoreItem item = single(row(IndicatorLevel1.OUTPUT, "≥10家", "13家", "10"));
    assertThat(item.points()).isEqualTo(new BigDecimal("10.00"));
    assertThat(item.flags()).contains(ScoreFlag.OVERSHOOT_REVIEW);
  }

  @Test
  void score_unitMismatch_isNotScored() {
    ScoreItem item = single(row(IndicatorLevel1.OUTPUT, "≥10家", "90%", "10"));
    assertThat(item.flags()).contains(ScoreFlag.UNIT_MISMATCH, ScoreFlag.NOT_SCORED);
    assertThat(item.points()).isNull();
  }

  @Test
  void score_percentAndBaiFenBi_areTheSameUnit() {
    assertThat(single(row(IndicatorLevel1.OUTPUT, "≥100百分比", "100%", "10")).points())
        .isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void score_negativeActual_countsAsZero() {
    ScoreItem item = single(row(IndicatorLevel1.OUTPUT, "≥10个", "-5个", "10"));
    assertThat(item.points()).isEqualTo(new BigDecimal("0.00"));
    assertThat(item.flags()).contains(ScoreFlag.NEGATIVE_ACTUAL_AS_ZERO);
  }

  @Test
  void score_strictOperatorAtTheTarget_metUnlessTheProfileIsStrict() {
    PerformanceIndicator gt = row(IndicatorLevel1.OUTPUT, "＞10个", "10个", "10");
    assertThat(single(gt).points()).isEqualTo(new BigDecimal("10.00"));
    ScoringProfile strict = ScoringProfile.national().toBuilder().strictComparators(true).build();
    assertThat(single(gt, strict).points()).isEqualTo(new BigDecimal("10.00"));
    ScoreItem strictLt = single(row(IndicatorLevel1.OUTPUT, "＜10天", "10天", "10"), strict);
    assertThat(strictLt.points()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void score_numericTargetWithoutOperator_notScoredWhenTheProfileAssumesNone() {
    ScoringProfile none = ScoringProfile.national().toBuilder().assumedOperator(null).build();
    ScoreItem item = single(row(IndicatorLevel1.OUTPUT, "95%", "90%", "10"), none);
    assertThat(item.strategy()).isEqualTo(Strategy.NOT_SCORED);
  }

  //----- qualitative rows -----
  @Test
  void score_qualitativePrintedScore_isTakenAndCheckedAgainstItsBand() {
    PerformanceIndicator inBand = qualitative(QualitativeTier.PARTIALLY_ACHIEVED, "10", "7");
    ScoreItem ok = single(inBand);
    assertThat(ok.points()).isEqualTo(new BigDecimal("7.00"));
    assertThat(ok.strategy()).isEqualTo(Strategy.QUALITATIVE_AS_PRINTED);
    assertThat(ok.band()).hasToString("[6.0, 8.0)");
    assertThat(ok.flags()).doesNotContain(ScoreFlag.OUTSIDE_TIER_BAND);
    ScoreItem outside = single(qualitative(QualitativeTier.PARTIALLY_ACHIEVED, "10", "9"));
    assertThat(outside.flags()).contains(ScoreFlag.OUTSIDE_TIER_BAND);
  }

  @Test
  void score_qualitativeScoreAboveWeight_isCappedAndFlagged() {
    ScoreItem item = single(qualitative(QualitativeTier.ACHIEVED, "10", "12"));
    assertThat(item.points()).isEqualTo(new BigDecimal("10.00"));
    assertThat(item.flags()).contains(ScoreFlag.CAPPED_AT_WEIGHT);
  }

  @Test
  void score_qualitativeFullMode_scoresOnlyAchievedRows() {
    ScoringProfile full = ScoringProfile.national().toBuilder().qualitativeScoring(QualitativeScoring.FULL).build();
    assertThat(single(qualitative(QualitativeTier.ACHIEVED, "10", null), full).points())
        .isEqualTo(new BigDecimal("10.00"));
    assertThat(single(qualitative(QualitativeTier.NOT_ACHIEVED, "10", null), full).strategy())
        .isEqualTo(Strategy.NOT_SCORED);
  }

  @Test
  void score_qualitativeFloorMode_scoresTheBottomOfEachBand() {
    ScoringProfile floor = ScoringProfile.national().toBuilder().qualitativeScoring(QualitativeScoring.FLOOR).build();
    assertThat(single(qualitative(QualitativeTier.ACHIEVED, "10", null), floor).points())
        .isEqualTo(new BigDecimal("8.00"));
    assertThat(single(qualitative(QualitativeTier.PARTIALLY_ACHIEVED, "10", null), floor).points())
        .isEqualTo(new BigDecimal("6.00"));
    assertThat(single(qualitative(QualitativeTier.NOT_ACHIEVED, "10", null), floor).points())
        .isEqualTo(new BigDecimal("0.00"));
  }

  //----- weights, not applicable, rescaling -----
  @Test
  void score_someRowsPrintWeightsOthersNot_unprintedRowsAreUndetermined() {
    ProjectSelfEvaluation p = project(FundRow.of(wan("10.00"), wan("10.00"), wan("10.00")), List.of(
        row(IndicatorLevel1.OUTPUT, "≥1个", "1个", "50"),
        row(IndicatorLevel1.BENEFIT, "≥1个", "1个", null)));
    ScoreCard card = MODEL.score(p, ScoringProfile.national());
    assertThat(card.item("indicators[1]").weightSource()).isEqualTo(WeightSource.UNDETERMINED);
    assertThat(card.complete()).isFalse();
  }

  @Test
  void score_notApplicableRow_isExcludedAndRescaledWhenTheProfileSaysSo() {
    ProjectSelfEvaluation p = project(FundRow.of(wan("10.00"), wan("10.00"), wan("10.00")).withWeight(BigDecimal.TEN),
        List.of(row(IndicatorLevel1.OUTPUT, "≥10个", "5个", "45"),
            row(IndicatorLevel1.OUTPUT, "不适用", "不适用", "45")));
    ScoreCard plain = MODEL.score(p, ScoringProfile.national());
    assertThat(plain.item("indicators[1]").flags()).contains(ScoreFlag.NOT_APPLICABLE);
    assertThat(plain.complete()).isTrue();
    assertThat(plain.totalWeight()).isEqualByComparingTo("55");
    assertThat(plain.total()).isEqualTo(new BigDecimal("32.50"));
    ScoringProfile rescale = ScoringProfile.national().toBuilder().rescaleNotApplicable(true).build();
    assertThat(MODEL.score(p, rescale).total()).isEqualTo(new BigDecimal("59.09"));
  }

  @Test
  void score_isTheSameForEqualInputs_andLeavesTheFormAlone() {
    ProjectSelfEvaluation copy = SampleForms.tianhe2021KeyProject();
    assertThat(MODEL.score(copy, FULL)).isEqualTo(MODEL.score(KEY_PROJECT, FULL));
    assertThat(copy).isEqualTo(KEY_PROJECT);
  }

  //-----------------------------------------------------------------------
  static Amount wan(String printed) {
    return Amount.ofWan(printed);
  }

  static PerformanceIndicator row(IndicatorLevel1 level1, String target, String actual, String weight) {
    return new PerformanceIndicatorBuilder()
        .level1(level1)
        .name("指标")
        .target(IndicatorValue.parse(target))
        .actual(IndicatorValue.parse(actual))
        .weight(weight == null ? null : new BigDecimal(weight))
        .build();
  }

  static PerformanceIndicator qualitative(QualitativeTier tier, String weight, String score) {
    return new PerformanceIndicatorBuilder()
        .level1(IndicatorLevel1.BENEFIT)
        .name("定性指标")
        .target(IndicatorValue.parse("效果明显"))
        .actual(IndicatorValue.parse(tier.label()))
        .qualitativeTier(tier)
        .weight(new BigDecimal(weight))
        .score(score == null ? null : new BigDecimal(score))
        .build();
  }

  static ProjectSelfEvaluation project(FundRow total, List<PerformanceIndicator> rows) {
    return new ProjectSelfEvaluationBuilder()
        .projectName("测试项目")
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.PROJECT_NATIONAL_2020)
        .funds(ProjectFunds.ofTotal(total))
        .indicators(rows)
        .build();
  }

  private static ScoreItem single(PerformanceIndicator row) {
    return single(row, ScoringProfile.national());
  }

  private static ScoreItem single(PerformanceIndicator row, ScoringProfile profile) {
    ProjectSelfEvaluation p = project(FundRow.of(wan("10.00"), wan("10.00"), wan("10.00")), List.of(row));
    return MODEL.score(p, profile).item("indicators[0]");
  }

  @Test
  void operatorColumn_winsOverTheTarget() {
    PerformanceIndicator r = row(IndicatorLevel1.OUTPUT, "100", "90", "10").withOperator(ComparisonOperator.LE);
    assertThat(single(r).strategy()).isEqualTo(Strategy.REVERSE_INVERSE_RATIO);
    assertThat(single(r).points()).isEqualTo(new BigDecimal("10.00"));
  }
}

package io.github.jixiao.rules;

import static io.github.jixiao.rules.ProjectForms.CLEAN;
import static io.github.jixiao.rules.ProjectForms.d;
import static io.github.jixiao.rules.ProjectForms.row;
import static io.github.jixiao.rules.ProjectForms.wan;
import static io.github.jixiao.rules.ProjectForms.withRow;
import static io.github.jixiao.rules.ProjectForms.withTotal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.CategoryWeight;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.testing.SampleForms;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProjectRulesTest {
  static AuditResult audit(String code, ProjectSelfEvaluation form, AuditProfile profile) {
    return RuleSet.builder(ProjectSelfEvaluation.class).add(ProjectRules.rule(code)).build().audit(form, profile);
  }

  /** The outcomes of one rule as {@code path OUTCOME [REASON]} lines. */
  static List<String> outcomes(String code, ProjectSelfEvaluation form) {
    return outcomes(code, form, AuditProfile.national());
  }

  static List<String> outcomes(String code, ProjectSelfEvaluation form, AuditProfile profile) {
    return audit(code, form, profile).findings().stream()
        .map(f -> f.path() + " " + f.outcome() + (f.reason() == null ? "" : " " + f.reason())).toList();
  }

  static List<String> failures(ProjectSelfEvaluation form) {
    return ProjectRules.standardSet().audit(form).failures().stream()
        .map(f -> f.code() + " " + f.path()).toList();
  }

  static PerformanceIndicator clean(int i) {
    return CLEAN.indicators().get(i);
  }

  //----- the catalogue -----
  @Test
  void catalogue_hasEveryRuleOfSection6_3_inOrder_withMessagesInBothLanguages() {
    assertThat(ProjectRules.catalogue()).extracting(r -> r.info().code()).containsExactly(
        "PRJ-W-01", "PRJ-W-02", "PRJ-W-03", "PRJ-W-04", "PRJ-S-01", "PRJ-S-02", "PRJ-S-03", "PRJ-S-04", "PRJ-S-05",
        "PRJ-D-01", "PRJ-D-02", "PRJ-D-03", "PRJ-D-04", "PRJ-V-01", "PRJ-V-02", "PRJ-V-03", "PRJ-V-04", "PRJ-V-05",
        "PRJ-F-01", "PRJ-F-02", "PRJ-F-03");
    for (Rule<ProjectSelfEvaluation> r : ProjectRules.catalogue()) {
      assertThat(r.info().title(Locale.ENGLISH)).doesNotStartWith(r.info().code());
      assertThat(r.info().title(Locale.SIMPLIFIED_CHINESE)).doesNotStartWith(r.info().code())
          .isNotEqualTo(r.info().title(Locale.ENGLISH));
      assertThat(r.info().tags()).contains("project");
    }
    assertThat(ProjectRules.rule("PRJ-W-03").info().evidence()).isEqualTo(Evidence.PRACTICE);
    assertThat(ProjectRules.rule("PRJ-S-01").info().evidence()).isEqualTo(Evidence.INFERRED);
    assertThatThrownBy(() -> ProjectRules.rule("PRJ-X-01")).hasMessage("no project rule PRJ-X-01");
  }

  @Test
  void standardSet_cleanForm_passesEveryRule_andEveryFailureRendersInBothLanguages() {
    AuditResult result = ProjectRules.standardSet().audit(CLEAN);
    assertThat(result.failures()).isEmpty();
    assertThat(result.findings(Outcome.INDETERMINATE)).isEmpty();
    ProjectSelfEvaluation broken = CLEAN.withTotalScore(d("80.00")).withGrade(Grade.POOR);
    for (Finding f : ProjectRules.standardSet().audit(broken).failures()) {
      assertThat(f.message(Locale.ENGLISH)).doesNotContain("{").doesNotContain("???");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain("{");
    }
  }

  //----- PRJ-W-01 -----
  @Test
  void prjW01_weightsAddUpTo100_pass_over100_fail() {
    assertThat(outcomes("PRJ-W-01", CLEAN)).containsExactly("totalWeight PASS");
    ProjectSelfEvaluation over = withRow(CLEAN, 0, clean(0).withWeight(d("25")));
    assertThat(outcomes("PRJ-W-01", over)).containsExactly("totalWeight FAIL");
  }

  @Test
  void prjW01_missingWeight_indeterminate_noWeights_notApplicable() {
    assertThat(outcomes("PRJ-W-01", withRow(CLEAN, 0, clean(0).withWeight(null))))
        .containsExactly("totalWeight INDETERMINATE MISSING_FIGURE");
    assertThat(outcomes("PRJ-W-01", SampleForms.tianhe2021KeyProject()))
        .containsExactly("totalWeight NOT_APPLICABLE MISSING_FIGURE");
  }

  @Test
  void prjW01_roundedEqualSplit_isAcceptedWithinItsPrintedPrecision() {
    // 50 ÷ 9 printed as 5.56 nine times adds up to 50.04 (§9): within 9 × 0.005
    List<PerformanceIndicator> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 9; i++) {
      rows.add(row(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "指标" + i, "≥1个", "1个", "5.56", null, null));
    }
    rows.add(row(IndicatorLevel1.BENEFIT, IndicatorLevel2.SOCIAL_BENEFIT, "效益", "≥1个", "1个", "30", null, null));
    rows.add(row(IndicatorLevel1.SATISFACTION, null, "满意度", "≥90%", "95%", "10", null, null));
    assertThat(outcomes("PRJ-W-01", CLEAN.withIndicators(rows).withCategoryWeights(List.of())))
        .containsExactly("totalWeight PASS");
  }

  //----- PRJ-W-02 -----
  @Test
  void prjW02_nationalSplit_passes_otherSplit_warns() {
    assertThat(outcomes("PRJ-W-02", CLEAN)).containsExactly("funds.total.weight PASS",
        "categoryWeights[0].weight PASS", "categoryWeights[1].weight PASS", "categoryWeights[2].weight PASS");
    assertThat(outcomes("PRJ-W-02", ProjectForms.QINGSHEN_2023)).containsExactly("funds.total.weight PASS",
        "indicators[0].weight FAIL", "indicators[1].weight PASS");
  }

  @Test
  void prjW02_missingRowWeight_indeterminate() {
    ProjectSelfEvaluation f = withRow(CLEAN.withCategoryWeights(List.of()), 4, clean(4).withWeight(null));
    assertThat(outcomes("PRJ-W-02", f)).contains("indicators[4].weight INDETERMINATE MISSING_FIGURE");
  }

  //----- PRJ-W-03 -----
  @Test
  void prjW03_childrenAddUp_pass_otherwise_fail_noRows_indeterminate() {
    assertThat(outcomes("PRJ-W-03", CLEAN)).containsOnly("categoryWeights[0].weight PASS",
        "categoryWeights[1].weight PASS", "categoryWeights[2].weight PASS");
    ProjectSelfEvaluation wrong = CLEAN.withCategoryWeights(
        List.of(new CategoryWeight(IndicatorLevel1.OUTPUT, null, "产出指标(50分)", d("45"), null)));
    assertThat(outcomes("PRJ-W-03", wrong)).containsExactly("categoryWeights[0].weight FAIL");
    assertThat(outcomes("PRJ-W-03", ProjectForms.CHIZHOU_2022)).containsExactly("categoryWeights[0].weight PASS",
        "categoryWeights[1].weight PASS", "categoryWeights[2].weight INDETERMINATE MISSING_FIGURE");
    assertThat(outcomes("PRJ-W-03", ProjectForms.LANGFANG_2019))
        .containsExactly("categoryWeights NOT_APPLICABLE MISSING_FIGURE");
  }

  //----- PRJ-W-04 -----
  @Test
  void prjW04_zeroWeight_fails_unlessTheProfileTurnsItOff() {
    ProjectSelfEvaluation zero = withRow(CLEAN, 1, clean(1).withWeight(d("0")));
    assertThat(outcomes("PRJ-W-04", zero)).contains("indicators[1].weight FAIL", "indicators[0].weight PASS");
    AuditProfile off = AuditProfile.national().toBuilder().requirePositiveLeafWeights(false).build();
    assertThat(outcomes("PRJ-W-04", zero, off)).allMatch(s -> s.endsWith("NOT_APPLICABLE NOT_IN_LAYOUT"));
    assertThat(outcomes("PRJ-W-04", withRow(CLEAN, 1, clean(1).withWeight(null))))
        .contains("indicators[1].weight INDETERMINATE MISSING_FIGURE");
  }

  //----- PRJ-S-01 -----
  @Test
  void prjS01_scoreAboveWeight_fails_negative_fails_missingWeight_indeterminate() {
    assertThat(outcomes("PRJ-S-01", CLEAN)).allMatch(s -> s.endsWith("PASS"));
    assertThat(outcomes("PRJ-S-01", withRow(CLEAN, 0, clean(0).withScore(d("21.00")))))
        .contains("indicators[0].score FAIL");
    assertThat(outcomes("PRJ-S-01", withRow(CLEAN, 0, clean(0).withScore(d("-1")))))
        .contains("indicators[0].score FAIL");
    assertThat(outcomes("PRJ-S-01", withRow(CLEAN, 0, clean(0).withWeight(null))))
        .contains("indicators[0].score INDETERMINATE MISSING_FIGURE");
  }

  //----- PRJ-S-02 -----
  @Test
  void prjS02_totalIsTheSum_pass_otherwise_fail() {
    assertThat(outcomes("PRJ-S-02", CLEAN)).containsExactly("totalScore PASS");
    assertThat(outcomes("PRJ-S-02", CLEAN.withTotalScore(d("96.53")))).containsExactly("totalScore PASS");
    assertThat(outcomes("PRJ-S-02", CLEAN.withTotalScore(d("96.54")))).containsExactly("totalScore FAIL");
    assertThat(outcomes("PRJ-S-02", CLEAN.withTotalScore(null)))
        .containsExactly("totalScore NOT_APPLICABLE MISSING_FIGURE");
  }

  @Test
  void prjS02_unscoredRows_indeterminateWhileReachable_failWhenNot() {
    ProjectSelfEvaluation unscored = withRow(CLEAN, 0, clean(0).withScore(null));
    assertThat(outcomes("PRJ-S-02", unscored)).containsExactly("totalScore INDETERMINATE MISSING_FIGURE");
    // visible scores 76.50 + an unscored row of weight 20 cannot reach a printed 100
    assertThat(outcomes("PRJ-S-02", unscored.withTotalScore(d("100.00")))).containsExactly("totalScore FAIL");
    Finding f = audit("PRJ-S-02", unscored.withTotalScore(d("100.00")), AuditProfile.national()).failures().get(0);
    assertThat(f.messageKey()).isEqualTo("PRJ-S-02.unreachable");
  }

  //----- PRJ-S-03 -----
  @Test
  void prjS03_qualitativeScoreInItsBand_pass_outside_fail_noTier_indeterminate() {
    assertThat(outcomes("PRJ-S-03", CLEAN)).containsExactly("indicators[0].score NOT_APPLICABLE MISSING_FIGURE",
        "indicators[1].score NOT_APPLICABLE MISSING_FIGURE", "indicators[2].score PASS", "indicators[3].score PASS",
        "indicators[4].score NOT_APPLICABLE MISSING_FIGURE");
    assertThat(outcomes("PRJ-S-03", withRow(CLEAN, 3, clean(3).withScore(d("20")))))
        .contains("indicators[3].score FAIL");
    PerformanceIndicator noTier = clean(3).withQualitativeTier(null);
    assertThat(outcomes("PRJ-S-03", withRow(CLEAN, 3, noTier)))
        .contains("indicators[3].score INDETERMINATE MISSING_FIGURE");
    assertThat(outcomes("PRJ-S-03", withRow(CLEAN, 3, clean(3).withQualitativeTier(QualitativeTier.NOT_ACHIEVED))))
        .contains("indicators[3].score FAIL");
  }

  //----- PRJ-S-04 -----
  @Test
  void prjS04_unmetIndicatorAtFullMarks_fails() {
    ProjectSelfEvaluation unmet = withRow(CLEAN, 0, clean(0).withActual(IndicatorValue.parse("80人")));
    assertThat(outcomes("PRJ-S-04", unmet)).contains("indicators[0].score FAIL");
    Finding f = audit("PRJ-S-04", unmet, AuditProfile.national()).failures().get(0);
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("A quantitative score is the one its scoring strategy gives: 培训人数 scores 20.00, the strategy "
        + "POSITIVE_RATIO gives 16.00");
    assertThat(outcomes("PRJ-S-04", withRow(unmet, 0, unmet.indicators().get(0).withScore(d("16.00")))))
        .contains("indicators[0].score PASS");
  }

  @Test
  void prjS04_executionScore_acceptsTheExactAndThePrintedRateReading() {
    assertThat(outcomes("PRJ-S-04", CLEAN)).contains("funds.total.score PASS");
    // Beijing 2016 example (§5): 154.74 / 310.2 = 49.88 % → 4.99, the form prints 50 % and 5
    FundRow beijing = new FundRow(wan("310.2"), wan("310.2"), wan("154.74"), d("10"), Percentage.parse("50%"),
        d("5.00"), null);
    assertThat(outcomes("PRJ-S-04", withTotal(CLEAN, beijing))).contains("funds.total.score PASS");
    assertThat(outcomes("PRJ-S-04", withTotal(CLEAN, beijing.withScore(d("6.00")))))
        .contains("funds.total.score FAIL");
  }

  @Test
  void prjS04_unscorableRow_indeterminate_autoScoringOff_notApplicable() {
    ProjectSelfEvaluation mismatch = withRow(CLEAN, 0, clean(0).withActual(IndicatorValue.parse("80%")));
    assertThat(outcomes("PRJ-S-04", mismatch)).contains("indicators[0].score INDETERMINATE MISSING_FIGURE");
    AuditProfile off = AuditProfile.national().toBuilder().autoScoring(false).build();
    assertThat(outcomes("PRJ-S-04", CLEAN, off)).containsExactly("indicators NOT_APPLICABLE NOT_IN_LAYOUT");
  }

  //----- PRJ-S-05 -----
  @Test
  void prjS05_gradeMatchesTotal_pass_otherwise_fail_atTheBorder_indeterminate() {
    assertThat(outcomes("PRJ-S-05", CLEAN)).containsExactly("grade PASS");
    assertThat(outcomes("PRJ-S-05", CLEAN.withGrade(Grade.GOOD))).containsExactly("grade FAIL");
    assertThat(outcomes("PRJ-S-05", CLEAN.withTotalScore(d("90")).withGrade(Grade.GOOD)))
        .containsExactly("grade INDETERMINATE WITHIN_ROUNDING");
    assertThat(outcomes("PRJ-S-05", CLEAN.withTotalScore(null)))
        .containsExactly("grade INDETERMINATE MISSING_FIGURE");
    assertThat(outcomes("PRJ-S-05", CLEAN.withGrade(null))).containsExactly("grade NOT_APPLICABLE MISSING_FIGURE");
  }

  //----- PRJ-D-01 -----
  @Test
  void prjD01_scoreBelowWeightWithoutAnalysis_fails_placeholderCountsAsNone() {
    assertThat(outcomes("PRJ-D-01", CLEAN)).allMatch(s -> s.endsWith("PASS"));
    assertThat(outcomes("PRJ-D-01", withRow(CLEAN, 3, clean(3).withDeviationAnalysis(null))))
        .contains("indicators[3].deviationAnalysis FAIL");
    assertThat(outcomes("PRJ-D-01", withRow(CLEAN, 3, clean(3).withDeviationAnalysis("0"))))
        .contains("indicators[3].deviationAnalysis FAIL");
    assertThat(outcomes("PRJ-D-01", withRow(CLEAN, 3, clean(3).withScore(null))))
        .contains("indicators[3].deviationAnalysis NOT_APPLICABLE MISSING_FIGURE");
  }

  //----- PRJ-D-02 -----
  @Test
  void prjD02_overshootWithoutAnalysis_warns_zeroTargetUsesTheAbsoluteLimit() {
    ProjectSelfEvaluation over = withRow(CLEAN, 0, clean(0).withActual(IndicatorValue.parse("130人")));
    assertThat(outcomes("PRJ-D-02", over)).contains("indicators[0].deviationAnalysis FAIL",
        "indicators[1].deviationAnalysis NOT_APPLICABLE NOT_IN_LAYOUT");
    assertThat(outcomes("PRJ-D-02", withRow(CLEAN, 0, clean(0).withActual(IndicatorValue.parse("129人")))))
        .contains("indicators[0].deviationAnalysis PASS");
    PerformanceIndicator zero = clean(0).withTarget(IndicatorValue.parse("≥0人")).withActual(IndicatorValue.parse("30人"));
    assertThat(outcomes("PRJ-D-02", withRow(CLEAN, 0, zero))).contains("indicators[0].deviationAnalysis FAIL");
    assertThat(outcomes("PRJ-D-02", withRow(CLEAN, 0, clean(0).withActual(null))))
        .contains("indicators[0].deviationAnalysis INDETERMINATE MISSING_FIGURE");
  }

  //----- PRJ-D-03 -----
  @Test
  void prjD03_lowExecutionWithoutReason_warns_withinRounding_indeterminate() {
    assertThat(outcomes("PRJ-D-03", CLEAN)).containsExactly("funds.total.note PASS");
    assertThat(outcomes("PRJ-D-03", ProjectForms.LANGFANG_2019)).containsExactly("funds.total.note FAIL");
    FundRow edge = CLEAN.funds().total().withExecutionRate(Percentage.parse("90%")).withExecuted(wan("90.00"));
    assertThat(outcomes("PRJ-D-03", withTotal(CLEAN, edge)))
        .containsExactly("funds.total.note INDETERMINATE WITHIN_ROUNDING");
    FundRow explained = ProjectForms.LANGFANG_2019.funds().total().withNote("尾款未付");
    assertThat(outcomes("PRJ-D-03", withTotal(ProjectForms.LANGFANG_2019, explained)))
        .containsExactly("funds.total.note PASS");
  }

  //----- PRJ-D-04 -----
  @Test
  void prjD04_adjustedWithoutReason_warns_missingBudget_notApplicable() {
    assertThat(outcomes("PRJ-D-04", CLEAN)).containsExactly("funds.total.note PASS");
    assertThat(outcomes("PRJ-D-04", SampleForms.tianhe2021KeyProject())).containsExactly("funds.total.note FAIL");
    assertThat(outcomes("PRJ-D-04", withTotal(CLEAN, CLEAN.funds().total().withInitialBudget(null))))
        .containsExactly("funds.total.note NOT_APPLICABLE MISSING_FIGURE");
  }

  /** The 原因 cell of the Sichuan 2023 form published unfilled (shared form 03): the template's instructions. */
  static final String SICHUAN_INSTRUCTIONS = "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
      + "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";

  @Test
  void prjD04_templateInstructionsOrNothingSayingText_areNoReason() {
    FundRow adjusted = FundRow.of(wan("238.93"), wan("251.89"), wan("251.89"));
    assertThat(outcomes("PRJ-D-04", withTotal(CLEAN, adjusted))).containsExactly("funds.total.note FAIL");
    for (String note : List.of(SICHUAN_INSTRUCTIONS, "无", " — ", "0")) {
      assertThat(outcomes("PRJ-D-04", withTotal(CLEAN, adjusted.withNote(note)))).as(note)
          .containsExactly("funds.total.note FAIL");
    }
    assertThat(outcomes("PRJ-D-04", withTotal(CLEAN, adjusted.withNote("年中追加人员工资及社保缴费基数调整"))))
        .containsExactly("funds.total.note PASS");
  }

  @Test
  void prjD03_templateInstructions_areNoReason() {
    FundRow instructed = ProjectForms.LANGFANG_2019.funds().total().withNote(SICHUAN_INSTRUCTIONS);
    assertThat(outcomes("PRJ-D-03", withTotal(ProjectForms.LANGFANG_2019, instructed)))
        .containsExactly("funds.total.note FAIL");
  }

  //----- PRJ-V-01 … PRJ-V-05 -----
  @Test
  void prjV01_operatorWithoutNumberOrUnit_fails() {
    assertThat(outcomes("PRJ-V-01", CLEAN)).containsExactly("indicators[0].target PASS",
        "indicators[1].target PASS", "indicators[2].target NOT_APPLICABLE NOT_IN_LAYOUT",
        "indicators[3].target NOT_APPLICABLE NOT_IN_LAYOUT", "indicators[4].target PASS");
    assertThat(outcomes("PRJ-V-01", withRow(CLEAN, 0, clean(0).withTarget(IndicatorValue.parse("≥100")))))
        .contains("indicators[0].target FAIL");
    assertThat(outcomes("PRJ-V-01", withRow(CLEAN, 0, clean(0).withTarget(IndicatorValue.parse("≥较多")))))
        .contains("indicators[0].target FAIL");
  }

  @Test
  void prjV02_placeholderTarget_fails() {
    PerformanceIndicator placeholder = clean(0).withTarget(IndicatorValue.parse("***")).withOperator(
        ComparisonOperator.GE);
    assertThat(outcomes("PRJ-V-02", withRow(CLEAN, 0, placeholder))).contains("indicators[0].target FAIL");
    assertThat(outcomes("PRJ-V-02", CLEAN)).contains("indicators[0].target PASS",
        "indicators[2].target NOT_APPLICABLE NOT_IN_LAYOUT");
  }

  @Test
  void prjV03_otherQuantitativeWithoutExplanation_fails() {
    PerformanceIndicator other = clean(0).withOperator(ComparisonOperator.QUANTITATIVE_OTHER);
    assertThat(outcomes("PRJ-V-03", withRow(CLEAN, 0, other))).contains("indicators[0].description FAIL");
    assertThat(outcomes("PRJ-V-03", withRow(CLEAN, 0, other.withDescription("按实际培训人次计"))))
        .contains("indicators[0].description PASS");
  }

  @Test
  void prjV04_negativeActual_warns() {
    assertThat(outcomes("PRJ-V-04", withRow(CLEAN, 0, clean(0).withActual(IndicatorValue.parse("-5人")))))
        .contains("indicators[0].actual FAIL", "indicators[2].actual NOT_APPLICABLE MISSING_FIGURE");
  }

  @Test
  void prjV05_longName_isNoted() {
    assertThat(outcomes("PRJ-V-05", withRow(CLEAN, 0, clean(0).withName("长".repeat(101)))))
        .contains("indicators[0].name FAIL", "indicators[1].name PASS");
    assertThat(outcomes("PRJ-V-05", withRow(CLEAN, 0, clean(0).withName("长".repeat(100)))))
        .contains("indicators[0].name PASS");
  }

  //----- PRJ-F-01 … PRJ-F-03 -----
  @Test
  void prjF01_rateOfTheProfilesBudget_passes_otherwiseFails() {
    assertThat(outcomes("PRJ-F-01", CLEAN)).containsExactly("funds.total.executionRate PASS");
    assertThat(outcomes("PRJ-F-01", ProjectForms.LANGFANG_2019)).containsExactly("funds.total.executionRate PASS");
    ProjectSelfEvaluation key = SampleForms.tianhe2021KeyProject();
    assertThat(outcomes("PRJ-F-01", key)).containsExactly("funds.total.executionRate PASS");
    assertThat(outcomes("PRJ-F-01", key, AuditProfile.beijingHaidian2016()))
        .containsExactly("funds.total.executionRate FAIL");
    assertThat(outcomes("PRJ-F-01", key.withLayout(FormLayout.PROJECT_BEIJING_HAIDIAN_2016)))
        .containsExactly("funds.total.executionRate FAIL");
    assertThat(outcomes("PRJ-F-01", ProjectForms.CHIZHOU_2022))
        .containsExactly("funds.total.executionRate INDETERMINATE ZERO_DENOMINATOR");
  }

  @Test
  void prjF02_totalIsTheSumOfTheSourceRows() {
    assertThat(outcomes("PRJ-F-02", CLEAN)).containsExactly("funds.total.initialBudget PASS",
        "funds.total.annualBudget PASS", "funds.total.executed PASS");
    assertThat(outcomes("PRJ-F-02", ProjectForms.CHIZHOU_2022)).containsExactly("funds.total.initialBudget FAIL",
        "funds.total.annualBudget FAIL", "funds.total.executed FAIL");
    assertThat(outcomes("PRJ-F-02", ProjectForms.QINGSHEN_2023)).allMatch(s -> s.endsWith("PASS"));
    ProjectSelfEvaluation partial = CLEAN.withFunds(CLEAN.funds().withCurrentYearAppropriation(
        FundRow.of(wan("60.00"), wan("60.00"), wan("60.00"))));
    assertThat(outcomes("PRJ-F-02", partial)).containsExactly(
        "funds.total.initialBudget INDETERMINATE MISSING_FIGURE", "funds.total.annualBudget INDETERMINATE MISSING_FIGURE",
        "funds.total.executed INDETERMINATE MISSING_FIGURE");
    assertThat(outcomes("PRJ-F-02", SampleForms.tianhe2021KeyProject())).allMatch(s -> s.endsWith("NOT_APPLICABLE MISSING_FIGURE"));
  }

  @Test
  void prjF03_overspending_warns() {
    assertThat(outcomes("PRJ-F-03", CLEAN)).containsExactly("funds.total.executed PASS");
    assertThat(outcomes("PRJ-F-03", withTotal(CLEAN, CLEAN.funds().total().withExecuted(wan("100.02")))))
        .containsExactly("funds.total.executed FAIL");
    assertThat(outcomes("PRJ-F-03", withTotal(CLEAN, CLEAN.funds().total().withExecuted(null))))
        .containsExactly("funds.total.executed INDETERMINATE MISSING_FIGURE");
  }

  //----- real-world failures (issue 4) -----
  @Test
  void realWorld_weightsOver100AgainstATotalOf100_areCaught() {
    ProjectSelfEvaluation f = withRow(CLEAN, 0, clean(0).withWeight(d("30")));
    assertThat(failures(f)).contains("PRJ-W-01 totalWeight", "PRJ-W-03 categoryWeights[0].weight");
  }

  @Test
  void realWorld_aTotalTheItemsCannotReach_isCaught() {
    ProjectSelfEvaluation f = CLEAN.withTotalScore(d("99.00")).withGrade(Grade.EXCELLENT);
    assertThat(failures(f)).containsExactly("PRJ-S-02 totalScore");
  }

  @Test
  void realWorld_gradeNotMatchingTheTotal_isCaught() {
    assertThat(failures(CLEAN.withGrade(Grade.GOOD))).containsExactly("PRJ-S-05 grade");
  }

  //----- the published project forms -----
  @Test
  void chizhou2022_totalRowNotFilled_andTruncatedSatisfactionBlock() {
    // hand checks: total row 0/0/0 against 本年财政拨款 90/89.974/89.974, and the printed 执行率 0 (no reason
    // given, as PRJ-D-03 asks under 90 %); the copy ends before the 满意度 rows, so the visible weights add up to 90
    assertThat(failures(ProjectForms.CHIZHOU_2022)).containsExactly("PRJ-W-01 totalWeight",
        "PRJ-D-03 funds.total.note", "PRJ-F-02 funds.total.initialBudget", "PRJ-F-02 funds.total.annualBudget", "PRJ-F-02 funds.total.executed");
  }

  @Test
  void qingshen2023_publishedUnfilled_outputWeighs60() {
    // hand checks: 60 + 30 = 90 = 绩效指标(90分), 10 + 90 = 100; rates and fund rows consistent; no scores printed;
    // the budget rose 238.93 → 251.89 in-year and the 原因 cell holds the template's instructions, not a reason
    assertThat(failures(ProjectForms.QINGSHEN_2023)).containsExactly("PRJ-W-02 indicators[0].weight",
        "PRJ-D-04 funds.total.note");
  }

  @Test
  void langfang2019_lowExecutionNotExplained_scoresWithinTheirPrintedPrecision() {
    // hand checks: 37.24 / 43.2 = 86.20 % → 86 % ✓; 8.62 printed as 9 is the integer rounding; 86 % < 90 %
    assertThat(failures(ProjectForms.LANGFANG_2019)).containsExactly("PRJ-D-03 funds.total.note");
  }

  @Test
  void forKeyProjects_runsTheProjectCatalogueOnEachKeyProject_withPrefixedPaths() {
    AuditResult result = ProjectRules.forKeyProjects().audit(SampleForms.tianhe2021());
    assertThat(result.byCode("PRJ-D-04")).extracting(f -> f.path() + " " + f.outcome())
        .containsExactly("keyProjects[0].funds.total.note FAIL");
    assertThat(result.byCode("DW-F-03")).isNotEmpty();
  }
}

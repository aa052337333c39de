package io.github.jixiao.rules;

import static io.github.jixiao.core.Amount.ofWan;
import static io.github.jixiao.rules.TestForms.audit;
import static io.github.jixiao.rules.TestForms.funds;
import static io.github.jixiao.rules.TestForms.withFunds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Percentage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FundRulesTest {
  static final DepartmentSelfEvaluation CLEAN = TestForms.CLEAN;

  /** The outcomes of one rule as {@code path OUTCOME} lines. */
  static List<String> outcomes(String code, DepartmentSelfEvaluation form) {
    return audit(code, form).findings().stream()
        .map(f -> f.path() + " " + f.outcome() + (f.reason() == null ? "" : " " + f.reason())).toList();
  }

  static Finding only(String code, DepartmentSelfEvaluation form) {
    List<Finding> all = audit(code, form).findings();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  //----- DW-F-01 -----
  @Test
  void dwF01_consistentRate_passes() {
    assertThat(outcomes("DW-F-01", CLEAN)).containsExactly("funds.budgetCompletionRate PASS");
  }

  @Test
  void dwF01_seedFigures_pass() {
    DepartmentSelfEvaluation seed = withFunds(funds().actualExpenditure(ofWan("422.69"))
        .annualAdjustedBudget(ofWan("424.06")).budgetCompletionRate(Percentage.parse("99.68%")));
    assertThat(outcomes("DW-F-01", seed)).containsExactly("funds.budgetCompletionRate PASS");
    DepartmentSelfEvaluation alt = seed.withFunds(seed.funds().withBudgetCompletionRate(Percentage.parse("99.67%")));
    assertThat(outcomes("DW-F-01", alt)).containsExactly("funds.budgetCompletionRate PASS");
  }

  @Test
  void dwF01_rateOutsideInterval_failsAndReportsInterval() {
    DepartmentSelfEvaluation f = withFunds(funds().budgetCompletionRate(Percentage.parse("95.60%")));
    Finding finding = only("DW-F-01", f);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reportedValue()).isEqualTo(Percentage.parse("95.60%"));
    Interval expected = (Interval) finding.expected();
    assertThat(expected.contains(new BigDecimal("95.56"))).isTrue();
    assertThat(expected.contains(new BigDecimal("95.60"))).isFalse();
    assertThat(finding.inputs()).containsKeys("funds.actualExpenditure", "funds.annualAdjustedBudget");
    assertThat(finding.message(Locale.ENGLISH)).contains("95.60%").contains(expected.toString());
    assertThat(finding.message(Locale.SIMPLIFIED_CHINESE)).contains("预算完成率").contains("95.60%");
  }

  @Test
  void dwF01_missingDenominator_indeterminate() {
    assertThat(outcomes("DW-F-01", withFunds(funds().annualAdjustedBudget(null))))
        .containsExactly("funds.budgetCompletionRate INDETERMINATE MISSING_FIGURE");
  }

  @Test
  void dwF01_zeroDenominator_indeterminate() {
    assertThat(outcomes("DW-F-01", withFunds(funds().annualAdjustedBudget(ofWan("0.00")))))
        .containsExactly("funds.budgetCompletionRate INDETERMINATE ZERO_DENOMINATOR");
  }

  @Test
  void dwF01_rateNotPrinted_notApplicable() {
    assertThat(outcomes("DW-F-01", withFunds(funds().budgetCompletionRate(null))))
        .containsExactly("funds.budgetCompletionRate NOT_APPLICABLE MISSING_FIGURE");
  }

  //----- DW-F-02 -----
  @Test
  void dwF02_seedFigures_pass() {
    DepartmentSelfEvaluation seed = withFunds(funds().initialBudgetRevenue(ofWan("526.59"))
        .annualAdjustedBudget(ofWan("424.06")).budgetAdjustmentRate(Percentage.parse("19.47%")));
    assertThat(outcomes("DW-F-02", seed)).containsExactly("funds.budgetAdjustmentRate PASS");
  }

  @Test
  void dwF02_rateOfTheWrongLine_fails() {
    // 19.73 % is (526.59 − 422.69) / 526.59: the rejected reading of §4.2
    DepartmentSelfEvaluation f = withFunds(funds().initialBudgetRevenue(ofWan("526.59"))
        .annualAdjustedBudget(ofWan("424.06")).budgetAdjustmentRate(Percentage.parse("19.73%")));
    Finding finding = only("DW-F-02", f);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(((Interval) finding.expected()).contains(new BigDecimal("19.47"))).isTrue();
  }

  @Test
  void dwF02_missingInitial_indeterminate() {
    assertThat(outcomes("DW-F-02", withFunds(funds().initialBudgetRevenue(null))))
        .containsExactly("funds.budgetAdjustmentRate INDETERMINATE MISSING_FIGURE");
  }

  @Test
  void dwF02_zeroInitial_indeterminate() {
    assertThat(outcomes("DW-F-02", withFunds(funds().initialBudgetRevenue(ofWan("0")))))
        .containsExactly("funds.budgetAdjustmentRate INDETERMINATE ZERO_DENOMINATOR");
  }

  @Test
  void dwF02_notPrinted_notApplicable() {
    assertThat(outcomes("DW-F-02", withFunds(funds().budgetAdjustmentRate(null))))
        .containsExactly("funds.budgetAdjustmentRate NOT_APPLICABLE MISSING_FIGURE");
  }

  //----- DW-F-03 -----
  @Test
  void dwF03_sameOrWithinPrintedPrecision_passes() {
    assertThat(outcomes("DW-F-03", CLEAN)).containsExactly("funds.adjustedBudgetRevenue PASS");
    assertThat(outcomes("DW-F-03", withFunds(funds().adjustedBudgetRevenue(ofWan("450.01")))))
        .containsExactly("funds.adjustedBudgetRevenue PASS");
  }

  @Test
  void dwF03_seedTwoAdjustedBudgets_fails() {
    DepartmentSelfEvaluation f = withFunds(funds().adjustedBudgetRevenue(ofWan("422.69"))
        .annualAdjustedBudget(ofWan("424.06")));
    Finding finding = only("DW-F-03", f);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.message(Locale.ENGLISH)).contains("422.69万元").contains("424.06万元").contains("1.37");
  }

  @Test
  void dwF03_oneLineMissing_indeterminate_bothMissing_notApplicable() {
    assertThat(outcomes("DW-F-03", withFunds(funds().adjustedBudgetRevenue(null))))
        .containsExactly("funds.adjustedBudgetRevenue INDETERMINATE MISSING_FIGURE");
    assertThat(outcomes("DW-F-03", withFunds(funds().adjustedBudgetRevenue(null).annualAdjustedBudget(null))))
        .containsExactly("funds.adjustedBudgetRevenue NOT_APPLICABLE MISSING_FIGURE");
  }

  @Test
  void dwF03_differentUnits_indeterminate() {
    assertThat(outcomes("DW-F-03", withFunds(funds().adjustedBudgetRevenue(Amount.of("4500000", AmountUnit.YUAN)))))
        .containsExactly("funds.adjustedBudgetRevenue INDETERMINATE UNIT_MISMATCH");
  }

  //----- DW-F-04 -----
  @Test
  void dwF04_portionWithinLargestTotal_passes() {
    assertThat(outcomes("DW-F-04", CLEAN)).containsExactly("funds.generalPublicBudgetPortion PASS");
  }

  @Test
  void dwF04_portionAboveTotal_fails() {
    assertThat(outcomes("DW-F-04", withFunds(funds().generalPublicBudgetPortion(ofWan("450.02")))))
        .containsExactly("funds.generalPublicBudgetPortion FAIL");
    assertThat(outcomes("DW-F-04", withFunds(funds().otherPortion(ofWan("460.00")))))
        .containsExactly("funds.generalPublicBudgetPortion PASS", "funds.otherPortion FAIL");
  }

  @Test
  void dwF04_noTotalPrinted_indeterminate_noPortion_notApplicable() {
    assertThat(outcomes("DW-F-04", withFunds(funds().adjustedBudgetRevenue(null).annualAdjustedBudget(null)
        .actualExpenditure(null)))).containsExactly("funds.generalPublicBudgetPortion INDETERMINATE MISSING_FIGURE");
    assertThat(outcomes("DW-F-04", withFunds(funds().generalPublicBudgetPortion(null))))
        .containsExactly("funds.generalPublicBudgetPortion NOT_APPLICABLE MISSING_FIGURE");
  }

  //----- DW-F-05 -----
  @Test
  void dwF05_underspend_passes_overspend_fails() {
    assertThat(outcomes("DW-F-05", CLEAN)).containsExactly("funds.actualExpenditure PASS");
    assertThat(outcomes("DW-F-05", withFunds(funds().actualExpenditure(ofWan("450.01")))))
        .containsExactly("funds.actualExpenditure PASS");
    assertThat(outcomes("DW-F-05", withFunds(funds().actualExpenditure(ofWan("450.02")))))
        .containsExactly("funds.actualExpenditure FAIL");
  }

  @Test
  void dwF05_missing_indeterminate() {
    assertThat(outcomes("DW-F-05", withFunds(funds().actualExpenditure(null))))
        .containsExactly("funds.actualExpenditure INDETERMINATE MISSING_FIGURE");
  }

  //----- DW-F-06 -----
  @Test
  void dwF06_everyAmountChecked_cleanPasses() {
    assertThat(outcomes("DW-F-06", CLEAN)).allMatch(s -> s.endsWith("PASS")).hasSize(5 + 3 + 3)
        .contains("mainTasks[2].amount PASS", "keyProjects[0].funds.total.executed PASS");
  }

  @Test
  void dwF06_negativeOrTooManyDecimals_fails_otherUnit_indeterminate() {
    DepartmentSelfEvaluation f = withFunds(funds().otherPortion(ofWan("-1.00"))
        .governmentFundBudgetPortion(ofWan("1.005")).stateCapitalOperationBudgetPortion(Amount.of("100",
            AmountUnit.YUAN)));
    assertThat(outcomes("DW-F-06", f)).contains("funds.otherPortion FAIL", "funds.governmentFundBudgetPortion FAIL",
        "funds.stateCapitalOperationBudgetPortion INDETERMINATE UNIT_MISMATCH");
  }

  //----- DW-F-07 -----
  @Test
  void dwF07_highCompletion_passes_lowWithoutExplanation_fails() {
    assertThat(outcomes("DW-F-07", CLEAN)).containsExactly("funds.budgetCompletionExplanation PASS");
    DepartmentSelfEvaluation low = withFunds(funds().budgetCompletionRate(Percentage.parse("80.27%")));
    assertThat(outcomes("DW-F-07", low)).containsExactly("funds.budgetCompletionExplanation FAIL");
    assertThat(outcomes("DW-F-07", low.withFunds(low.funds().withBudgetCompletionExplanation("年中收回资金"))))
        .containsExactly("funds.budgetCompletionExplanation PASS");
    assertThat(outcomes("DW-F-07", low.withFunds(low.funds().withBudgetCompletionExplanation(
        "执行率未达到90%的需说明原因（100字以内）")))).containsExactly("funds.budgetCompletionExplanation FAIL");
    assertThat(outcomes("DW-F-07", low.withFunds(low.funds().withBudgetCompletionExplanation("无"))))
        .containsExactly("funds.budgetCompletionExplanation FAIL");
  }

  @Test
  void dwF07_rateWithinRoundingOfThreshold_indeterminate() {
    assertThat(outcomes("DW-F-07", withFunds(funds().budgetCompletionRate(Percentage.parse("90%")))))
        .containsExactly("funds.budgetCompletionExplanation INDETERMINATE WITHIN_ROUNDING");
  }

  @Test
  void dwF07_rateNotPrinted_computedFromAmounts_orMissing() {
    assertThat(outcomes("DW-F-07", withFunds(funds().budgetCompletionRate(null))))
        .containsExactly("funds.budgetCompletionExplanation PASS");
    assertThat(outcomes("DW-F-07", withFunds(funds().budgetCompletionRate(null).actualExpenditure(null))))
        .containsExactly("funds.budgetCompletionExplanation INDETERMINATE MISSING_FIGURE");
  }

  @Test
  void dwF07_thresholdFromProfile() {
    AuditProfile strict = AuditProfile.national().toBuilder().budgetCompletionThreshold(new BigDecimal("96"))
        .build();
    AuditResult r = RuleSet.builder(DepartmentSelfEvaluation.class).add(DepartmentRules.rule("DW-F-07"))
        .profile(strict).build().audit(CLEAN);
    assertThat(r.failures()).hasSize(1);
  }

  //----- DW-F-08 -----
  @Test
  void dwF08_smallAdjustment_passes_largeWithoutExplanation_fails() {
    assertThat(outcomes("DW-F-08", CLEAN)).containsExactly("funds.budgetAdjustmentExplanation PASS");
    DepartmentSelfEvaluation big = withFunds(funds().budgetAdjustmentRate(Percentage.parse("35.00%")));
    assertThat(outcomes("DW-F-08", big)).containsExactly("funds.budgetAdjustmentExplanation FAIL");
    assertThat(outcomes("DW-F-08", big.withFunds(big.funds().withBudgetAdjustmentExplanation("追加专项"))))
        .containsExactly("funds.budgetAdjustmentExplanation PASS");
  }

  @Test
  void dwF08_withinRounding_orMissing_indeterminate() {
    assertThat(outcomes("DW-F-08", withFunds(funds().budgetAdjustmentRate(Percentage.parse("30%")))))
        .containsExactly("funds.budgetAdjustmentExplanation INDETERMINATE WITHIN_ROUNDING");
    assertThat(outcomes("DW-F-08", withFunds(funds().budgetAdjustmentRate(null).initialBudgetRevenue(null))))
        .containsExactly("funds.budgetAdjustmentExplanation INDETERMINATE MISSING_FIGURE");
  }

  //----- DW-F-09 -----
  @Test
  void dwF09_twoEqualLines_pass_threeIdentical_fail() {
    assertThat(outcomes("DW-F-09", CLEAN)).containsExactly("funds PASS");
    DepartmentSelfEvaluation seedLike = withFunds(funds().adjustedBudgetRevenue(ofWan("422.69"))
        .actualExpenditure(ofWan("422.69")).generalPublicBudgetPortion(ofWan("422.69")));
    Finding f = only("DW-F-09", seedLike);
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.inputs().get("lines")).isEqualTo(List.of("funds.adjustedBudgetRevenue", "funds.actualExpenditure",
        "funds.generalPublicBudgetPortion"));
  }

  @Test
  void dwF09_equalButPrintedDifferently_indeterminate_fewLines_notApplicable() {
    DepartmentSelfEvaluation f = withFunds(funds().adjustedBudgetRevenue(ofWan("422.69"))
        .actualExpenditure(ofWan("422.69")).generalPublicBudgetPortion(ofWan("422.690")));
    assertThat(outcomes("DW-F-09", f)).containsExactly("funds INDETERMINATE AMBIGUOUS");
    assertThat(outcomes("DW-F-09", withFunds(new io.github.jixiao.core.DepartmentFundsBuilder()
        .actualExpenditure(ofWan("1.00"))))).containsExactly("funds NOT_APPLICABLE MISSING_FIGURE");
  }
}

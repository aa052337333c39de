package io.github.jixiao.rules;

import static io.github.jixiao.core.Amount.ofWan;
import static io.github.jixiao.rules.FundRulesTest.outcomes;
import static io.github.jixiao.rules.TestForms.CLEAN;
import static io.github.jixiao.rules.TestForms.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TaskRulesTest {
  static DepartmentSelfEvaluation withTask(int i, MainTask task) {
    List<MainTask> tasks = new ArrayList<>(CLEAN.mainTasks());
    tasks.set(i, task);
    return CLEAN.withMainTasks(tasks);
  }

  //----- DW-T-01 -----
  @Test
  void dwT01_sumWithinExpenditure_passes() {
    assertThat(outcomes("DW-T-01", CLEAN)).containsExactly("mainTasks PASS");
  }

  @Test
  void dwT01_sumWithinToleranceOfExpenditure_passes_aboveFails() {
    // 3 tasks of 2 decimals + the total: tolerance (n + 1)·0.005 = 0.02
    DepartmentSelfEvaluation f = CLEAN.withFunds(CLEAN.funds().withActualExpenditure(ofWan("59.98")));
    assertThat(outcomes("DW-T-01", f)).containsExactly("mainTasks PASS");
    DepartmentSelfEvaluation g = CLEAN.withFunds(CLEAN.funds().withActualExpenditure(ofWan("59.97")));
    assertThat(outcomes("DW-T-01", g)).containsExactly("mainTasks FAIL");
    assertThat(TestForms.audit("DW-T-01", g).failures().get(0).message(Locale.ENGLISH)).contains("60.00");
  }

  @Test
  void dwT01_missingTaskAmount_indeterminateUnlessAlreadyExceeded() {
    DepartmentSelfEvaluation f = withTask(0, CLEAN.mainTasks().get(0).withAmount(null));
    assertThat(outcomes("DW-T-01", f)).containsExactly("mainTasks INDETERMINATE MISSING_FIGURE");
    DepartmentSelfEvaluation g = f.withFunds(f.funds().withActualExpenditure(ofWan("40.00")));
    assertThat(outcomes("DW-T-01", g)).containsExactly("mainTasks FAIL");
  }

  @Test
  void dwT01_noTasks_notApplicable() {
    assertThat(outcomes("DW-T-01", CLEAN.withMainTasks(List.of())))
        .containsExactly("mainTasks NOT_APPLICABLE MISSING_FIGURE");
  }

  //----- DW-T-02 -----
  @Test
  void dwT02_indicatorsWithCompletions_pass() {
    assertThat(outcomes("DW-T-02", CLEAN)).allMatch(s -> s.endsWith(" PASS")).hasSize(3 + 4)
        .contains("mainTasks[1].keyIndicators PASS", "mainTasks[1].keyIndicators[1].completion PASS");
  }

  @Test
  void dwT02_noIndicatorOrEmptyCompletion_fails_placeholder_indeterminate() {
    DepartmentSelfEvaluation f = withTask(0, CLEAN.mainTasks().get(0).withKeyIndicators(List.of()));
    f = withTaskOf(f, 1, CLEAN.mainTasks().get(1).withKeyIndicators(List.of(
        new KeyIndicator("走访企业", null, null), new KeyIndicator("座谈会", null, IndicatorValue.parse("—")))));
    assertThat(outcomes("DW-T-02", f)).containsExactly("mainTasks[0].keyIndicators FAIL",
        "mainTasks[1].keyIndicators PASS", "mainTasks[1].keyIndicators[0].completion FAIL",
        "mainTasks[1].keyIndicators[1].completion INDETERMINATE UNPARSEABLE_VALUE",
        "mainTasks[2].keyIndicators PASS", "mainTasks[2].keyIndicators[0].completion PASS");
  }

  static DepartmentSelfEvaluation withTaskOf(DepartmentSelfEvaluation form, int i, MainTask task) {
    List<MainTask> tasks = new ArrayList<>(form.mainTasks());
    tasks.set(i, task);
    return form.withMainTasks(tasks);
  }

  //----- DW-T-03 -----
  @Test
  void dwT03_amountPresent_passes_missingInGuangzhouLayout_fails() {
    assertThat(outcomes("DW-T-03", CLEAN)).containsExactly("mainTasks[0].amount PASS", "mainTasks[1].amount PASS",
        "mainTasks[2].amount PASS");
    DepartmentSelfEvaluation f = withTask(1, CLEAN.mainTasks().get(1).withAmount(null));
    assertThat(outcomes("DW-T-03", f)).contains("mainTasks[1].amount FAIL");
    DepartmentSelfEvaluation g = withTask(1, CLEAN.mainTasks().get(1).withAmount(ofWan("-0.01")));
    assertThat(outcomes("DW-T-03", g)).contains("mainTasks[1].amount FAIL");
  }

  @Test
  void dwT03_missingInUnknownLayout_indeterminate_inLayoutWithoutColumn_notApplicable() {
    DepartmentSelfEvaluation f = withTask(1, CLEAN.mainTasks().get(1).withAmount(null));
    assertThat(outcomes("DW-T-03", f.withLayout(FormLayout.OTHER)))
        .contains("mainTasks[1].amount INDETERMINATE LAYOUT_UNKNOWN");
    assertThat(outcomes("DW-T-03", f.withLayout(FormLayout.DEPARTMENT_GUIZHOU)))
        .contains("mainTasks[1].amount NOT_APPLICABLE NOT_IN_LAYOUT");
  }

  //----- DW-T-04 -----
  @Test
  void dwT04_targets_pass_missing_fail_placeholder_indeterminate() {
    assertThat(outcomes("DW-T-04", CLEAN)).allMatch(s -> s.endsWith(" PASS")).hasSize(4);
    DepartmentSelfEvaluation f = withTask(1, CLEAN.mainTasks().get(1).withKeyIndicators(List.of(
        KeyIndicator.of("走访企业", "20家"), indicator("座谈会", "/", "2场"))));
    assertThat(outcomes("DW-T-04", f)).containsExactly("mainTasks[0].keyIndicators[0].target PASS",
        "mainTasks[1].keyIndicators[0].target FAIL",
        "mainTasks[1].keyIndicators[1].target INDETERMINATE UNPARSEABLE_VALUE",
        "mainTasks[2].keyIndicators[0].target PASS");
  }

  @Test
  void dwT01_unitsDiffer_indeterminate() {
    DepartmentSelfEvaluation f = withTask(0, CLEAN.mainTasks().get(0).withAmount(Amount.of("1000",
        AmountUnit.YUAN)));
    assertThat(outcomes("DW-T-01", f)).containsExactly("mainTasks INDETERMINATE UNIT_MISMATCH");
  }
}

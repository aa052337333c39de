package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.testing.SampleForms;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Tianhe 2021 sample form, end to end: the audit reports exactly the anomalies of domain specification §11. */
class SampleAuditTest {
  static final DepartmentSelfEvaluation SAMPLE = SampleForms.tianhe2021();

  /** Every outcome that is not PASS: code, path, outcome. Anomaly ids of §11 in the comments. */
  static final List<String> EXPECTED = List.of(
      "DW-F-03 funds.adjustedBudgetRevenue FAIL",                 // A1 two adjusted budgets
      "DW-F-09 funds FAIL",                                       // A3 copy-filled lines
      "DW-T-04 mainTasks[0].keyIndicators[0].target FAIL",        // A9 indicators without targets
      "DW-T-04 mainTasks[0].keyIndicators[1].target FAIL",
      "DW-T-04 mainTasks[0].keyIndicators[2].target FAIL",
      "DW-T-04 mainTasks[1].keyIndicators[0].target FAIL",
      "DW-T-04 mainTasks[1].keyIndicators[1].target FAIL",
      "DW-T-04 mainTasks[2].keyIndicators[0].target FAIL",
      "DW-T-04 mainTasks[2].keyIndicators[1].target FAIL",
      "DW-T-04 mainTasks[2].keyIndicators[2].target FAIL",
      "DW-T-04 mainTasks[2].keyIndicators[3].target FAIL",
      "DW-T-04 mainTasks[2].keyIndicators[4].target FAIL",
      "DW-T-04 mainTasks[2].keyIndicators[5].target FAIL",
      "DW-T-04 mainTasks[3].keyIndicators[0].target FAIL",
      "DW-T-04 mainTasks[3].keyIndicators[1].target FAIL",
      "DW-T-04 mainTasks[3].keyIndicators[2].target FAIL",
      "DW-G-01 annualGoals.expectedGoals[5] FAIL",                // A4 goal 6 repeats goal 5
      "DW-G-02 mainTasks[3].expectedGoal FAIL",                   // A5 task 4 matches no goal
      "DW-G-03 annualGoals.expectedGoals[4] FAIL",                // A5 goals 5, 6, 7 have no task
      "DW-G-03 annualGoals.expectedGoals[5] FAIL",
      "DW-G-03 annualGoals.expectedGoals[6] FAIL",
      "DW-K-04 keyProjects[0].funds.total.note FAIL",             // A7 key-project cut of 39.24 % unexplained
      "DW-K-05 keyProjects[0].indicators[6].level2 FAIL",         // A8 参与率 under 时效
      "DW-K-05 keyProjects[0].indicators[8].level2 FAIL",         // A8 支出的及时性 under 成本
      "DW-N-01 keyProjects[0].achievements FAIL",                 // A6 repeated and truncated
      "DW-N-01 overallPerformanceNarrative FAIL",                 // A6 repeated
      "FMT-01 mainTasks[3].amount FAIL",                          // A14 11.6
      "FMT-02 irregularities[0] FAIL",                            // A14 broken label 任务涉 及
      "FMT-02 irregularities[1] FAIL",                            // A14 <p> residue
      "FMT-02 irregularities[2] FAIL",
      "FMT-02 irregularities[3] FAIL",
      "FMT-02 irregularities[4] FAIL",
      "FMT-02 irregularities[5] FAIL");                           // A14 trailing separator line

  @Test
  void audit_reportsExactlyTheSpecifiedAnomalies() {
    AuditResult result = DepartmentRules.standardSet().audit(SAMPLE);
    List<String> notPassing = result.findings().stream().filter(f -> f.outcome() != Outcome.PASS)
        .map(f -> f.code() + " " + f.path() + " " + f.outcome()).toList();
    assertThat(notPassing).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void audit_noErrorAndEveryRuleRecordsAnOutcome() {
    AuditResult result = DepartmentRules.standardSet().audit(SAMPLE);
    assertThat(result.hasFailures(Severity.ERROR)).isFalse();
    assertThat(result.count(Severity.ERROR, Outcome.FAIL)).isZero();
    assertThat(result.count(Outcome.INDETERMINATE)).isZero();
    assertThat(result.count(Severity.WARNING, Outcome.FAIL)).isEqualTo(6);
    assertThat(result.count(Severity.INFO, Outcome.FAIL)).isEqualTo(27);
    assertThat(result.findings()).extracting(Finding::code).containsAll(DepartmentRulesTest.SPEC_CODES);
  }

  @Test
  void audit_passesOfTheSpecifiedSeedChecks() {
    AuditResult result = DepartmentRules.standardSet().audit(SAMPLE);
    assertThat(result.at(FindingPath.of("funds.budgetCompletionRate"))).extracting(Finding::outcome)
        .containsExactly(Outcome.PASS);  // DW-F-01
    assertThat(result.at(FindingPath.of("funds.budgetCompletionExplanation"))).extracting(Finding::code)
        .containsExactly("DW-F-07");
    assertThat(result.byCode("DW-F-02")).extracting(Finding::outcome).containsExactly(Outcome.PASS);
    assertThat(result.byCode("DW-K-01")).extracting(Finding::outcome).containsExactly(Outcome.PASS);
    assertThat(result.byCode("DW-N-02")).extracting(Finding::outcome).containsExactly(Outcome.PASS);
    assertThat(result.byCode("DW-T-01")).extracting(Finding::outcome).containsExactly(Outcome.PASS);
  }

  @Test
  void audit_isDeterministic() {
    AuditResult a = DepartmentRules.standardSet().audit(SAMPLE);
    AuditResult b = DepartmentRules.standardSet().audit(SampleForms.tianhe2021());
    assertThat(a.findings().stream().map(Finding::toString).toList())
        .isEqualTo(b.findings().stream().map(Finding::toString).toList());
    assertThat(a.failures().stream().map(f -> f.message(Locale.SIMPLIFIED_CHINESE)).toList())
        .isEqualTo(b.failures().stream().map(f -> f.message(Locale.SIMPLIFIED_CHINESE)).toList());
  }

  @Test
  void audit_keyProjectCutMessage_inBothLanguages() {
    Finding cut = DepartmentRules.standardSet().audit(SAMPLE).byCode("DW-K-04").get(0);
    assertThat(cut.message(Locale.SIMPLIFIED_CHINESE)).startsWith("重点项目预算调整幅度超过阈值时应说明原因：")
        .contains("39.2");
    assertThat(cut.message(Locale.ENGLISH)).contains("more than 30%");
  }
}

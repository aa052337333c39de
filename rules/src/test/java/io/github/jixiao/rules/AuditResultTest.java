package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.testing.SampleForms;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditResultTest {
  static final AuditResult SAMPLE = DepartmentRules.standardSet().audit(SampleForms.tianhe2021());

  @Test
  void counts_bySeverityAndOutcome_addUp() {
    int total = 0;
    for (Map<Outcome, Integer> bySeverity : SAMPLE.counts().values()) {
      for (int n : bySeverity.values()) {
        total += n;
      }
    }
    assertThat(total).isEqualTo(SAMPLE.size()).isEqualTo(SAMPLE.findings().size());
    assertThat(SAMPLE.count(Outcome.FAIL)).isEqualTo(SAMPLE.failures().size()).isEqualTo(33);
    assertThat(SAMPLE.count(Outcome.PASS) + SAMPLE.count(Outcome.FAIL)).isEqualTo(SAMPLE.size());
  }

  /**
   * The counts kept while recording agree with counting the findings, over forms with every department anomaly,
   * severities overridden, and a rule that throws after recording (its outcomes are dropped, its error counted).
   */
  @Test
  void property_countsAgreeWithTheFindings() {
    long seed = Long.getLong("jixiao.seed", 20211231L);
    java.util.List<io.github.jixiao.testing.Anomaly> anomalies = io.github.jixiao.testing.Anomaly.departmentAnomalies();
    RuleSet<io.github.jixiao.core.DepartmentSelfEvaluation> set = DepartmentRules.standardSet().toBuilder()
        .severity("DW-G-01", Severity.ERROR).severity("FMT-02", Severity.INFO)
        .add(RuleInfo.of("BAD-02", Severity.WARNING, "x", Evidence.INFERRED), (form, ctx) -> {
          ctx.pass(FindingPath.of("funds"));
          ctx.fail(FindingPath.of("title"));
          if (form.mainTasks().size() % 2 == 0) {
            throw new IllegalStateException("even");
          }
        }).build();
    for (int i = 0; i < 2_000; i++) {
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed + i);
      io.github.jixiao.core.DepartmentSelfEvaluation form = i % 5 == 0
          ? io.github.jixiao.testing.FormGenerators.department(r)
          : anomalies.get(r.nextInt(anomalies.size())).department(r);
      AuditResult result = set.audit(form);
      int[][] recount = new int[Severity.values().length][Outcome.values().length];
      for (Finding f : result.findings()) {
        recount[f.severity().ordinal()][f.outcome().ordinal()]++;
      }
      for (Severity s : Severity.values()) {
        for (Outcome o : Outcome.values()) {
          assertThat(result.count(s, o)).as("seed %d: %s %s", seed + i, s, o)
              .isEqualTo(recount[s.ordinal()][o.ordinal()]);
        }
      }
    }
  }

  @Test
  void queries_byCodeAtAndUnder() {
    assertThat(SAMPLE.byCode("DW-G-03")).hasSize(7);
    assertThat(SAMPLE.byCode("NOPE")).isEmpty();
    assertThat(SAMPLE.at(FindingPath.of("mainTasks[3].amount"))).extracting(Finding::code)
        .containsExactly("DW-F-06", "DW-T-03", "FMT-01");
    assertThat(SAMPLE.under(FindingPath.of("keyProjects[0].indicators"))).allMatch(f -> f.code().equals("DW-K-05"))
        .hasSize(12);
    assertThat(SAMPLE.findings(Outcome.NOT_APPLICABLE)).isEmpty();
  }

  @Test
  void passes_carryNoDetails() {
    Finding pass = SAMPLE.byCode("DW-F-01").get(0);
    assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
    assertThat(pass.reportedValue()).isNull();
    assertThat(pass.expected()).isNull();
    assertThat(pass.inputs()).isEmpty();
    assertThat(pass.messageKey()).isEqualTo("outcome.PASS");
  }

  @Test
  void findings_areImmutable() {
    assertThatThrownBy(() -> SAMPLE.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> SAMPLE.failures().get(0).inputs().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> SAMPLE.findings().get(SAMPLE.size())).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void toString_summarises() {
    assertThat(SAMPLE).hasToString("AuditResult[" + SAMPLE.size()
        + " outcomes: 0 ERROR, 6 WARNING, 27 INFO failing, 0 indeterminate]");
  }
}

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

package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BoundTest {
  @Test
  void atMost_rendersThePlainLimitWithItsScale() {
    assertThat(Bound.atMost(new BigDecimal("422.695"))).hasToString("≤ 422.695");
    assertThat(Bound.atMost(new BigDecimal("1E+3"))).hasToString("≤ 1000");
  }

  @Test
  void similarityAtLeast_rendersTheThresholdAsBefore() {
    assertThat(Bound.similarityAtLeast(0.5)).hasToString("similarity ≥ " + 0.5);
  }

  @Test
  void equality_byRelationAndValue() {
    assertThat(Bound.atMost(new BigDecimal("1.0"))).isEqualTo(Bound.atMost(new BigDecimal("1.0")))
        .hasSameHashCodeAs(Bound.atMost(new BigDecimal("1.0")))
        .isNotEqualTo(Bound.atMost(new BigDecimal("1.00")))
        .isNotEqualTo(Bound.similarityAtLeast(1.0));
  }

  @Test
  void sampleFinding_expectsTheBoundAsText() {
    AuditResult r = DepartmentRules.standardSet().audit(io.github.jixiao.testing.SampleForms.tianhe2021());
    Finding g02 = r.findings(Outcome.FAIL).stream().filter(f -> f.code().equals("DW-G-02")).findFirst().orElseThrow();
    assertThat(String.valueOf(g02.expected())).isEqualTo("similarity ≥ 0.5");
  }
}

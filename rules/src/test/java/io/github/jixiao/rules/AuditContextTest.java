package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AuditContextTest {
  @Test
  void keptContextOrDetails_cannotChangeAFinishedResult() {
    AtomicReference<AuditContext> leaked = new AtomicReference<>();
    AtomicReference<FindingDetails> details = new AtomicReference<>();
    RuleSet<DepartmentSelfEvaluation> set = RuleSet.builder(DepartmentSelfEvaluation.class)
        .add(RuleInfo.of("LEAK-01", Severity.INFO, "b", Evidence.INFERRED), (form, ctx) -> {
          leaked.set(ctx);
          details.set(ctx.fail(FindingPath.root()));
        }).build();
    AuditResult r = set.audit(TestForms.CLEAN);
    assertThatThrownBy(() -> leaked.get().pass(FindingPath.root())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> details.get().reported("x")).isInstanceOf(IllegalStateException.class);
    assertThat(r.size()).isEqualTo(1);
  }

  @Test
  void manyOutcomes_growTheStorage() {
    RuleSet<DepartmentSelfEvaluation> set = RuleSet.builder(DepartmentSelfEvaluation.class)
        .add(RuleInfo.of("MANY-01", Severity.INFO, "b", Evidence.INFERRED), (form, ctx) -> {
          FindingPath base = FindingPath.of("items");
          for (int i = 0; i < 1000; i++) {
            if (i % 2 == 0) {
              ctx.pass(base.index(i));
            } else {
              ctx.notApplicable(base.index(i), Reason.NOT_IN_LAYOUT);
            }
          }
        }).build();
    AuditResult r = set.audit(TestForms.CLEAN);
    assertThat(r.size()).isEqualTo(1000);
    assertThat(r.count(Outcome.NOT_APPLICABLE)).isEqualTo(500);
    assertThat(r.findings().get(999).path()).hasToString("items[999]");
  }
}

package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Percentage;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FindingDetailsTest {
  /** A deferred value counting how often it is computed. */
  static final class Counted extends FindingDetails.Deferred {
    final AtomicInteger computed = new AtomicInteger();

    @Override
    Object compute() {
      computed.incrementAndGet();
      return Interval.of(new java.math.BigDecimal("1.5"), new java.math.BigDecimal("2.5"));
    }
  }

  @Test
  void deferredValues_areComputedWhenRead_onceAndAsTheirValue() {
    Counted expected = new Counted();
    Counted input = new Counted();
    Counted argument = new Counted();
    AuditResult r = RuleSet.builder(DepartmentSelfEvaluation.class)
        .add(RuleInfo.of("LAZY-01", Severity.INFO, "b", Evidence.INFERRED), (form, ctx) ->
            ctx.fail(FindingPath.root()).reported("x").expected(expected).input("rate", input)
                .message("LAZY-01.fail", argument, 3))
        .build().audit(TestForms.CLEAN);
    assertThat(expected.computed).hasValue(0);
    assertThat(input.computed).hasValue(0);
    assertThat(argument.computed).hasValue(0);

    Finding f = r.findings().get(0);
    assertThat(f.expected()).isInstanceOf(Interval.class).hasToString("[1.5, 2.5]");
    assertThat(f.expected()).isSameAs(r.findings().get(0).expected());
    assertThat(f.inputs().get("rate")).isInstanceOf(Interval.class).isEqualTo(f.expected());
    assertThat(f.messageArguments()).containsExactly(f.expected(), 3);
    assertThat(f.message(Locale.ENGLISH)).contains("[1.5, 2.5]");
    assertThat(expected.computed).hasValue(1);
    assertThat(input.computed).hasValue(1);
    assertThat(argument.computed).hasValue(1);
  }

  /** DW-F-02 keeps its accepted interval unformatted until read; read, it is the interval printed before. */
  @Test
  void dwF02_acceptedIntervalReadAsBefore() {
    Amount initial = Amount.ofWan("526.59");
    Amount adjusted = Amount.ofWan("424.06");
    Percentage printed = Percentage.parse("19.73%");
    DepartmentSelfEvaluation form = TestForms.withFunds(TestForms.funds().initialBudgetRevenue(initial)
        .annualAdjustedBudget(adjusted).budgetAdjustmentRate(printed));
    Finding f = TestForms.audit("DW-F-02", form).failures().get(0);
    Interval accepted = Checks.forDisplay(Tolerance.relativeChangePercent(adjusted, initial)
        .widenedBy(printed.halfUnit()), printed);
    assertThat(f.expected()).isInstanceOf(Interval.class).isEqualTo(accepted).hasToString(accepted.toString());
    assertThat(f.messageArguments()).containsExactly(printed, accepted);
  }
}

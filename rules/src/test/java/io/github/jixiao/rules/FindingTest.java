package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testing.SampleForms;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingTest {
  static final AuditResult SAMPLE = DepartmentRules.standardSet().audit(SampleForms.tianhe2021());

  @Test
  void message_rendersInTheGivenLocaleOnly() {
    Finding f = SAMPLE.byCode("DW-F-03").get(0);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The two adjusted-budget lines (部门调整预算收入, 年度预算调整数) "
          + "agree: adjusted budget revenue 422.69万元 differs from the annual adjusted budget 424.06万元 by 1.37");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("部门调整预算收入与年度预算调整数一致：部门调整预算收入422.69万元与年度预算调整数424.06万元相差1.37");
      assertThat(f.message(Locale.CHINESE)).isEqualTo(f.message(Locale.SIMPLIFIED_CHINESE));
      assertThat(f.message(Locale.forLanguageTag("tr-TR"))).isEqualTo(f.message(Locale.ENGLISH));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void message_numbersAreNotLocaleFormatted() {
    Finding f = DepartmentRules.standardSet().audit(SampleForms.tianhe2021().withFunds(SampleForms.tianhe2021()
        .funds().withActualExpenditure(io.github.jixiao.core.Amount.ofWan("1422.69")))).byCode("DW-F-01").get(0);
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.message(Locale.GERMANY)).contains("1422.69万元").doesNotContain("1.422,69");
  }

  @Test
  void accessors_describeTheFinding() {
    Finding f = SAMPLE.byCode("DW-F-03").get(0);
    assertThat(f.code()).isEqualTo("DW-F-03");
    assertThat(f.rule().evidence()).isEqualTo(Evidence.INFERRED);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.reason()).isNull();
    assertThat(f.cause()).isNull();
    assertThat(f.reportedValue()).isEqualTo(io.github.jixiao.core.Amount.ofWan("422.69"));
    assertThat(f.expected()).isInstanceOf(Interval.class);
    assertThat(f.messageArguments()).hasSize(3);
    assertThat(f).hasToString("DW-F-03 WARNING FAIL funds.adjustedBudgetRevenue");
  }

  @Test
  void indeterminateMessage_namesWhatIsNotPrinted() {
    AuditResult r = DepartmentRules.standardSet().audit(SampleForms.tianhe2021().withFunds(SampleForms.tianhe2021()
        .funds().withAnnualAdjustedBudget(null)));
    Finding f = r.byCode("DW-F-01").get(0);
    assertThat(f.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(f.message(Locale.ENGLISH)).endsWith("cannot decide, not printed: funds.annualAdjustedBudget");
    assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).endsWith("无法判断，未填列：funds.annualAdjustedBudget");
  }
}

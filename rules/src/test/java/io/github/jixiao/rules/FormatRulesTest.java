package io.github.jixiao.rules;

import static io.github.jixiao.core.Amount.ofWan;
import static io.github.jixiao.rules.FundRulesTest.outcomes;
import static io.github.jixiao.rules.TestForms.CLEAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.SourceIrregularity;
import io.github.jixiao.core.SourceIrregularity.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatRulesTest {
  //----- FMT-01 -----
  @Test
  void fmt01_twoDecimals_pass() {
    assertThat(outcomes("FMT-01", CLEAN)).allMatch(s -> s.endsWith(" PASS")).hasSize(11);
  }

  @Test
  void fmt01_oneDecimal_fails_otherUnit_indeterminate() {
    List<io.github.jixiao.core.MainTask> tasks = new ArrayList<>(CLEAN.mainTasks());
    tasks.set(2, tasks.get(2).withAmount(ofWan("11.6")));
    tasks.set(1, tasks.get(1).withAmount(Amount.of("200000", AmountUnit.YUAN)));
    DepartmentSelfEvaluation f = CLEAN.withMainTasks(tasks);
    assertThat(outcomes("FMT-01", f)).contains("mainTasks[2].amount FAIL",
        "mainTasks[1].amount INDETERMINATE UNIT_MISMATCH");
    Finding fail = TestForms.audit("FMT-01", f).failures().get(0);
    assertThat(fail.message(Locale.SIMPLIFIED_CHINESE)).contains("11.6万元").contains("1位小数");
  }

  //----- FMT-02 -----
  @Test
  void fmt02_cleanForm_passes() {
    assertThat(outcomes("FMT-02", CLEAN)).containsExactly("irregularities PASS");
  }

  @Test
  void fmt02_recordedIrregularities_fail_garbledTextIsNotFormat() {
    DepartmentSelfEvaluation f = CLEAN.withIrregularities(List.of(
        SourceIrregularity.of(Kind.MARKUP_RESIDUE, "keyProjects[0]", "<p>"),
        SourceIrregularity.of(Kind.GARBLED_TEXT, "overallPerformanceNarrative", "白蚁"),
        SourceIrregularity.of(Kind.BROKEN_LABEL, "line 12", "任务涉 及"),
        SourceIrregularity.of(Kind.STRAY_SEPARATOR_LINE, "line 40", "------------")));
    assertThat(outcomes("FMT-02", f)).containsExactly("irregularities[0] FAIL", "irregularities[2] FAIL",
        "irregularities[3] FAIL");
  }

  @Test
  void fmt02_markupLeftInText_fails_tagLikeText_indeterminate() {
    assertThat(outcomes("FMT-02", CLEAN.withOverallPerformanceNarrative("<p>部门整体运行平稳。</p>")))
        .containsExactly("overallPerformanceNarrative FAIL");
    assertThat(outcomes("FMT-02", CLEAN.withOverallPerformanceNarrative("费用<abc>元以内。")))
        .containsExactly("overallPerformanceNarrative INDETERMINATE AMBIGUOUS");
    assertThat(outcomes("FMT-02", CLEAN.withOverallPerformanceNarrative("投诉率<5%。")))
        .containsExactly("irregularities PASS");
  }
}

package io.github.jixiao.rules;

import static io.github.jixiao.rules.FundRulesTest.outcomes;
import static io.github.jixiao.rules.TestForms.CLEAN;
import static io.github.jixiao.rules.TestForms.CLEAN_PROJECT;
import static io.github.jixiao.rules.TestForms.withProject;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.AnnualGoals;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeRulesTest {
  static final String PARAGRAPH = "天河区工商联全面贯彻落实习近平新时代中国特色社会主义思想，认真学习领会习近平总书记对广东重要讲话和重要指示"
      + "批示精神以及对做好新时代民营经济统战工作重要指示精神，牢牢把握“两个健康”工作主题，推进工商联工作上新台阶、新水平。";

  //----- DW-N-01 -----
  @Test
  void dwN01_distinctCompleteNarratives_pass() {
    assertThat(outcomes("DW-N-01", CLEAN)).containsExactly("annualGoals.goalCompletionNarrative PASS",
        "keyProjects[0].achievements PASS", "overallPerformanceNarrative PASS");
  }

  @Test
  void dwN01_repeatedAndTruncatedCopies_fail() {
    DepartmentSelfEvaluation f = withProject(CLEAN_PROJECT.withAchievements("取得成效如下：2021年，"
        + PARAGRAPH.substring(0, 60)))
        .withAnnualGoals(new AnnualGoals(CLEAN.annualGoals().expectedGoals(), PARAGRAPH))
        .withOverallPerformanceNarrative("2021年，" + PARAGRAPH + "另有其他成效。");
    assertThat(outcomes("DW-N-01", f)).containsExactly("annualGoals.goalCompletionNarrative PASS",
        "keyProjects[0].achievements FAIL", "overallPerformanceNarrative FAIL");
    Finding truncated = TestForms.audit("DW-N-01", f).failures().get(0);
    assertThat(truncated.messageKey()).isEqualTo("DW-N-01.repeatedAndTruncated");
    assertThat(truncated.inputs().get("repeats")).isEqualTo(FindingPath.of("annualGoals.goalCompletionNarrative"));
  }

  @Test
  void dwN01_truncatedOnly_fails_ambiguousEnding_indeterminate() {
    assertThat(outcomes("DW-N-01", CLEAN.withOverallPerformanceNarrative("获评先进集体、天河区直机关")))
        .contains("overallPerformanceNarrative FAIL");
    assertThat(outcomes("DW-N-01", CLEAN.withOverallPerformanceNarrative("帮扶金额合计95")))
        .contains("overallPerformanceNarrative INDETERMINATE AMBIGUOUS");
  }

  @Test
  void dwN01_noNarrative_notApplicable() {
    DepartmentSelfEvaluation f = withProject(CLEAN_PROJECT.withAchievements(null))
        .withAnnualGoals(new AnnualGoals(CLEAN.annualGoals().expectedGoals(), null))
        .withOverallPerformanceNarrative(null);
    assertThat(outcomes("DW-N-01", f)).containsExactly("overallPerformanceNarrative NOT_APPLICABLE MISSING_FIGURE");
  }

  @Test
  void ending_classifiesSentenceEnds() {
    assertThat(NarrativeRules.ending("完成。")).isEqualTo(NarrativeRules.Ending.COMPLETE);
    assertThat(NarrativeRules.ending("完成。</p>")).isEqualTo(NarrativeRules.Ending.COMPLETE);
    assertThat(NarrativeRules.ending("“四好”商会")).isEqualTo(NarrativeRules.Ending.TRUNCATED);
    assertThat(NarrativeRules.ending("包括：")).isEqualTo(NarrativeRules.Ending.TRUNCATED);
    assertThat(NarrativeRules.ending("95%")).isEqualTo(NarrativeRules.Ending.AMBIGUOUS);
  }

  //----- DW-N-02 -----
  @Test
  void dwN02_pairedLists_pass_unpaired_fail() {
    assertThat(outcomes("DW-N-02", CLEAN)).containsExactly("improvementMeasures PASS");
    assertThat(outcomes("DW-N-02", CLEAN.withImprovementMeasures(List.of("（一）创新学习形式。"))))
        .containsExactly("improvementMeasures FAIL");
  }

  @Test
  void dwN02_blankItem_indeterminate_noLists_notApplicable() {
    assertThat(outcomes("DW-N-02", CLEAN.withImprovementMeasures(List.of("（一）创新学习形式。", " "))))
        .containsExactly("improvementMeasures INDETERMINATE UNPARSEABLE_VALUE");
    assertThat(outcomes("DW-N-02", CLEAN.withProblems(List.of()).withImprovementMeasures(List.of())))
        .containsExactly("improvementMeasures NOT_APPLICABLE MISSING_FIGURE");
  }
}

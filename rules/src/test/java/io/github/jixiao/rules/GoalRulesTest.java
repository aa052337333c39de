package io.github.jixiao.rules;

import static io.github.jixiao.rules.FundRulesTest.outcomes;
import static io.github.jixiao.rules.TestForms.CLEAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.AnnualGoals;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.MainTask;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalRulesTest {
  /** The seed's goals and task titles (domain specification §3.1). */
  static final List<Goal> SEED_GOALS = List.of(Goal.of(1, "思想引领，推进“两个健康”发展"), Goal.of(2, "推进换届，畅通政治参与渠道"),
      Goal.of(3, "突出重点，企业服务提质升级"), Goal.of(4, "围绕重点，商会管理出新出彩"), Goal.of(5, "强化担当，致力倡导公益慈善"),
      Goal.of(6, "强化担当，致力倡导公益慈善。"), Goal.of(7, "积极做好统筹兼顾，配合落实各项工作"));
  static final List<String> SEED_TASKS = List.of("思想引领，推进“两个健康”发展", "推进换届，畅通政治参与渠道",
      "企业服务提质升级，商会管理出新出彩", "提升党建工作水平");

  static DepartmentSelfEvaluation seedGoalsAndTasks() {
    List<MainTask> tasks = new java.util.ArrayList<>();
    for (int i = 0; i < SEED_TASKS.size(); i++) {
      tasks.add(new MainTask(i + 1, SEED_TASKS.get(i), null, CLEAN.mainTasks().get(0).keyIndicators(), null));
    }
    return CLEAN.withAnnualGoals(new AnnualGoals(SEED_GOALS, null)).withMainTasks(tasks);
  }

  //----- DW-G-01 -----
  @Test
  void dwG01_distinctGoals_pass() {
    assertThat(outcomes("DW-G-01", CLEAN)).containsExactly("annualGoals.expectedGoals[0] PASS",
        "annualGoals.expectedGoals[1] PASS", "annualGoals.expectedGoals[2] PASS");
  }

  @Test
  void dwG01_seedGoal6RepeatsGoal5_failsOnTheLaterOne() {
    assertThat(outcomes("DW-G-01", seedGoalsAndTasks())).filteredOn(s -> !s.endsWith(" PASS"))
        .containsExactly("annualGoals.expectedGoals[5] FAIL");
  }

  @Test
  void dwG01_fullWidthAndSpacesNormalised() {
    DepartmentSelfEvaluation f = CLEAN.withAnnualGoals(new AnnualGoals(List.of(Goal.of(1, "推进 ABC 改革"),
        Goal.of(2, "推进ＡＢＣ改革；")), null));
    assertThat(outcomes("DW-G-01", f)).containsExactly("annualGoals.expectedGoals[0] PASS",
        "annualGoals.expectedGoals[1] FAIL");
  }

  @Test
  void dwG01_punctuationOnlyGoal_indeterminate_noGoals_notApplicable() {
    DepartmentSelfEvaluation f = CLEAN.withAnnualGoals(new AnnualGoals(List.of(Goal.of(1, "。")), null));
    assertThat(outcomes("DW-G-01", f)).containsExactly("annualGoals.expectedGoals[0] INDETERMINATE UNPARSEABLE_VALUE");
    assertThat(outcomes("DW-G-01", CLEAN.withAnnualGoals(AnnualGoals.empty())))
        .containsExactly("annualGoals.expectedGoals NOT_APPLICABLE MISSING_FIGURE");
  }

  /**
   * DW-G-01 against its definition, pair by pair: a goal fails when an earlier one is the same once normalised (the
   * first such is named), is indeterminate when nothing significant is left; lists of 1 to 90 goals, so that both
   * the short-list path (ends keys) and the long-list path (hashes) are taken.
   */
  @Test
  void property_dwG01AgreesWithPairwiseComparison() {
    long seed = Long.getLong("jixiao.seed", 20211231L);
    String alphabet = "党建ＡＢab，。. \u3000";
    int failures = 0;
    for (int c = 0; c < 10_000; c++) {
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed + c);
      int n = 1 + (r.nextInt(10) == 0 ? r.nextInt(90) : r.nextInt(8));
      List<Goal> goals = new java.util.ArrayList<>();
      List<String> expected = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        String text = i > 0 && r.nextInt(3) == 0
            ? TextMatchTest.respaced(r, goals.get(r.nextInt(i)).text())
            : TextMatchTest.random(r, alphabet, 1 + r.nextInt(5));
        goals.add(Goal.of(i + 1, text));
        String at = "annualGoals.expectedGoals[" + i + "] ";
        if (PairwiseMatch.normalizedLength(text) == 0) {
          expected.add(at + "INDETERMINATE UNPARSEABLE_VALUE");
          continue;
        }
        int dup = -1;
        for (int j = 0; j < i && dup < 0; j++) {
          if (PairwiseMatch.normalizedLength(goals.get(j).text()) > 0
              && TextMatch.sameNormalized(goals.get(j).text(), text)) {
            dup = j;
          }
        }
        expected.add(at + (dup < 0 ? "PASS" : "FAIL " + dup));
        failures += dup < 0 ? 0 : 1;
      }
      DepartmentSelfEvaluation f = CLEAN.withAnnualGoals(new AnnualGoals(goals, null));
      List<String> actual = TestForms.audit("DW-G-01", f).findings().stream()
          .map(x -> x.path() + " " + x.outcome() + (x.reason() != null ? " " + x.reason()
              : x.outcome() == io.github.jixiao.rules.Outcome.FAIL
                  ? " " + x.inputs().keySet().iterator().next().replaceAll(".*\\[(\\d+)]", "$1") : ""))
          .toList();
      assertThat(actual).as("seed %d: %s", seed + c, goals).isEqualTo(expected);
    }
    assertThat(failures).as("duplicates generated").isGreaterThan(5_000);
  }

  //----- DW-G-02 -----
  @Test
  void dwG02_tasksMatchingGoals_pass() {
    assertThat(outcomes("DW-G-02", CLEAN)).allMatch(s -> s.endsWith(" PASS")).hasSize(3);
  }

  @Test
  void dwG02_seed_task4MatchesNoGoal_task3MatchesByClauses() {
    assertThat(outcomes("DW-G-02", seedGoalsAndTasks())).containsExactly("mainTasks[0].expectedGoal PASS",
        "mainTasks[1].expectedGoal PASS", "mainTasks[2].expectedGoal PASS", "mainTasks[3].expectedGoal FAIL");
  }

  @Test
  void dwG02_noGoals_indeterminate() {
    assertThat(outcomes("DW-G-02", CLEAN.withAnnualGoals(AnnualGoals.empty())))
        .allMatch(s -> s.endsWith("INDETERMINATE MISSING_FIGURE")).hasSize(3);
  }

  @Test
  void dwG02_similarityThresholdFromProfile() {
    DepartmentSelfEvaluation f = CLEAN.withMainTasks(List.of(CLEAN.mainTasks().get(0).withExpectedGoal("加强党建")));
    assertThat(outcomes("DW-G-02", f)).containsExactly("mainTasks[0].expectedGoal PASS");
    AuditProfile strict = AuditProfile.national().toBuilder().goalMatchSimilarity(0.95).build();
    AuditResult r = RuleSet.builder(DepartmentSelfEvaluation.class).add(DepartmentRules.rule("DW-G-02"))
        .profile(strict).build().audit(f);
    assertThat(r.failures()).hasSize(1);
  }

  //----- DW-G-03 -----
  @Test
  void dwG03_coveredGoals_pass() {
    assertThat(outcomes("DW-G-03", CLEAN)).allMatch(s -> s.endsWith(" PASS")).hasSize(3);
  }

  @Test
  void dwG03_seed_goals5to7_uncovered() {
    assertThat(outcomes("DW-G-03", seedGoalsAndTasks())).filteredOn(s -> !s.endsWith(" PASS")).containsExactly(
        "annualGoals.expectedGoals[4] FAIL", "annualGoals.expectedGoals[5] FAIL", "annualGoals.expectedGoals[6] FAIL");
  }

  @Test
  void dwG03_noTasks_indeterminate() {
    assertThat(outcomes("DW-G-03", CLEAN.withMainTasks(List.of())))
        .allMatch(s -> s.endsWith("INDETERMINATE MISSING_FIGURE")).hasSize(3);
  }
}

package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Goal;
import io.github.jixiao.core.MainTask;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GoalMatchingTest {
  private static final double THRESHOLD = AuditProfile.national().goalMatchSimilarity();

  @Test
  void sampleGoalsAndTasks_matchAsTheSpecificationSays() {
    List<Goal> goals = goals("思想引领，推进“两个健康”发展", "推进换届，畅通政治参与渠道", "突出重点，企业服务提质升级",
        "围绕重点，商会管理出新出彩", "强化担当，致力倡导公益慈善", "强化担当，致力倡导公益慈善。", "积极做好统筹兼顾，配合落实各项工作");
    List<MainTask> tasks = tasks("思想引领，推进“两个健康”发展", "推进换届，畅通政治参与渠道", "企业服务提质升级，商会管理出新出彩",
        "提升党建工作水平");

    GoalMatching m = GoalMatching.compute(goals, tasks, THRESHOLD);

    assertThat(m.taskMatched).containsExactly(true, true, true, false);
    assertThat(m.goalCovered).containsExactly(true, true, true, true, false, false, false);
  }

  @Test
  void veryLongTexts_areMatched_andTheBuffersServeTheNextFormAfterwards() {
    String paragraph = "企业服务提质升级，商会管理出新出彩。".repeat(5_000);
    List<Goal> goals = goals(paragraph, "提升党建工作水平");
    List<MainTask> tasks = tasks("企业服务提质升级", paragraph + "推进换届");

    GoalMatching m = GoalMatching.compute(goals, tasks, THRESHOLD);

    assertThat(m.taskMatched).containsExactly(true, true);
    assertThat(m.goalCovered).containsExactly(true, false);
    GoalMatching next = GoalMatching.compute(goals("推进换届，畅通政治参与渠道"), tasks("推进换届"), THRESHOLD);
    assertThat(next.taskMatched).containsExactly(true);
  }

  @Test
  void oneEqualClause_matches_oneSharedBigram_doesNot() {
    GoalMatching m = GoalMatching.compute(goals("围绕重点，商会管理出新出彩", "积极做好统筹兼顾，配合落实各项工作"),
        tasks("企业服务提质升级，商会管理出新出彩", "提升党建工作水平"), THRESHOLD);

    assertThat(m.taskMatched).containsExactly(true, false);
    assertThat(m.goalCovered).containsExactly(true, false);
  }

  @Test
  void emptyLists_matchNothing() {
    GoalMatching m = GoalMatching.compute(goals("推进换届"), List.of(), THRESHOLD);
    assertThat(m.goalCovered).containsExactly(false);
    assertThat(m.taskMatched).isEmpty();
  }

  @Test
  void secondRuleOfAnAudit_reusesTheAnswer_unlessTheListsOrThresholdDiffer() {
    List<Goal> goals = goals("推进换届，畅通政治参与渠道");
    List<MainTask> tasks = tasks("推进换届");
    AuditContext ctx = new AuditContext(AuditProfile.national(), 8, new int[0]);

    GoalMatching first = GoalMatching.of(goals, tasks, THRESHOLD, ctx);

    assertThat(GoalMatching.of(goals, tasks, THRESHOLD, ctx)).isSameAs(first);
    assertThat(GoalMatching.of(goals, tasks("推进换届"), THRESHOLD, ctx)).isNotSameAs(first);
    assertThat(GoalMatching.of(goals, tasks, 0.9, ctx).isFor(goals, tasks, 0.9)).isTrue();
  }

  /**
   * The prepared computation decides every pair as {@link PairwiseMatch#matches} does, on random lists of texts made of
   * clauses, punctuation, white space and full-width letters, short and long, at random thresholds.
   */
  @Test
  void property_sameRelationAsPairwiseTextMatch() {
    long seed = Long.getLong("jixiao.seed", 20211231L);
    String alphabet = "党建工作商会企业服务提质升级管理出新出彩重点推进ＡＢab，。；、.. \u3000";
    int[] seen = new int[2];
    for (int n = 0; n < 10_000; n++) {
      SplittableRandom r = new SplittableRandom(seed + n);
      double threshold = r.nextInt(4) == 0 ? THRESHOLD : r.nextInt(101) / 100.0;
      int maxLength = r.nextInt(10) == 0 ? 200 : 24;
      List<Goal> goals = new ArrayList<>();
      for (int g = r.nextInt(8); g >= 0; g--) {
        goals.add(Goal.of(goals.size() + 1, text(r, alphabet, maxLength)));
      }
      List<MainTask> tasks = new ArrayList<>();
      for (int t = r.nextInt(7); t >= 0; t--) {
        tasks.add(new MainTask(tasks.size() + 1, text(r, alphabet, maxLength), null, List.of(), null));
      }

      GoalMatching m = GoalMatching.compute(goals, tasks, threshold);

      for (int i = 0; i < tasks.size(); i++) {
        boolean any = false;
        for (Goal goal : goals) {
          any |= PairwiseMatch.matches(tasks.get(i).expectedGoal(), goal.text(), threshold);
        }
        assertThat(m.taskMatched[i]).as("seed %d, task %d", seed + n, i).isEqualTo(any);
        seen[any ? 1 : 0]++;
      }
      for (int g = 0; g < goals.size(); g++) {
        boolean any = false;
        for (MainTask task : tasks) {
          any |= PairwiseMatch.matches(task.expectedGoal(), goals.get(g).text(), threshold);
        }
        assertThat(m.goalCovered[g]).as("seed %d, goal %d", seed + n, g).isEqualTo(any);
      }
    }
    assertThat(seen[0]).as("unmatched tasks generated").isGreaterThan(1_000);
    assertThat(seen[1]).as("matched tasks generated").isGreaterThan(1_000);
  }

  private static String text(SplittableRandom r, String alphabet, int maxLength) {
    String s = TextMatchTest.random(r, alphabet, 1 + r.nextInt(maxLength));
    return s.isBlank() ? "推" + s : s;
  }

  private static List<Goal> goals(String... texts) {
    List<Goal> goals = new ArrayList<>();
    for (String t : texts) {
      goals.add(Goal.of(goals.size() + 1, t));
    }
    return goals;
  }

  private static List<MainTask> tasks(String... texts) {
    List<MainTask> tasks = new ArrayList<>();
    for (String t : texts) {
      tasks.add(new MainTask(tasks.size() + 1, t, null, List.of(), null));
    }
    return tasks;
  }
}

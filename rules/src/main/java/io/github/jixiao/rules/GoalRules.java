package io.github.jixiao.rules;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.MainTask;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The goal rules of the department form, DW-G-01 to DW-G-03 (domain specification §6.2). */
final class GoalRules {
  private GoalRules() {}

  /** DW-G-01: goals are unique after normalisation (white space, full-width forms, trailing punctuation). */
  static final class UniqueGoals extends CatalogueRule<DepartmentSelfEvaluation> {
    /**
     * Up to this many goals, each is compared with the earlier ones whose first and last characters agree (read
     * without scanning the text); above it, with those of equal normalised hash (one scan of each text), so that the
     * comparisons stay linear in long lists.
     */
    static final int PAIRWISE = 64;

    UniqueGoals() {
      super(RuleInfo.of("DW-G-01", Severity.WARNING,
          "Domain spec §6.2, anomaly A4: goal 6 repeats goal 5 with a trailing 。 [I]",
          Evidence.INFERRED, "department", "goals"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<Goal> goals = form.annualGoals().expectedGoals();
      if (goals.isEmpty()) {
        ctx.notApplicable(Paths.EXPECTED_GOALS, Reason.MISSING_FIGURE);
        return;
      }
      boolean few = goals.size() <= PAIRWISE;
      int[] keys = new int[goals.size()];
      for (int i = 0; i < goals.size(); i++) {
        FindingPath at = Paths.EXPECTED_GOALS.index(i);
        String text = goals.get(i).text();
        int key;
        if (few) {
          key = TextMatch.endsKey(text);
          if (key == 0) {
            ctx.indeterminate(at, Reason.UNPARSEABLE_VALUE).reported(text);
            continue;
          }
        } else {
          long k = TextMatch.normalizedKey(text);
          if ((k >>> 32) == 0) {
            ctx.indeterminate(at, Reason.UNPARSEABLE_VALUE).reported(text);
            continue;
          }
          key = (int) k;
        }
        keys[i] = key;
        int dup = -1;
        for (int j = 0; j < i && dup < 0; j++) {
          if (keys[j] == key && TextMatch.sameNormalized(goals.get(j).text(), text)) {
            dup = j;
          }
        }
        if (dup < 0) {
          ctx.pass(at);
        } else {
          FindingPath other = Paths.EXPECTED_GOALS.index(dup);
          ctx.fail(at).reported(text).input(other, goals.get(dup).text())
              .message("DW-G-01.fail", goals.get(i).number(), goals.get(dup).number(), text);
        }
      }
    }
  }

  /** DW-G-02: every task's expected goal maps to at least one goal (exact, clause or similarity match). */
  static final class TaskMatchesGoal extends CatalogueRule<DepartmentSelfEvaluation> {
    TaskMatchesGoal() {
      super(RuleInfo.of("DW-G-02", Severity.WARNING,
          "Domain spec §6.2, anomaly A5: tasks should implement the stated goals; similarity threshold in the "
              + "profile [I]",
          Evidence.INFERRED, "department", "goals", "tasks"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<Goal> goals = form.annualGoals().expectedGoals();
      List<MainTask> tasks = form.mainTasks();
      double threshold = ctx.profile().goalMatchSimilarity();
      @Nullable GoalMatching matching = null;
      for (int i = 0; i < tasks.size(); i++) {
        FindingPath at = Paths.task(i, "expectedGoal");
        String expected = tasks.get(i).expectedGoal();
        if (goals.isEmpty()) {
          ctx.indeterminate(at, Reason.MISSING_FIGURE).input(Paths.EXPECTED_GOALS, null);
          continue;
        }
        if (matching == null) {
          matching = GoalMatching.of(goals, tasks, threshold, ctx);
        }
        if (matching.taskMatched[i]) {
          ctx.pass(at);
        } else {
          ctx.fail(at).reported(expected).expected(Bound.similarityAtLeast(threshold)).input("goals", goals.size())
              .message("DW-G-02.fail", tasks.get(i).index(), expected);
        }
      }
    }
  }

  /** DW-G-03: every goal is covered by at least one task. */
  static final class GoalCoveredByTask extends CatalogueRule<DepartmentSelfEvaluation> {
    GoalCoveredByTask() {
      super(RuleInfo.of("DW-G-03", Severity.INFO,
          "Domain spec §6.2, anomaly A5: goals 5, 6 and 7 of the sample have no task [I]",
          Evidence.INFERRED, "department", "goals", "tasks"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<Goal> goals = form.annualGoals().expectedGoals();
      List<MainTask> tasks = form.mainTasks();
      double threshold = ctx.profile().goalMatchSimilarity();
      @Nullable GoalMatching matching = null;
      for (int j = 0; j < goals.size(); j++) {
        FindingPath at = Paths.EXPECTED_GOALS.index(j);
        String goal = goals.get(j).text();
        if (tasks.isEmpty()) {
          ctx.indeterminate(at, Reason.MISSING_FIGURE).input(Paths.MAIN_TASKS, null);
          continue;
        }
        if (matching == null) {
          matching = GoalMatching.of(goals, tasks, threshold, ctx);
        }
        if (matching.goalCovered[j]) {
          ctx.pass(at);
        } else {
          ctx.fail(at).reported(goal).message("DW-G-03.fail", goals.get(j).number(), goal);
        }
      }
    }
  }

  static List<Rule<DepartmentSelfEvaluation>> all() {
    return List.of(new UniqueGoals(), new TaskMatchesGoal(), new GoalCoveredByTask());
  }
}

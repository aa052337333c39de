package io.github.jixiao.rules;

/** Paths of the department form used by the catalogue, built once. */
final class Paths {
  static final FindingPath ROOT = FindingPath.root();
  static final FindingPath FUNDS = ROOT.property("funds");
  static final FindingPath INITIAL_BUDGET_REVENUE = FUNDS.property("initialBudgetRevenue");
  static final FindingPath ADJUSTED_BUDGET_REVENUE = FUNDS.property("adjustedBudgetRevenue");
  static final FindingPath ANNUAL_ADJUSTED_BUDGET = FUNDS.property("annualAdjustedBudget");
  static final FindingPath ACTUAL_EXPENDITURE = FUNDS.property("actualExpenditure");
  static final FindingPath GENERAL_PUBLIC_BUDGET_PORTION = FUNDS.property("generalPublicBudgetPortion");
  static final FindingPath GOVERNMENT_FUND_BUDGET_PORTION = FUNDS.property("governmentFundBudgetPortion");
  static final FindingPath STATE_CAPITAL_OPERATION_BUDGET_PORTION =
      FUNDS.property("stateCapitalOperationBudgetPortion");
  static final FindingPath OTHER_PORTION = FUNDS.property("otherPortion");
  static final FindingPath BUDGET_COMPLETION_RATE = FUNDS.property("budgetCompletionRate");
  static final FindingPath BUDGET_ADJUSTMENT_RATE = FUNDS.property("budgetAdjustmentRate");
  static final FindingPath BUDGET_COMPLETION_EXPLANATION = FUNDS.property("budgetCompletionExplanation");
  static final FindingPath BUDGET_ADJUSTMENT_EXPLANATION = FUNDS.property("budgetAdjustmentExplanation");
  static final FindingPath TOTAL_FUNDS = FUNDS.property("totalFunds");
  static final FindingPath BASIC_EXPENDITURE = FUNDS.property("basicExpenditure");
  static final FindingPath PROJECT_EXPENDITURE = FUNDS.property("projectExpenditure");
  static final FindingPath OTHER_EXPENDITURE = FUNDS.property("otherExpenditure");

  static final FindingPath ANNUAL_GOALS = ROOT.property("annualGoals");
  static final FindingPath EXPECTED_GOALS = ANNUAL_GOALS.property("expectedGoals");
  static final FindingPath GOAL_COMPLETION_NARRATIVE = ANNUAL_GOALS.property("goalCompletionNarrative");

  static final FindingPath MAIN_TASKS = ROOT.property("mainTasks");
  static final FindingPath KEY_PROJECTS = ROOT.property("keyProjects");
  static final FindingPath OVERALL_PERFORMANCE_NARRATIVE = ROOT.property("overallPerformanceNarrative");
  static final FindingPath PROBLEMS = ROOT.property("problems");
  static final FindingPath IMPROVEMENT_MEASURES = ROOT.property("improvementMeasures");
  static final FindingPath IRREGULARITIES = ROOT.property("irregularities");

  /** How many tasks and key projects have their list nodes resolved ahead (the rules ask for them per row). */
  private static final int RESOLVED = 32;
  private static final FindingPath[] TASK_KEY_INDICATORS = resolve(MAIN_TASKS, "keyIndicators");
  private static final FindingPath[] KEY_PROJECT_INDICATORS = resolve(KEY_PROJECTS, "indicators");
  private static final FindingPath[] KEY_PROJECT_TOTALS = resolve(KEY_PROJECTS, "funds", "total");

  private Paths() {}

  private static FindingPath[] resolve(FindingPath list, String... properties) {
    FindingPath[] paths = new FindingPath[RESOLVED];
    for (int i = 0; i < RESOLVED; i++) {
      paths[i] = below(list.index(i), properties);
    }
    return paths;
  }

  private static FindingPath below(FindingPath p, String... properties) {
    for (String property : properties) {
      p = p.property(property);
    }
    return p;
  }

  static FindingPath task(int i, String property) {
    return MAIN_TASKS.index(i).property(property);
  }

  static FindingPath keyIndicator(int task, int indicator, String property) {
    FindingPath list = task < RESOLVED ? TASK_KEY_INDICATORS[task] : below(MAIN_TASKS.index(task), "keyIndicators");
    return list.index(indicator).property(property);
  }

  /** {@code keyProjects[i].funds.total.<column>}. */
  static FindingPath keyProjectTotal(int project, String column) {
    FindingPath total = project < RESOLVED ? KEY_PROJECT_TOTALS[project]
        : below(KEY_PROJECTS.index(project), "funds", "total");
    return total.property(column);
  }

  static FindingPath keyProjectIndicator(int project, int indicator, String property) {
    FindingPath list = project < RESOLVED ? KEY_PROJECT_INDICATORS[project]
        : below(KEY_PROJECTS.index(project), "indicators");
    return list.index(indicator).property(property);
  }
}

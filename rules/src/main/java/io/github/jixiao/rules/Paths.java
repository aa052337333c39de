package io.github.jixiao.rules;

import org.jspecify.annotations.Nullable;

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

  /** The columns of a fund row, in the order {@link #fundCell} numbers them. */
  static final String[] FUND_COLUMNS = {"initialBudget", "annualBudget", "executed"};
  /** The fund rows of a key project, in the order {@link #keyProjectFundCell} numbers them. */
  static final String[] PROJECT_FUND_ROWS = {"total", "currentYearAppropriation", "priorYearCarryover",
      "fiscalFunds", "fiscalSpecialAccountFunds", "unitOwnFunds", "otherFunds"};

  /** {@code funds.totalFunds.<column>} … {@code funds.otherExpenditure.<column>}, per {@link #FUND_COLUMNS}. */
  static final FindingPath[] TOTAL_FUNDS_CELLS = cells(TOTAL_FUNDS);
  static final FindingPath[] BASIC_EXPENDITURE_CELLS = cells(BASIC_EXPENDITURE);
  static final FindingPath[] PROJECT_EXPENDITURE_CELLS = cells(PROJECT_EXPENDITURE);
  static final FindingPath[] OTHER_EXPENDITURE_CELLS = cells(OTHER_EXPENDITURE);

  private static final Table TASK_AMOUNT = new Table(Integer.MAX_VALUE) {
    @Override
    FindingPath path(int group, int task) {
      return MAIN_TASKS.index(task).property("amount");
    }
  };
  private static final Table TASK_EXPECTED_GOAL = new Table(Integer.MAX_VALUE) {
    @Override
    FindingPath path(int group, int task) {
      return MAIN_TASKS.index(task).property("expectedGoal");
    }
  };
  private static final Table KEY_INDICATOR_COMPLETION = new Table(Integer.MAX_VALUE) {
    @Override
    FindingPath path(int task, int indicator) {
      return keyIndicators(task).index(indicator).property("completion");
    }
  };
  private static final Table KEY_INDICATOR_TARGET = new Table(Integer.MAX_VALUE) {
    @Override
    FindingPath path(int task, int indicator) {
      return keyIndicators(task).index(indicator).property("target");
    }
  };
  private static final Table KEY_PROJECT_FUND_CELLS = new Table(PROJECT_FUND_ROWS.length * FUND_COLUMNS.length) {
    @Override
    FindingPath path(int project, int cell) {
      return KEY_PROJECTS.index(project).property("funds").property(PROJECT_FUND_ROWS[cell / FUND_COLUMNS.length])
          .property(FUND_COLUMNS[cell % FUND_COLUMNS.length]);
    }
  };

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

  private static FindingPath[] cells(FindingPath row) {
    FindingPath[] cells = new FindingPath[FUND_COLUMNS.length];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = row.property(FUND_COLUMNS[c]);
    }
    return cells;
  }

  private static FindingPath keyIndicators(int task) {
    return task < RESOLVED ? TASK_KEY_INDICATORS[task] : below(MAIN_TASKS.index(task), "keyIndicators");
  }

  /** {@code mainTasks[i].amount}. */
  static FindingPath taskAmount(int i) {
    return TASK_AMOUNT.get(0, i);
  }

  /** {@code mainTasks[i].expectedGoal}. */
  static FindingPath taskExpectedGoal(int i) {
    return TASK_EXPECTED_GOAL.get(0, i);
  }

  /** {@code mainTasks[i].keyIndicators}. */
  static FindingPath taskKeyIndicators(int i) {
    return keyIndicators(i);
  }

  /** {@code mainTasks[task].keyIndicators[indicator].completion}. */
  static FindingPath keyIndicatorCompletion(int task, int indicator) {
    return KEY_INDICATOR_COMPLETION.get(task, indicator);
  }

  /** {@code mainTasks[task].keyIndicators[indicator].target}. */
  static FindingPath keyIndicatorTarget(int task, int indicator) {
    return KEY_INDICATOR_TARGET.get(task, indicator);
  }

  /**
   * {@code keyProjects[project].funds.<row>.<column>}, the cell numbered {@code row * 3 + column} after
   * {@link #PROJECT_FUND_ROWS} and {@link #FUND_COLUMNS}.
   */
  static FindingPath keyProjectFundCell(int project, int cell) {
    return KEY_PROJECT_FUND_CELLS.get(project, cell);
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

  /**
   * Paths numbered by a group (a task, a project) and an item within it (a row, a cell), kept once asked for, so
   * that a rule reaching a row's cell takes it from an array rather than looking it up by name on every audit.
   *
   * <p>Per group, the paths of the first items are built together, at least {@link #MIN_BLOCK} and at most
   * {@link #MAX_ITEMS}, and published through the final field of a new {@link Block}: a thread sees a block whole or
   * not at all, and threads racing to build one build equal blocks. A group or an item past the kept range is built
   * on each call.
   */
  abstract static class Table {
    private static final int MIN_BLOCK = 8;
    private static final int MAX_ITEMS = 64;

    private final int items;
    private final @Nullable Block[] blocks = new Block[RESOLVED];

    /** @param items how many items a group has at most (paths are built only for those) */
    Table(int items) {
      this.items = items;
    }

    /** Builds the path of an item of a group. */
    abstract FindingPath path(int group, int item);

    final FindingPath get(int group, int item) {
      if (group < RESOLVED && item < MAX_ITEMS) {
        Block b = blocks[group];
        if (b != null && item < b.paths.length) {
          return b.paths[item];
        }
        int n = Math.min(items, Math.max(MIN_BLOCK, Integer.highestOneBit(item) << 1));
        if (item < n) {
          FindingPath[] paths = new FindingPath[n];
          for (int k = 0; k < n; k++) {
            paths[k] = path(group, k);
          }
          blocks[group] = new Block(paths);
          return paths[item];
        }
      }
      return path(group, item);
    }
  }

  /** The paths of one group of a {@link Table}, never changed once built. */
  private static final class Block {
    final FindingPath[] paths;

    Block(FindingPath[] paths) {
      this.paths = paths;
    }
  }
}

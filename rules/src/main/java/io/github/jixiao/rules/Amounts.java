package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentFunds;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Visits every printed amount of a department form, in a fixed order, without allocating. */
final class Amounts {
  /** Receives one printed amount. */
  interface Visitor {
    void visit(FindingPath path, Amount amount, DepartmentSelfEvaluation form, AuditContext ctx);
  }

  private Amounts() {}

  static void visit(DepartmentSelfEvaluation form, AuditContext ctx, Visitor v) {
    DepartmentFunds f = form.funds();
    one(Paths.INITIAL_BUDGET_REVENUE, f.initialBudgetRevenue(), form, ctx, v);
    one(Paths.ADJUSTED_BUDGET_REVENUE, f.adjustedBudgetRevenue(), form, ctx, v);
    one(Paths.ANNUAL_ADJUSTED_BUDGET, f.annualAdjustedBudget(), form, ctx, v);
    one(Paths.ACTUAL_EXPENDITURE, f.actualExpenditure(), form, ctx, v);
    one(Paths.GENERAL_PUBLIC_BUDGET_PORTION, f.generalPublicBudgetPortion(), form, ctx, v);
    one(Paths.GOVERNMENT_FUND_BUDGET_PORTION, f.governmentFundBudgetPortion(), form, ctx, v);
    one(Paths.STATE_CAPITAL_OPERATION_BUDGET_PORTION, f.stateCapitalOperationBudgetPortion(), form, ctx, v);
    one(Paths.OTHER_PORTION, f.otherPortion(), form, ctx, v);
    row(Paths.TOTAL_FUNDS_CELLS, f.totalFunds(), form, ctx, v);
    row(Paths.BASIC_EXPENDITURE_CELLS, f.basicExpenditure(), form, ctx, v);
    row(Paths.PROJECT_EXPENDITURE_CELLS, f.projectExpenditure(), form, ctx, v);
    row(Paths.OTHER_EXPENDITURE_CELLS, f.otherExpenditure(), form, ctx, v);
    List<MainTask> tasks = form.mainTasks();
    for (int i = 0; i < tasks.size(); i++) {
      Amount amount = tasks.get(i).amount();
      if (amount != null) {
        v.visit(Paths.taskAmount(i), amount, form, ctx);
      }
    }
    List<ProjectSelfEvaluation> projects = form.keyProjects();
    for (int i = 0; i < projects.size(); i++) {
      ProjectFunds pf = projects.get(i).funds();
      // the rows in the order of Paths.PROJECT_FUND_ROWS
      projectRow(i, 0, pf.total(), form, ctx, v);
      projectRow(i, 1, pf.currentYearAppropriation(), form, ctx, v);
      projectRow(i, 2, pf.priorYearCarryover(), form, ctx, v);
      projectRow(i, 3, pf.fiscalFunds(), form, ctx, v);
      projectRow(i, 4, pf.fiscalSpecialAccountFunds(), form, ctx, v);
      projectRow(i, 5, pf.unitOwnFunds(), form, ctx, v);
      projectRow(i, 6, pf.otherFunds(), form, ctx, v);
    }
  }

  /** A department fund row, its cells' paths in the order of {@link Paths#FUND_COLUMNS}. */
  private static void row(FindingPath[] cells, @Nullable FundRow row, DepartmentSelfEvaluation form,
      AuditContext ctx, Visitor v) {
    if (row != null) {
      one(cells[0], row.initialBudget(), form, ctx, v);
      one(cells[1], row.annualBudget(), form, ctx, v);
      one(cells[2], row.executed(), form, ctx, v);
    }
  }

  /** Row {@code r} of a key project's funds; a cell's path is taken only when its amount is printed. */
  private static void projectRow(int project, int r, @Nullable FundRow row, DepartmentSelfEvaluation form,
      AuditContext ctx, Visitor v) {
    if (row != null) {
      int cell = r * Paths.FUND_COLUMNS.length;
      cell(project, cell, row.initialBudget(), form, ctx, v);
      cell(project, cell + 1, row.annualBudget(), form, ctx, v);
      cell(project, cell + 2, row.executed(), form, ctx, v);
    }
  }

  private static void cell(int project, int cell, @Nullable Amount amount, DepartmentSelfEvaluation form,
      AuditContext ctx, Visitor v) {
    if (amount != null) {
      v.visit(Paths.keyProjectFundCell(project, cell), amount, form, ctx);
    }
  }

  private static void one(FindingPath path, @Nullable Amount amount, DepartmentSelfEvaluation form,
      AuditContext ctx, Visitor v) {
    if (amount != null) {
      v.visit(path, amount, form, ctx);
    }
  }
}

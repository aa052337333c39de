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
    row(Paths.TOTAL_FUNDS, f.totalFunds(), form, ctx, v);
    row(Paths.BASIC_EXPENDITURE, f.basicExpenditure(), form, ctx, v);
    row(Paths.PROJECT_EXPENDITURE, f.projectExpenditure(), form, ctx, v);
    row(Paths.OTHER_EXPENDITURE, f.otherExpenditure(), form, ctx, v);
    List<MainTask> tasks = form.mainTasks();
    for (int i = 0; i < tasks.size(); i++) {
      one(Paths.task(i, "amount"), tasks.get(i).amount(), form, ctx, v);
    }
    List<ProjectSelfEvaluation> projects = form.keyProjects();
    for (int i = 0; i < projects.size(); i++) {
      ProjectFunds pf = projects.get(i).funds();
      FindingPath base = Paths.KEY_PROJECTS.index(i).property("funds");
      row(base.property("total"), pf.total(), form, ctx, v);
      row(base.property("currentYearAppropriation"), pf.currentYearAppropriation(), form, ctx, v);
      row(base.property("priorYearCarryover"), pf.priorYearCarryover(), form, ctx, v);
      row(base.property("fiscalFunds"), pf.fiscalFunds(), form, ctx, v);
      row(base.property("fiscalSpecialAccountFunds"), pf.fiscalSpecialAccountFunds(), form, ctx, v);
      row(base.property("unitOwnFunds"), pf.unitOwnFunds(), form, ctx, v);
      row(base.property("otherFunds"), pf.otherFunds(), form, ctx, v);
    }
  }

  private static void row(FindingPath path, @Nullable FundRow row, DepartmentSelfEvaluation form, AuditContext ctx,
      Visitor v) {
    if (row != null) {
      column(path, "initialBudget", row.initialBudget(), form, ctx, v);
      column(path, "annualBudget", row.annualBudget(), form, ctx, v);
      column(path, "executed", row.executed(), form, ctx, v);
    }
  }

  /** The column's path is looked up only when the amount is printed. */
  private static void column(FindingPath row, String column, @Nullable Amount amount, DepartmentSelfEvaluation form,
      AuditContext ctx, Visitor v) {
    if (amount != null) {
      v.visit(row.property(column), amount, form, ctx);
    }
  }

  private static void one(FindingPath path, @Nullable Amount amount, DepartmentSelfEvaluation form,
      AuditContext ctx, Visitor v) {
    if (amount != null) {
      v.visit(path, amount, form, ctx);
    }
  }
}

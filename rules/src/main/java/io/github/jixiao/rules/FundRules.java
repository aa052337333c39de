package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentFunds;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The fund rules of the department form, DW-F-01 to DW-F-09 (domain specification §6.2). */
final class FundRules {
  private FundRules() {}

  static final String[] TAGS = {"department", "funds"};

  //-----------------------------------------------------------------------
  /** DW-F-01 [I]: 预算完成率 ≈ 实际支出数 / 年度预算调整数, §6.1 interval. */
  static final class CompletionRate extends CatalogueRule<DepartmentSelfEvaluation> {
    CompletionRate() {
      super(RuleInfo.of("DW-F-01", Severity.ERROR,
          "Domain spec §4.1: seed-consistent formula 实际支出数 / 年度预算调整数 [I]; 财预〔2013〕53号 预算完成率 = "
              + "预算完成数 / 预算数 [R]",
          Evidence.INFERRED, "department", "funds", "arithmetic"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      DepartmentFunds f = form.funds();
      Checks.ratio(ctx, Paths.BUDGET_COMPLETION_RATE, f.budgetCompletionRate(),
          Paths.ACTUAL_EXPENDITURE, f.actualExpenditure(), Paths.ANNUAL_ADJUSTED_BUDGET, f.annualAdjustedBudget());
    }
  }

  /** DW-F-02 [I]: 预算调整率 ≈ |年度预算调整数 − 部门年初预算收入| / 部门年初预算收入, corners of §6.1. */
  static final class AdjustmentRate extends CatalogueRule<DepartmentSelfEvaluation> {
    AdjustmentRate() {
      super(RuleInfo.of("DW-F-02", Severity.ERROR,
          "Domain spec §4.2: seed-consistent formula |年度预算调整数 − 部门年初预算收入| / 部门年初预算收入 [I]; "
              + "财预〔2013〕53号 预算调整率 = 预算调整数 / 预算数 [R]",
          Evidence.INFERRED, "department", "funds", "arithmetic"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      DepartmentFunds f = form.funds();
      Percentage printed = f.budgetAdjustmentRate();
      FindingPath at = Paths.BUDGET_ADJUSTMENT_RATE;
      if (printed == null) {
        ctx.notApplicable(at, Reason.MISSING_FIGURE).input(at, null);
        return;
      }
      Amount changed = f.annualAdjustedBudget();
      Amount base = f.initialBudgetRevenue();
      if (changed == null || base == null) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(printed)
            .input(Paths.ANNUAL_ADJUSTED_BUDGET, changed)
            .input(Paths.INITIAL_BUDGET_REVENUE, base);
        return;
      }
      if (changed.unit() != base.unit()) {
        Checks.unitMismatch(ctx, at, changed, base);
        return;
      }
      boolean ok;
      try {
        ok = Tolerance.acceptsRelativeChange(changed, base, printed);
      } catch (ArithmeticException e) {
        ctx.indeterminate(at, Reason.ZERO_DENOMINATOR).reported(printed)
            .input(Paths.INITIAL_BUDGET_REVENUE, base);
        return;
      }
      if (ok) {
        ctx.pass(at);
        return;
      }
      FindingDetails.Deferred accepted = Checks.accepted(changed, base, printed, true);
      ctx.fail(at).reported(printed).expected(accepted)
          .input(Paths.ANNUAL_ADJUSTED_BUDGET, changed)
          .input(Paths.INITIAL_BUDGET_REVENUE, base)
          .message("DW-F-02.fail", printed, accepted);
    }
  }

  /** DW-F-03 [I]: 部门调整预算收入 = 年度预算调整数 (both "the adjusted budget"), within printed precision. */
  static final class TwoAdjustedBudgets extends CatalogueRule<DepartmentSelfEvaluation> {
    TwoAdjustedBudgets() {
      super(RuleInfo.of("DW-F-03", Severity.WARNING,
          "Domain spec §6.2, anomaly A1: both lines are the adjusted budget; the rates reproduce only with 年度预算调整数 "
              + "[I]",
          Evidence.INFERRED, TAGS));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      DepartmentFunds f = form.funds();
      Amount a = f.adjustedBudgetRevenue();
      Amount b = f.annualAdjustedBudget();
      FindingPath at = Paths.ADJUSTED_BUDGET_REVENUE;
      if (a == null && b == null) {
        ctx.notApplicable(at, Reason.MISSING_FIGURE).input(at, null)
            .input(Paths.ANNUAL_ADJUSTED_BUDGET, null);
        return;
      }
      if (a == null || b == null) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(a).input(at, a)
            .input(Paths.ANNUAL_ADJUSTED_BUDGET, b);
        return;
      }
      if (a.unit() != b.unit()) {
        Checks.unitMismatch(ctx, at, a, b);
        return;
      }
      if (Tolerance.maybeEqual(a, b)) {
        ctx.pass(at);
        return;
      }
      Interval accepted = Interval.ofPrinted(b).widenedBy(a.halfUnit());
      ctx.fail(at).reported(a).expected(accepted)
          .input(Paths.ANNUAL_ADJUSTED_BUDGET, b)
          .message("DW-F-03.fail", a, b, b.value().subtract(a.value()));
    }
  }

  /** DW-F-04 [I]: each 其中 portion ≤ its parent, the largest of the three total lines. */
  static final class PortionWithinTotal extends CatalogueRule<DepartmentSelfEvaluation> {
    PortionWithinTotal() {
      super(RuleInfo.of("DW-F-04", Severity.ERROR,
          "Domain spec §6.2: 其中 cannot exceed its total; parent = max(部门调整预算收入, 年度预算调整数, 实际支出数) "
              + "(anomaly A2) [I]",
          Evidence.INFERRED, TAGS));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      DepartmentFunds f = form.funds();
      Amount parent = larger(larger(f.adjustedBudgetRevenue(), f.annualAdjustedBudget()), f.actualExpenditure());
      FindingPath parentPath = parent == null ? null : parent == f.adjustedBudgetRevenue()
          ? Paths.ADJUSTED_BUDGET_REVENUE : parent == f.annualAdjustedBudget() ? Paths.ANNUAL_ADJUSTED_BUDGET
          : Paths.ACTUAL_EXPENDITURE;
      Amount general = f.generalPublicBudgetPortion();
      if (general == null) {
        ctx.notApplicable(Paths.GENERAL_PUBLIC_BUDGET_PORTION, Reason.MISSING_FIGURE)
            .input(Paths.GENERAL_PUBLIC_BUDGET_PORTION, null);
      } else {
        one(ctx, Paths.GENERAL_PUBLIC_BUDGET_PORTION, general, parentPath, parent);
      }
      one(ctx, Paths.GOVERNMENT_FUND_BUDGET_PORTION, f.governmentFundBudgetPortion(), parentPath, parent);
      one(ctx, Paths.STATE_CAPITAL_OPERATION_BUDGET_PORTION, f.stateCapitalOperationBudgetPortion(), parentPath,
          parent);
      one(ctx, Paths.OTHER_PORTION, f.otherPortion(), parentPath, parent);
    }

    /** The larger of two printed figures (the first on a tie or a unit difference), null only if both are. */
    private static @Nullable Amount larger(@Nullable Amount a, @Nullable Amount b) {
      if (a == null) {
        return b;
      }
      if (b == null || b.unit() != a.unit()) {
        return a;
      }
      return b.compareTo(a) > 0 ? b : a;
    }

    private static void one(AuditContext ctx, FindingPath at, @Nullable Amount portion,
        @Nullable FindingPath parentPath, @Nullable Amount parent) {
      if (portion == null) {
        return;
      }
      if (parent == null || parentPath == null) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(portion)
            .input(Paths.ADJUSTED_BUDGET_REVENUE, null)
            .input(Paths.ANNUAL_ADJUSTED_BUDGET, null)
            .input(Paths.ACTUAL_EXPENDITURE, null);
        return;
      }
      Checks.atMost(ctx, at, portion, parentPath, parent, "DW-F-04.fail");
    }
  }

  /** DW-F-05 [I]: 实际支出数 ≤ 年度预算调整数 (completion above 100 % is overspending). */
  static final class NoOverspend extends CatalogueRule<DepartmentSelfEvaluation> {
    NoOverspend() {
      super(RuleInfo.of("DW-F-05", Severity.WARNING,
          "Domain spec §6.2: completion above 100 % is overspending [I]", Evidence.INFERRED, TAGS));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      DepartmentFunds f = form.funds();
      Amount actual = f.actualExpenditure();
      Amount budget = f.annualAdjustedBudget();
      FindingPath at = Paths.ACTUAL_EXPENDITURE;
      if (actual == null || budget == null) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(actual).input(at, actual)
            .input(Paths.ANNUAL_ADJUSTED_BUDGET, budget);
        return;
      }
      Checks.atMost(ctx, at, actual, Paths.ANNUAL_ADJUSTED_BUDGET, budget, "DW-F-05.fail");
    }
  }

  /** DW-F-06: every amount ≥ 0 and printed with at most 2 decimals. */
  static final class AmountsWellFormed extends CatalogueRule<DepartmentSelfEvaluation> implements Amounts.Visitor {
    AmountsWellFormed() {
      super(RuleInfo.of("DW-F-06", Severity.ERROR,
          "Domain spec §5, §6.2: amounts in 万元 carry 2 decimals in every form seen [V]; a negative budget or "
              + "expenditure line is impossible [I]",
          Evidence.INFERRED, "department", "funds", "amounts"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      Amounts.visit(form, ctx, this);
    }

    @Override
    public void visit(FindingPath path, Amount amount, DepartmentSelfEvaluation form, AuditContext ctx) {
      if (amount.isNegative()) {
        ctx.fail(path).reported(amount).expected("≥ 0").message("DW-F-06.negative", amount);
      } else if (amount.unit() != form.amountUnit()) {
        ctx.indeterminate(path, Reason.UNIT_MISMATCH).reported(amount).input("amountUnit", form.amountUnit());
      } else if (amount.scale() > 2) {
        ctx.fail(path).reported(amount).expected("≤ 2 decimals").message("DW-F-06.scale", amount, amount.scale());
      } else {
        ctx.pass(path);
      }
    }
  }

  /** DW-F-07 [I]: 预算完成率 below the profile threshold (90 %) → an explanation is expected. */
  static final class LowCompletionExplained extends CatalogueRule<DepartmentSelfEvaluation> {
    LowCompletionExplained() {
      super(RuleInfo.of("DW-F-07", Severity.INFO,
          "Sichuan 2023 project forms: execution rate < 90 % needs a reason [V], applied to the department by analogy "
              + "[I]; threshold in the profile",
          Evidence.INFERRED, "department", "funds", "explanation"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      DepartmentFunds f = form.funds();
      FindingPath at = Paths.BUDGET_COMPLETION_EXPLANATION;
      if (Checks.explains(f.budgetCompletionExplanation())) {
        ctx.pass(at);
        return;
      }
      BigDecimal threshold = ctx.profile().budgetCompletionThreshold();
      int below = Checks.belowThreshold(ctx, at, f.budgetCompletionRate(), Paths.BUDGET_COMPLETION_RATE,
          f.actualExpenditure(), Paths.ACTUAL_EXPENDITURE, f.annualAdjustedBudget(), Paths.ANNUAL_ADJUSTED_BUDGET,
          threshold);
      if (below < 0) {
        ctx.pass(at);
      } else if (below > 0) {
        FindingDetails.Deferred rate = Checks.rate(f.budgetCompletionRate(), f.actualExpenditure(),
            f.annualAdjustedBudget(), false);
        ctx.fail(at).reported(null).expected("explanation").input("rate", rate).input("threshold", threshold)
            .message("DW-F-07.fail", Checks.roundedOutward(rate, 2), threshold);
      }
    }
  }

  /** DW-F-08 [P]: 预算调整率 above the profile threshold (30 %) → an explanation is expected. */
  static final class LargeAdjustmentExplained extends CatalogueRule<DepartmentSelfEvaluation> {
    LargeAdjustmentExplained() {
      super(RuleInfo.of("DW-F-08", Severity.INFO,
          "Vendor fiscal performance system field 预算调整超30%原因说明 [P]; Sichuan: in-year adjustments must be "
              + "explained [V]; threshold in the profile",
          Evidence.PRACTICE, "department", "funds", "explanation"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      DepartmentFunds f = form.funds();
      FindingPath at = Paths.BUDGET_ADJUSTMENT_EXPLANATION;
      if (Checks.explains(f.budgetAdjustmentExplanation())) {
        ctx.pass(at);
        return;
      }
      Checks.aboveThreshold(ctx, at, f.budgetAdjustmentRate(), Paths.BUDGET_ADJUSTMENT_RATE,
          f.annualAdjustedBudget(), Paths.ANNUAL_ADJUSTED_BUDGET, f.initialBudgetRevenue(),
          Paths.INITIAL_BUDGET_REVENUE, ctx.profile().budgetAdjustmentThreshold(), "DW-F-08.fail");
    }
  }

  /** DW-F-09 [I]: three or more distinct fund lines printing the identical value suggest copy-filled cells. */
  static final class CopyFilledLines extends CatalogueRule<DepartmentSelfEvaluation> {
    CopyFilledLines() {
      super(RuleInfo.of("DW-F-09", Severity.WARNING,
          "Domain spec §6.2, anomaly A3: 部门调整预算收入 = 实际支出数 = 一般公共预算 suggests copy-fill [I]",
          Evidence.INFERRED, TAGS));
    }

    private static final int LINES = 8;

    private static @Nullable Amount line(DepartmentFunds f, int i) {
      return switch (i) {
        case 0 -> f.initialBudgetRevenue();
        case 1 -> f.adjustedBudgetRevenue();
        case 2 -> f.annualAdjustedBudget();
        case 3 -> f.actualExpenditure();
        case 4 -> f.generalPublicBudgetPortion();
        case 5 -> f.governmentFundBudgetPortion();
        case 6 -> f.stateCapitalOperationBudgetPortion();
        default -> f.otherPortion();
      };
    }

    private static FindingPath path(int i) {
      return switch (i) {
        case 0 -> Paths.INITIAL_BUDGET_REVENUE;
        case 1 -> Paths.ADJUSTED_BUDGET_REVENUE;
        case 2 -> Paths.ANNUAL_ADJUSTED_BUDGET;
        case 3 -> Paths.ACTUAL_EXPENDITURE;
        case 4 -> Paths.GENERAL_PUBLIC_BUDGET_PORTION;
        case 5 -> Paths.GOVERNMENT_FUND_BUDGET_PORTION;
        case 6 -> Paths.STATE_CAPITAL_OPERATION_BUDGET_PORTION;
        default -> Paths.OTHER_PORTION;
      };
    }

    /** The paths of a group of lines as text, {@code funds.actualExpenditure} …, written when the finding is read. */
    private static final class LineNames extends FindingDetails.Deferred {
      private final int group;

      LineNames(int group) {
        this.group = group;
      }

      @Override
      Object compute() {
        List<String> lines = new ArrayList<>();
        for (int j = 0; j < LINES; j++) {
          if ((group & (1 << j)) != 0) {
            lines.add(path(j).toString());
          }
        }
        return List.copyOf(lines);
      }
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      DepartmentFunds f = form.funds();
      int printed = 0;
      for (int i = 0; i < LINES; i++) {
        if (line(f, i) != null) {
          printed++;
        }
      }
      if (printed < 3) {
        ctx.notApplicable(Paths.FUNDS, Reason.MISSING_FIGURE);
        return;
      }
      int seen = 0;
      boolean any = false;
      for (int i = 0; i < LINES; i++) {
        Amount a = line(f, i);
        if (a == null || (seen & (1 << i)) != 0 || a.isZero()) {
          continue;
        }
        int group = 1 << i;
        boolean identical = true;
        for (int j = i + 1; j < LINES; j++) {
          Amount b = line(f, j);
          if (b != null && (seen & (1 << j)) == 0 && b.isEqual(a)) {
            group |= 1 << j;
            identical &= b.equals(a);
          }
        }
        if (Integer.bitCount(group) < 3) {
          continue;
        }
        seen |= group;
        any = true;
        LineNames lines = new LineNames(group);
        FindingDetails d = identical ? ctx.fail(Paths.FUNDS) : ctx.indeterminate(Paths.FUNDS, Reason.AMBIGUOUS);
        d.reported(a).input("lines", lines);
        if (identical) {
          d.message("DW-F-09.fail", Integer.bitCount(group), a, lines);
        }
      }
      if (!any) {
        ctx.pass(Paths.FUNDS);
      }
    }
  }

  /** The rules of this class in catalogue order. */
  static List<Rule<DepartmentSelfEvaluation>> all() {
    return List.of(new CompletionRate(), new AdjustmentRate(), new TwoAdjustedBudgets(), new PortionWithinTotal(),
        new NoOverspend(), new AmountsWellFormed(), new LowCompletionExplained(), new LargeAdjustmentExplained(),
        new CopyFilledLines());
  }
}

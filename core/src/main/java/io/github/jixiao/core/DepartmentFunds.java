package io.github.jixiao.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The fund block of a department form (部门资金情况): budget and expenditure lines, the 其中 portions by fund
 * source, the two printed rates, and, for layouts that print a fund table instead of lines (Guizhou), its rows.
 *
 * <p>Every figure is as printed and may be missing. Labels differ between layouts; the glossary of the domain
 * specification gives the code name of each.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param initialBudgetRevenue 部门年初预算收入: budget revenue approved at the start of the year, or null
 * @param adjustedBudgetRevenue 部门调整预算收入: budget revenue after in-year adjustment, or null
 * @param annualAdjustedBudget 年度预算调整数: in the Tianhe 2021 form this behaves as the post-adjustment budget total
 *     (it is the denominator of 预算完成率) [I], or null
 * @param actualExpenditure 实际支出数: actual expenditure of the year, or null
 * @param generalPublicBudgetPortion 其中：一般公共预算: the part funded from the general public budget, or null
 * @param governmentFundBudgetPortion 其中：政府性基金预算: the part funded from the government fund budget, or null
 * @param stateCapitalOperationBudgetPortion 其中：国有资本经营预算: the part funded from the state capital operation
 *     budget, or null
 * @param otherPortion 其中：其他: the part funded from other sources, or null
 * @param budgetCompletionRate 预算完成率 as printed, or null
 * @param budgetAdjustmentRate 预算调整率 as printed (a magnitude; the sign is not printed), or null
 * @param totalFunds 年度资金总额 row of a fund table, or null when the layout has none
 * @param basicExpenditure 基本支出 row of a fund table, or null
 * @param projectExpenditure 项目支出 row of a fund table, or null
 * @param otherExpenditure 其他 row of a fund table, or null
 * @param budgetCompletionExplanation the explanation given for a low 预算完成率 (执行率低于90%原因说明), or null when none
 *     is printed; rule DW-F-07 expects one below the profile's threshold
 * @param budgetAdjustmentExplanation the explanation given for a large in-year adjustment (预算调整超30%原因说明, a
 *     vendor field [P]), or null when none is printed; rule DW-F-08 expects one above the profile's threshold
 */
@Value.Builder
public record DepartmentFunds(
    @Nullable @NonNegative Amount initialBudgetRevenue,
    @Nullable @NonNegative Amount adjustedBudgetRevenue,
    @Nullable @NonNegative Amount annualAdjustedBudget,
    @Nullable @NonNegative Amount actualExpenditure,
    @Nullable @NonNegative Amount generalPublicBudgetPortion,
    @Nullable @NonNegative Amount governmentFundBudgetPortion,
    @Nullable @NonNegative Amount stateCapitalOperationBudgetPortion,
    @Nullable @NonNegative Amount otherPortion,
    @Nullable @NonNegative Percentage budgetCompletionRate,
    @Nullable @NonNegative Percentage budgetAdjustmentRate,
    @Nullable @Valid FundRow totalFunds,
    @Nullable @Valid FundRow basicExpenditure,
    @Nullable @Valid FundRow projectExpenditure,
    @Nullable @Valid FundRow otherExpenditure,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String budgetCompletionExplanation,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String budgetAdjustmentExplanation)
    implements WithDepartmentFunds {

  /**
   * Creates a fund block without explanations (the components as they were before the two explanation fields were
   * added).
   *
   * @param initialBudgetRevenue may be null
   * @param adjustedBudgetRevenue may be null
   * @param annualAdjustedBudget may be null
   * @param actualExpenditure may be null
   * @param generalPublicBudgetPortion may be null
   * @param governmentFundBudgetPortion may be null
   * @param stateCapitalOperationBudgetPortion may be null
   * @param otherPortion may be null
   * @param budgetCompletionRate may be null
   * @param budgetAdjustmentRate may be null
   * @param totalFunds may be null
   * @param basicExpenditure may be null
   * @param projectExpenditure may be null
   * @param otherExpenditure may be null
   */
  public DepartmentFunds(@Nullable Amount initialBudgetRevenue, @Nullable Amount adjustedBudgetRevenue,
      @Nullable Amount annualAdjustedBudget, @Nullable Amount actualExpenditure,
      @Nullable Amount generalPublicBudgetPortion, @Nullable Amount governmentFundBudgetPortion,
      @Nullable Amount stateCapitalOperationBudgetPortion, @Nullable Amount otherPortion,
      @Nullable Percentage budgetCompletionRate, @Nullable Percentage budgetAdjustmentRate,
      @Nullable FundRow totalFunds, @Nullable FundRow basicExpenditure, @Nullable FundRow projectExpenditure,
      @Nullable FundRow otherExpenditure) {
    this(initialBudgetRevenue, adjustedBudgetRevenue, annualAdjustedBudget, actualExpenditure,
        generalPublicBudgetPortion, governmentFundBudgetPortion, stateCapitalOperationBudgetPortion, otherPortion,
        budgetCompletionRate, budgetAdjustmentRate, totalFunds, basicExpenditure, projectExpenditure,
        otherExpenditure, null, null);
  }

  /**
   * Returns a fund block with nothing printed.
   *
   * @return the empty block, never null
   */
  public static DepartmentFunds empty() {
    return new DepartmentFundsBuilder().build();
  }
}

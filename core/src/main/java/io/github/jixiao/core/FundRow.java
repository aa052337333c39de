package io.github.jixiao.core;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One row of a fund table (资金情况), such as 年度资金总额 or 其中：当年财政拨款 of a project form, with the columns
 * published layouts print for it. Every column may be blank on a real form, and a blank is not zero.
 *
 * <p>Column names differ by layout: {@link #annualBudget()} is 全年预算数 in the national table and 调整后预算数 in the
 * Sichuan table; the Guizhou department table has no such column.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param initialBudget 年初预算数, or null if blank
 * @param annualBudget 全年预算数 / 调整后预算数 (the budget after in-year adjustment), or null if blank
 * @param executed 全年执行数 / 预算执行数, or null if blank
 * @param weight the points of the execution rate (分值 / 权重), or null if blank
 * @param executionRate the printed execution rate (执行率 / 预算执行率), or null if blank
 * @param score the points earned (得分), or null if blank
 * @param note the text of the row's remark column (原因 / 得分计算方法), or null if blank
 */
@Value.Builder
public record FundRow(
    @Nullable @NonNegative Amount initialBudget,
    @Nullable @NonNegative Amount annualBudget,
    @Nullable @NonNegative Amount executed,
    @Nullable @PositiveOrZero BigDecimal weight,
    @Nullable @NonNegative Percentage executionRate,
    @Nullable @PositiveOrZero BigDecimal score,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String note) implements WithFundRow {

  /**
   * Returns a row with every column blank.
   *
   * @return the blank row, never null
   */
  public static FundRow blank() {
    return new FundRow(null, null, null, null, null, null, null);
  }

  /**
   * Obtains a row with the three amount columns only.
   *
   * @param initialBudget 年初预算数, may be null
   * @param annualBudget 全年预算数, may be null
   * @param executed 全年执行数, may be null
   * @return the row, never null
   */
  public static FundRow of(@Nullable Amount initialBudget, @Nullable Amount annualBudget, @Nullable Amount executed) {
    return new FundRow(initialBudget, annualBudget, executed, null, null, null, null);
  }

  /**
   * Returns true if every column is blank.
   *
   * @return whether the row is blank
   */
  public boolean isBlank() {
    return initialBudget == null && annualBudget == null && executed == null && weight == null
        && executionRate == null && score == null && note == null;
  }
}

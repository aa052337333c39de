package io.github.jixiao.testing;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Seeded generators of well-formed forms, usable from any test framework: a {@link RandomGenerator} in, a form out.
 * The same seed gives the same form, and the generators take all their randomness from the generator they are given,
 * so {@link ForAll} can shrink what they make.
 *
 * <p>{@link #department(RandomGenerator)} makes department forms (部门整体支出绩效自评表, Guangzhou layout) that the
 * standard department rule set passes: no rule of DW-F-01 … FMT-02 fails on them (see the method for what that takes).
 * {@link #project(RandomGenerator)} makes national-layout project forms without printed scores, and
 * {@link #scoredProject(RandomGenerator)} the same forms scored as an evaluator following 财预〔2020〕10号 would score
 * them, which the project rule set passes as well. For forms with one chosen defect, see {@link Anomaly}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormGenerators {
  private FormGenerators() {}

  //-----------------------------------------------------------------------
  /**
   * Generates a well-formed department form on which no rule of the standard department rule set fails.
   *
   * <ul>
   *   <li>Funds: amounts in 万元 with 2 decimals (部门年初预算收入 from 200.00 to 100 000.00); 年度预算调整数 up to 45 %
   *       above or below it and printed again as 部门调整预算收入; 实际支出数 80 % to 99.9 % of it; 其中：一般公共预算
   *       and, now and then, the other 其中 lines below the expenditure; no three lines printing one value; 预算完成率
   *       and 预算调整率 printed with 2 decimals, correctly rounded (half-up, once); an explanation wherever the
   *       completion is below 92 % or the adjustment above 28 %, clear of the 90 % / 30 % triggers.</li>
   *   <li>Goals: 1 to 7 distinct goals of two clauses each; one task per goal (its whole text or one of its clauses),
   *       or now and then one task for two goals (the second clause of each, as task 3 of the Tianhe form), so every
   *       task matches a goal and every goal has a task.</li>
   *   <li>Tasks: 1 to 3 key indicators each, with a target ({@code ≥12次}) and a completion; task amounts adding up to
   *       5 % to 60 % of the expenditure.</li>
   *   <li>Key projects (one, sometimes none or two): budget and execution within the department's, 执行率 printed
   *       with 0 to 2 decimals, an explanation where the budget moved more than 28 %, 3 to 8 indicators whose names
   *       fit their category (cost rows are ≤ amounts, timeliness rows speak of time, satisfaction rows of
   *       满意度).</li>
   *   <li>Narratives under 40 characters ending a sentence; as many measures as problems; no markup.</li>
   * </ul>
   *
   * @param random the source of randomness, not null
   * @return the form, never null
   */
  public static DepartmentSelfEvaluation department(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return DepartmentDraft.random(random).build();
  }

  /**
   * Generates a well-formed national-layout project form without printed scores: printed weights that add up to 100
   * (执行率 10, 产出 50, 效益 30, 满意度 10, split among 1–6, 1–4 and 1–2 rows, with 0 or 2 decimals) and first-level
   * category weights printed alike, sometimes the second-level weights of the output rows and the fund source rows
   * (当年财政拨款, 上年结转资金, 其他资金) adding up to the total, amounts with 2 decimals, an execution rate printed
   * correctly rounded, quantitative rows with every operator (sometimes none printed) and a unit, and qualitative rows
   * with a stated tier. Scores, total, grade, deviation analyses and notes are left out; a test that needs them can
   * compute them with the model under test, or use {@link #scoredProject(RandomGenerator)}.
   *
   * @param random the source of randomness, not null
   * @return the form, never null
   */
  public static ProjectSelfEvaluation project(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return ProjectDraft.random(random).build(false);
  }

  /**
   * Generates the form {@link #project(RandomGenerator)} makes from the same choices, scored as an evaluator
   * following 财预〔2020〕10号 under the national profile would print it, computed by this kit independently of the
   * scoring models in {@code jixiao-rules}: the execution row min(rate, 1) × 10; quantitative rows by the ratio of
   * actual to target (≥ ＞ and a target without operator, read as ≥ [I]) or of target to actual (≤ ＜), = scored as
   * ≥ for targets above 0, negative actuals counted as 0; qualitative rows a score inside the band of their tier
   * (often full marks when achieved); each score rounded half-up once to 2 decimals; the total the sum of the printed
   * scores and the grade its national band (90 / 80 / 60). Rows scored below their weight, and positive rows at 130 %
   * of their target or more, carry a deviation analysis; the fund row carries a note where the execution rate is below
   * 92 % or the budget was adjusted in-year. No rule of the standard project rule set fails on it.
   *
   * @param random the source of randomness, not null
   * @return the form, never null
   */
  public static ProjectSelfEvaluation scoredProject(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return ProjectDraft.random(random).build(true);
  }

  /**
   * Generates a quantitative (7 in 10) or qualitative indicator row of a category with the given printed weight, as
   * {@link #project(RandomGenerator)} makes them.
   *
   * @param random the source of randomness, not null
   * @param level1 the first-level category, not null
   * @param weight the printed weight, or null for a row without one
   * @return the row, never null
   */
  public static PerformanceIndicator indicator(RandomGenerator random, IndicatorLevel1 level1,
      @Nullable BigDecimal weight) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(level1, "level1");
    ProjectDraft.Row row = ProjectDraft.row(random, level1, weight == null ? BigDecimal.ZERO : weight);
    PerformanceIndicatorBuilder b = new PerformanceIndicatorBuilder()
        .level1(level1)
        .level1Label(level1.label())
        .level2(row.level2)
        .level2Label(row.level2 == null ? null : row.level2.label())
        .name(row.name)
        .weight(weight);
    if (row.quantitative) {
      String symbol = row.operator == null ? "" : row.operator.symbol();
      b.target(IndicatorValue.parse(symbol + row.target.toPlainString() + row.unit))
          .actual(IndicatorValue.parse(row.actual.toPlainString() + row.unit))
          .unit(row.unit);
    } else {
      b.target(Values.parse("效果明显"))
          .actual(Values.parse(row.tier.label()))
          .qualitativeTier(row.tier);
    }
    return b.build();
  }

  /**
   * Generates an amount in 万元 with 2 decimals in [min, max).
   *
   * @param random the source of randomness, not null
   * @param min the lowest whole value, 0 or more
   * @param max the highest whole value (exclusive), greater than min
   * @return the amount, never null
   * @throws IllegalArgumentException if the range is empty or negative
   */
  public static Amount amount(RandomGenerator random, long min, long max) {
    Objects.requireNonNull(random, "random");
    if (min < 0 || max <= min) {
      throw new IllegalArgumentException("range [" + min + ", " + max + ") must be non-empty and not negative");
    }
    return Amount.of(Figures.cents(random, min * 100, max * 100), AmountUnit.TEN_THOUSAND_YUAN);
  }
}

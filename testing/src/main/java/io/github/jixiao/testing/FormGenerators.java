package io.github.jixiao.testing;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.CategoryWeight;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRowBuilder;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluationBuilder;
import io.github.jixiao.core.QualitativeTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of well-formed forms, usable from any test framework: a {@link RandomGenerator} in, a form out.
 * The same seed gives the same form.
 *
 * <p>Generated project forms follow the national 2020 layout: printed weights that add up to 100 (执行率 10,
 * 产出 50, 效益 30, 满意度 10, split among 1–6, 1–4 and 1–2 rows), amounts with 2 decimals, an execution rate printed
 * correctly rounded, quantitative rows with every operator (sometimes none printed) and a unit, and qualitative rows
 * with a stated tier. Printed row scores, the total and the grade are left out: a test that needs them computes them
 * with the model under test.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormGenerators {
  private static final String[] UNITS = {"个", "次", "%", "万元", "家", "天", "人次", "项"};
  private static final ComparisonOperator[] OPERATORS = {
      ComparisonOperator.GE, ComparisonOperator.GT, ComparisonOperator.EQ, ComparisonOperator.LE,
      ComparisonOperator.LT};
  private static final IndicatorLevel2[] OUTPUT_KINDS = {
      IndicatorLevel2.QUANTITY, IndicatorLevel2.QUALITY, IndicatorLevel2.TIMELINESS, IndicatorLevel2.COST};
  private static final IndicatorLevel2[] BENEFIT_KINDS = {
      IndicatorLevel2.ECONOMIC_BENEFIT, IndicatorLevel2.SOCIAL_BENEFIT, IndicatorLevel2.ECOLOGICAL_BENEFIT,
      IndicatorLevel2.SUSTAINABLE_IMPACT};

  private FormGenerators() {}

  //-----------------------------------------------------------------------
  /**
   * Generates a well-formed national-layout project form with printed weights adding up to 100.
   *
   * @param random the source of randomness, not null
   * @return the form, never null
   */
  public static ProjectSelfEvaluation project(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    Amount annual = amount(random, 1, 5_000);
    Amount initial = random.nextInt(4) == 0 ? annual : amount(random, 1, 5_000);
    Amount executed = Amount.of(annual.value().multiply(BigDecimal.valueOf(random.nextInt(50, 101)))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), AmountUnit.TEN_THOUSAND_YUAN);
    Percentage rate = Percentage.ofFraction(
        executed.value().divide(annual.value(), 10, RoundingMode.HALF_UP), 2, RoundingMode.HALF_UP);

    List<PerformanceIndicator> rows = new ArrayList<>();
    List<CategoryWeight> categories = new ArrayList<>();
    addCategory(random, rows, categories, IndicatorLevel1.OUTPUT, 50, random.nextInt(1, 7));
    addCategory(random, rows, categories, IndicatorLevel1.BENEFIT, 30, random.nextInt(1, 5));
    addCategory(random, rows, categories, IndicatorLevel1.SATISFACTION, 10, random.nextInt(1, 3));

    return new ProjectSelfEvaluationBuilder()
        .title("项目支出绩效自评表")
        .evaluationYear(Year.of(random.nextInt(2018, 2026)))
        .projectName("项目" + random.nextInt(1, 100_000))
        .competentDepartment("主管部门" + random.nextInt(1, 100))
        .implementingUnit("实施单位" + random.nextInt(1, 100))
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.PROJECT_NATIONAL_2020)
        .funds(ProjectFunds.ofTotal(new FundRowBuilder()
            .initialBudget(initial)
            .annualBudget(annual)
            .executed(executed)
            .weight(BigDecimal.TEN)
            .executionRate(rate)
            .build()))
        .overallGoalExpected("完成年度目标")
        .overallGoalActual("已完成年度目标")
        .indicators(rows)
        .categoryWeights(categories)
        .totalWeight(BigDecimal.valueOf(100))
        .build();
  }

  /**
   * Generates a quantitative or qualitative indicator row of a category with the given printed weight.
   *
   * @param random the source of randomness, not null
   * @param level1 the first-level category, not null
   * @param weight the printed weight, or null for a row without one
   * @return the row, never null
   */
  public static PerformanceIndicator indicator(RandomGenerator random, IndicatorLevel1 level1, BigDecimal weight) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(level1, "level1");
    IndicatorLevel2 level2 = switch (level1) {
      case OUTPUT -> OUTPUT_KINDS[random.nextInt(OUTPUT_KINDS.length)];
      case BENEFIT -> BENEFIT_KINDS[random.nextInt(BENEFIT_KINDS.length)];
      case SATISFACTION -> IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION;
      default -> null;
    };
    PerformanceIndicatorBuilder row = new PerformanceIndicatorBuilder()
        .level1(level1)
        .level1Label(level1.label())
        .level2(level2)
        .level2Label(level2 == null ? null : level2.label())
        .weight(weight);
    if (random.nextInt(10) < 7) {
      String unit = UNITS[random.nextInt(UNITS.length)];
      BigDecimal target = decimal(random, 1, 1_000);
      BigDecimal actual = target.multiply(BigDecimal.valueOf(random.nextInt(0, 201)))
          .divide(BigDecimal.valueOf(100), target.scale(), RoundingMode.HALF_UP);
      boolean printOperator = random.nextInt(5) != 0;
      ComparisonOperator op = OPERATORS[random.nextInt(OPERATORS.length)];
      String symbol = printOperator ? op.symbol() : "";
      row.name("数量指标" + random.nextInt(1, 1000) + "(" + unit + ")")
          .target(IndicatorValue.parse(symbol + target.toPlainString() + unit))
          .actual(IndicatorValue.parse(actual.toPlainString() + unit))
          .unit(unit);
    } else {
      QualitativeTier tier = QualitativeTier.values()[random.nextInt(QualitativeTier.values().length)];
      row.name("定性指标" + random.nextInt(1, 1000))
          .target(IndicatorValue.parse("效果明显"))
          .actual(IndicatorValue.parse(tier.label()))
          .qualitativeTier(tier);
    }
    return row.build();
  }

  /**
   * Generates an amount in 万元 with 2 decimals in [min, max).
   *
   * @param random the source of randomness, not null
   * @param min the lowest whole value, 0 or more
   * @param max the highest whole value (exclusive), greater than min
   * @return the amount, never null
   */
  public static Amount amount(RandomGenerator random, long min, long max) {
    long cents = random.nextLong(min * 100, max * 100);
    return Amount.of(BigDecimal.valueOf(cents, 2), AmountUnit.TEN_THOUSAND_YUAN);
  }

  //-----------------------------------------------------------------------
  private static void addCategory(RandomGenerator random, List<PerformanceIndicator> rows,
      List<CategoryWeight> categories, IndicatorLevel1 level1, int weight, int count) {
    categories.add(new CategoryWeight(level1, null, level1.label() + "(" + weight + "分)", BigDecimal.valueOf(weight),
        null));
    for (BigDecimal part : partition(random, weight, count)) {
      rows.add(indicator(random, level1, part));
    }
  }

  /** Splits a whole weight into {@code count} positive parts with 0 or 2 decimals that add up exactly. */
  private static List<BigDecimal> partition(RandomGenerator random, int weight, int count) {
    boolean whole = random.nextBoolean() && weight >= count;
    long units = whole ? weight : weight * 100L;
    List<Long> cuts = new ArrayList<>();
    cuts.add(0L);
    cuts.add(units);
    while (cuts.size() < count + 1) {
      long cut = random.nextLong(1, units);
      if (!cuts.contains(cut)) {
        cuts.add(cut);
      }
    }
    cuts.sort(Long::compare);
    List<BigDecimal> parts = new ArrayList<>(count);
    for (int i = 1; i < cuts.size(); i++) {
      long part = cuts.get(i) - cuts.get(i - 1);
      parts.add(whole ? BigDecimal.valueOf(part) : BigDecimal.valueOf(part, 2));
    }
    return parts;
  }

  private static BigDecimal decimal(RandomGenerator random, int min, int max) {
    int scale = random.nextInt(3);
    long unscaled = random.nextLong((long) min * pow10(scale), (long) max * pow10(scale));
    return BigDecimal.valueOf(unscaled, scale);
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}

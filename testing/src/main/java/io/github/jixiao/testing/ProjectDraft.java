package io.github.jixiao.testing;

import static io.github.jixiao.testing.Figures.cents;
import static io.github.jixiao.testing.Figures.pick;
import static io.github.jixiao.testing.Figures.round2;
import static io.github.jixiao.testing.Figures.wan;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.CategoryWeight;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.FundRowBuilder;
import io.github.jixiao.core.Grade;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A national-layout project form under construction. When built "scored", it prints what an evaluator following
 * 财预〔2020〕10号 as the domain specification reads it (§7) would print, computed here independently of the scoring
 * models of {@code jixiao-rules}: the execution row min(rate, 1) × 10; quantitative rows POSITIVE_RATIO for ≥ ＞ and
 * for a target without operator (read as ≥), REVERSE_INVERSE_RATIO for ≤ ＜, EQUAL for = (target above 0), a
 * negative actual counted as 0; qualitative rows a score inside their tier's band; every score rounded half-up once
 * to 2 decimals; the total the sum of the printed scores; the grade the national band of the total (90 / 80 / 60);
 * a deviation analysis where a row scores below its weight or a positive row reaches 130 % of its target; a note on
 * the fund row where the execution rate is below 92 % or the budget was adjusted. Not thread-safe.
 */
final class ProjectDraft {
  static final String[] UNITS = {"个", "次", "%", "万元", "家", "天", "人次", "项"};
  private static final ComparisonOperator[] OPERATORS = {
      ComparisonOperator.GE, ComparisonOperator.GT, ComparisonOperator.EQ, ComparisonOperator.LE,
      ComparisonOperator.LT};
  private static final IndicatorLevel2[] OUTPUT_KINDS = {
      IndicatorLevel2.QUANTITY, IndicatorLevel2.QUALITY, IndicatorLevel2.TIMELINESS, IndicatorLevel2.COST};
  private static final IndicatorLevel2[] BENEFIT_KINDS = {
      IndicatorLevel2.ECONOMIC_BENEFIT, IndicatorLevel2.SOCIAL_BENEFIT, IndicatorLevel2.ECOLOGICAL_BENEFIT,
      IndicatorLevel2.SUSTAINABLE_IMPACT};
  static final BigDecimal OVERSHOOT = new BigDecimal("1.3");
  static final BigDecimal EXPLAIN_EXECUTION_BELOW = BigDecimal.valueOf(92);

  /** Whether a deviation analysis or a note is written where the scoring asks for one, or left out. */
  enum Explain {
    AS_NEEDED, NEVER
  }

  String title = "项目支出绩效自评表";
  int year;
  String projectName = "";
  String competentDepartment = "";
  String implementingUnit = "";
  BigDecimal initial = BigDecimal.ZERO;
  BigDecimal annual = BigDecimal.ZERO;
  BigDecimal executed = BigDecimal.ZERO;
  BigDecimal executionWeight = BigDecimal.TEN;
  int rateDecimals = 2;
  @Nullable Percentage rate;
  Explain note = Explain.AS_NEEDED;
  String noteText = "";
  /** Shares of the source rows (当年财政拨款, 上年结转资金, 其他资金) per column, in basis points; null: not printed. */
  int @Nullable [][] sourceShares;
  /** An error in one source cell: column, row, cents; null when the rows add up. */
  long @Nullable [] sourceError;
  final List<Row> rows = new ArrayList<>();
  boolean level2Weights;
  @Nullable IndicatorLevel2 wrongLevel2;
  BigDecimal wrongLevel2Offset = BigDecimal.ZERO;
  @Nullable BigDecimal totalOverride;
  @Nullable Grade gradeOverride;

  /** An indicator row under construction. */
  static final class Row {
    IndicatorLevel1 level1 = IndicatorLevel1.OUTPUT;
    @Nullable IndicatorLevel2 level2;
    String name = "";
    boolean quantitative;
    @Nullable ComparisonOperator operator;
    boolean operatorInColumn;
    BigDecimal target = BigDecimal.ONE;
    BigDecimal actual = BigDecimal.ONE;
    @Nullable String unit;
    @Nullable String targetText;
    @Nullable String actualText;
    QualitativeTier tier = QualitativeTier.ACHIEVED;
    int bandBp;
    BigDecimal weight = BigDecimal.ZERO;
    @Nullable BigDecimal scoreOverride;
    Explain analysis = Explain.AS_NEEDED;
    String analysisText = "";
    @Nullable String description;

    /** The operator the scoring applies: the printed one, else ≥ (the national profile's assumption [I]). */
    ComparisonOperator scoringOperator() {
      return operator == null ? ComparisonOperator.GE : operator;
    }
  }

  //-----------------------------------------------------------------------
  /** A well-formed draft with the national first-level weights 50 / 30 / 10 and 执行率 10. */
  static ProjectDraft random(RandomGenerator r) {
    return random(r, new int[] {50, 30, 10}, 1);
  }

  /**
   * A well-formed draft.
   *
   * @param weights the first-level weights of 产出, 效益 and 满意度
   * @param minOutputRows the fewest output rows
   */
  static ProjectDraft random(RandomGenerator r, int[] weights, int minOutputRows) {
    ProjectDraft p = new ProjectDraft();
    p.year = r.nextInt(2018, 2026);
    p.projectName = "项目" + r.nextInt(1, 100_000);
    p.competentDepartment = "主管部门" + r.nextInt(1, 100);
    p.implementingUnit = "实施单位" + r.nextInt(1, 100);
    p.annual = cents(r, 100, 500_000);
    p.initial = r.nextInt(4) == 0 ? p.annual : cents(r, 100, 500_000);
    p.executed = round2(p.annual.multiply(BigDecimal.valueOf(r.nextInt(50, 101))).movePointLeft(2));
    p.noteText = pick(r, Vocabulary.EXPLANATIONS);
    p.category(r, IndicatorLevel1.OUTPUT, weights[0], r.nextInt(minOutputRows, 7));
    p.category(r, IndicatorLevel1.BENEFIT, weights[1], r.nextInt(1, 5));
    p.category(r, IndicatorLevel1.SATISFACTION, weights[2], r.nextInt(1, 3));
    if (r.nextInt(3) == 0) {
      int sources = r.nextInt(2, 4);
      p.sourceShares = new int[3][];
      for (int c = 0; c < 3; c++) {
        long[] parts = Figures.partition(r, 10_000, sources);
        p.sourceShares[c] = new int[sources];
        for (int i = 0; i < sources; i++) {
          p.sourceShares[c][i] = (int) parts[i];
        }
      }
    }
    p.level2Weights = r.nextInt(4) == 0;
    return p;
  }

  private void category(RandomGenerator r, IndicatorLevel1 level1, int weight, int count) {
    for (BigDecimal part : weights(r, weight, count)) {
      rows.add(row(r, level1, part));
    }
  }

  /** Splits a whole weight into {@code count} positive parts with 0 or 2 decimals that add up exactly. */
  private static List<BigDecimal> weights(RandomGenerator r, int weight, int count) {
    boolean whole = r.nextBoolean() && weight >= count;
    long[] parts = Figures.partition(r, whole ? weight : weight * 100L, count);
    List<BigDecimal> out = new ArrayList<>(count);
    for (long part : parts) {
      out.add(whole ? BigDecimal.valueOf(part) : BigDecimal.valueOf(part, 2));
    }
    return out;
  }

  /** A quantitative (7 in 10) or qualitative row of a category. */
  static Row row(RandomGenerator r, IndicatorLevel1 level1, BigDecimal weight) {
    Row row = new Row();
    row.level1 = level1;
    row.level2 = switch (level1) {
      case OUTPUT -> OUTPUT_KINDS[r.nextInt(OUTPUT_KINDS.length)];
      case BENEFIT -> BENEFIT_KINDS[r.nextInt(BENEFIT_KINDS.length)];
      case SATISFACTION -> IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION;
      default -> null;
    };
    row.weight = weight;
    if (r.nextInt(10) < 7) {
      row.quantitative = true;
      row.unit = UNITS[r.nextInt(UNITS.length)];
      row.target = decimal(r, 1, 1_000);
      row.actual = row.target.multiply(BigDecimal.valueOf(r.nextInt(0, 201)))
          .divide(BigDecimal.valueOf(100), row.target.scale(), RoundingMode.HALF_UP);
      boolean printOperator = r.nextInt(5) != 0;
      ComparisonOperator op = OPERATORS[r.nextInt(OPERATORS.length)];
      row.operator = printOperator ? op : null;
      row.name = "数量指标" + r.nextInt(1, 1000) + "(" + row.unit + ")";
    } else {
      row.tier = QualitativeTier.values()[r.nextInt(QualitativeTier.values().length)];
      row.name = "定性指标" + r.nextInt(1, 1000);
    }
    row.bandBp = row.tier == QualitativeTier.ACHIEVED && r.nextBoolean() ? 10_000 : r.nextInt(0, 10_001);
    row.analysisText = pick(r, Vocabulary.DEVIATION_ANALYSES);
    return row;
  }

  /** A positive decimal in [min, max) with 0 to 2 decimals. */
  static BigDecimal decimal(RandomGenerator r, int min, int max) {
    int scale = r.nextInt(3);
    long unit = scale == 0 ? 1 : scale == 1 ? 10 : 100;
    return BigDecimal.valueOf(r.nextLong(min * unit, max * unit), scale);
  }

  /** The row with the largest weight (the first of equals). */
  Row heaviestRow() {
    Row best = rows.get(0);
    for (Row row : rows) {
      if (row.weight.compareTo(best.weight) > 0) {
        best = row;
      }
    }
    return best;
  }

  //-----------------------------------------------------------------------
  /** The score the evaluator prints for a row (2 decimals), before any override. */
  static BigDecimal score(Row row) {
    if (!row.quantitative) {
      BigDecimal w = row.weight;
      BigDecimal lower = switch (row.tier) {
        case ACHIEVED -> w.multiply(new BigDecimal("0.8"));
        case PARTIALLY_ACHIEVED -> w.multiply(new BigDecimal("0.6"));
        case NOT_ACHIEVED -> BigDecimal.ZERO;
      };
      BigDecimal upper = switch (row.tier) {
        case ACHIEVED -> w;
        case PARTIALLY_ACHIEVED -> w.multiply(new BigDecimal("0.8"));
        case NOT_ACHIEVED -> w.multiply(new BigDecimal("0.6"));
      };
      return round2(lower.add(upper.subtract(lower).multiply(BigDecimal.valueOf(row.bandBp)).movePointLeft(4)));
    }
    return points(row.scoringOperator(), row.target, row.actual, row.weight);
  }

  /** The points of a quantitative row, rounded half-up once to 2 decimals (§7.2, national profile). */
  static BigDecimal points(ComparisonOperator operator, BigDecimal target, BigDecimal actual, BigDecimal weight) {
    BigDecimal a = actual.max(BigDecimal.ZERO);
    Direction direction = operator.direction();
    if (direction == Direction.EQUAL && target.signum() == 0) {
      return (a.signum() <= 0 ? weight : BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
    if (direction == Direction.REVERSE) {
      if (a.compareTo(target) <= 0) {
        return weight.setScale(2, RoundingMode.HALF_UP);
      }
      return weight.multiply(target).divide(a, 2, RoundingMode.HALF_UP);
    }
    if (a.compareTo(target) >= 0) {
      return weight.setScale(2, RoundingMode.HALF_UP);
    }
    if (target.signum() <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return weight.multiply(a).divide(target, 2, RoundingMode.HALF_UP);
  }

  /** The score printed for a row: the override of an anomaly, else {@link #score(Row)}. */
  static BigDecimal printedScore(Row row) {
    return row.scoreOverride != null ? row.scoreOverride : score(row);
  }

  /** The sum of the printed scores, the execution row's included: the total a well-formed form prints. */
  BigDecimal scoreTotal() {
    BigDecimal total = executionScore();
    for (Row row : rows) {
      total = total.add(printedScore(row));
    }
    return total;
  }

  /** True when a positive quantitative row reaches 130 % of its target (PRJ-D-02 asks for an analysis). */
  static boolean overshoots(Row row) {
    if (!row.quantitative || row.targetText != null || row.actualText != null) {
      return false;
    }
    Direction direction = row.scoringOperator().direction();
    return direction == Direction.POSITIVE && row.target.signum() > 0
        && row.actual.compareTo(row.target.multiply(OVERSHOOT)) >= 0;
  }

  /** The execution row's score: min(executed / annual, 1) × weight, rounded half-up once to 2 decimals. */
  BigDecimal executionScore() {
    if (executed.compareTo(annual) >= 0) {
      return executionWeight.setScale(2, RoundingMode.HALF_UP);
    }
    return executed.multiply(executionWeight).divide(annual, 2, RoundingMode.HALF_UP);
  }

  /** True when the fund row needs a note: execution below 92 % or a budget adjusted in-year. */
  boolean needsNote() {
    return Figures.compareRatio(executed, annual, EXPLAIN_EXECUTION_BELOW) < 0 || initial.compareTo(annual) != 0;
  }

  //-----------------------------------------------------------------------
  /**
   * Builds the form.
   *
   * @param scored whether to print scores, total, grade and the explanations they ask for
   */
  ProjectSelfEvaluation build(boolean scored) {
    List<PerformanceIndicator> indicators = new ArrayList<>();
    BigDecimal total = executionScore();
    for (Row row : rows) {
      PerformanceIndicatorBuilder b = new PerformanceIndicatorBuilder()
          .level1(row.level1)
          .level1Label(row.level1.label())
          .level2(row.level2)
          .level2Label(row.level2 == null ? null : row.level2.label())
          .name(row.name)
          .weight(row.weight);
      if (row.quantitative) {
        String unit = row.unit == null ? "" : row.unit;
        String symbol = row.operator == null || row.operatorInColumn ? "" : row.operator.symbol();
        b.operator(row.operatorInColumn ? row.operator : null)
            .target(IndicatorValue.parse(row.targetText != null ? row.targetText
                : symbol + row.target.toPlainString() + unit))
            .actual(IndicatorValue.parse(row.actualText != null ? row.actualText
                : row.actual.toPlainString() + unit))
            .unit(row.unit)
            .description(row.description);
      } else {
        b.target(Values.parse("效果明显"))
            .actual(Values.parse(row.tier.label()))
            .qualitativeTier(row.tier);
      }
      if (scored) {
        BigDecimal score = printedScore(row);
        total = total.add(score);
        boolean needed = score.compareTo(row.weight) < 0 || overshoots(row);
        b.score(score).deviationAnalysis(row.analysis == Explain.AS_NEEDED && needed ? row.analysisText : null);
      }
      indicators.add(b.build());
    }

    FundRowBuilder fund = new FundRowBuilder()
        .initialBudget(wan(initial))
        .annualBudget(wan(annual))
        .executed(wan(executed))
        .weight(executionWeight)
        .executionRate(rate != null ? rate : Figures.rate(executed, annual, rateDecimals));
    if (scored) {
      fund.score(executionScore()).note(note == Explain.AS_NEEDED && needsNote() ? noteText : null);
    }
    FundRow totalRow = fund.build();
    ProjectFunds funds = sourceShares == null ? ProjectFunds.ofTotal(totalRow) : sources(totalRow);

    ProjectSelfEvaluationBuilder form = new ProjectSelfEvaluationBuilder()
        .title(title)
        .evaluationYear(Year.of(year))
        .projectName(projectName)
        .competentDepartment(competentDepartment)
        .implementingUnit(implementingUnit)
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.PROJECT_NATIONAL_2020)
        .funds(funds)
        .overallGoalExpected("完成年度目标")
        .overallGoalActual("已完成年度目标")
        .indicators(indicators)
        .categoryWeights(categoryWeights())
        .totalWeight(BigDecimal.valueOf(100));
    if (scored) {
      BigDecimal printedTotal = totalOverride != null ? totalOverride : total;
      form.totalScore(printedTotal).grade(gradeOverride != null ? gradeOverride : grade(printedTotal));
    }
    return form.build();
  }

  /** The national grade bands (90 / 80 / 60) [V]/[R]. */
  static Grade grade(BigDecimal total) {
    if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return Grade.EXCELLENT;
    }
    if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return Grade.GOOD;
    }
    return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? Grade.FAIR : Grade.POOR;
  }

  private List<CategoryWeight> categoryWeights() {
    Map<IndicatorLevel1, BigDecimal> first = new LinkedHashMap<>();
    Map<IndicatorLevel2, BigDecimal> second = new LinkedHashMap<>();
    for (Row row : rows) {
      first.merge(row.level1, row.weight, BigDecimal::add);
      if (row.level1 == IndicatorLevel1.OUTPUT && row.level2 != null) {
        second.merge(row.level2, row.weight, BigDecimal::add);
      }
    }
    List<CategoryWeight> out = new ArrayList<>();
    for (Map.Entry<IndicatorLevel1, BigDecimal> e : first.entrySet()) {
      String w = e.getValue().stripTrailingZeros().toPlainString();
      out.add(new CategoryWeight(e.getKey(), null, e.getKey().label() + "(" + w + "分)", e.getValue(), null));
    }
    if (level2Weights || wrongLevel2 != null) {
      for (Map.Entry<IndicatorLevel2, BigDecimal> e : second.entrySet()) {
        if (!level2Weights && e.getKey() != wrongLevel2) {
          continue;
        }
        BigDecimal w = e.getKey() == wrongLevel2 ? e.getValue().add(wrongLevel2Offset) : e.getValue();
        out.add(new CategoryWeight(IndicatorLevel1.OUTPUT, e.getKey(),
            e.getKey().label() + "(" + w.stripTrailingZeros().toPlainString() + "分)", w, null));
      }
    }
    return out;
  }

  private ProjectFunds sources(FundRow total) {
    int[][] shares = sourceShares;
    int n = shares[0].length;
    BigDecimal[][] cells = new BigDecimal[n][3];
    BigDecimal[] columns = {initial, annual, executed};
    for (int c = 0; c < 3; c++) {
      long cents = columns[c].movePointRight(2).longValueExact();
      long used = 0;
      for (int i = 0; i < n; i++) {
        long part = i == n - 1 ? cents - used : cents * shares[c][i] / 10_000;
        used += part;
        cells[i][c] = BigDecimal.valueOf(part, 2);
      }
    }
    if (sourceError != null) {
      int c = (int) sourceError[0];
      int i = (int) sourceError[1];
      BigDecimal delta = BigDecimal.valueOf(sourceError[2], 2);
      BigDecimal changed = cells[i][c].add(delta);
      cells[i][c] = changed.signum() >= 0 ? changed : cells[i][c].subtract(delta);
    }
    FundRow[] rowsOut = new FundRow[n];
    for (int i = 0; i < n; i++) {
      rowsOut[i] = FundRow.of(wan(cells[i][0]), wan(cells[i][1]), wan(cells[i][2]));
    }
    return new ProjectFunds(total, rowsOut[0], rowsOut[1], null, null, null, n > 2 ? rowsOut[2] : null);
  }
}

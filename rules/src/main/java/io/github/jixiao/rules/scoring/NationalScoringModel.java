package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorNature;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.rules.Evidence;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The national scoring model of 财预〔2020〕10号 (项目支出绩效自评, §7 of the domain specification), id
 * {@value #ID}.
 *
 * <ul>
 *   <li>Execution rate: min(rate, 1) × weight [V] Beijing 2016; the rate's denominator is the profile's
 *       {@link ExecutionRateBasis}; the weight is the form's 分值 or the profile's (10).</li>
 *   <li>Weights: the form's own where printed; where the form prints none at all, each first-level category's
 *       default weight (产出 50, 效益 30, 满意度 10) split equally among its rows [I], stated in the item.</li>
 *   <li>Quantitative rows: {@link Strategy#POSITIVE_RATIO} for ≥ ＞, the profile's reverse strategy for ≤ ＜,
 *       {@link Strategy#EQUAL} / {@link Strategy#EQUAL_ZERO} for =; a numeric target without operator takes the
 *       profile's assumed operator (GE [I]); actuals far above target are flagged for review [R].</li>
 *   <li>Qualitative rows: the printed score is the evaluator's choice, checked against its tier's band [R]/[P];
 *       without one, the profile's {@link QualitativeScoring} decides.</li>
 *   <li>Rows whose target or actual says 不适用 are excluded; the rest may be rescaled to 100 [V] one template.</li>
 *   <li>Total: the unrounded points summed, rounded once to the profile's scale.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe. It is public only so that {@link java.util.ServiceLoader} can
 * instantiate it; use {@link ScoringModels#national()}.
 */
public final class NationalScoringModel implements ScoringModel {
  /** The model's id. */
  public static final String ID = "national-2020";

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int WEIGHT_SUM_SCALE = 10;
  private static final Set<String> NOT_APPLICABLE = Set.of("不适用", "不涉及", "n/a", "na");

  /** Creates the model; prefer {@link ScoringModels#national()}. */
  public NationalScoringModel() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "财预〔2020〕10号 项目支出绩效自评: 执行率 10 + 产出 50 + 效益 30 + 满意度 10, ratio scoring, tiered qualitative "
        + "rows";
  }

  @Override
  public ScoreCard score(ProjectSelfEvaluation project, ScoringProfile profile) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(profile, "profile");
    List<ScoreItem> items = new ArrayList<>(project.indicators().size() + 1);
    items.add(executionItem(project.funds().total(), profile));
    Weights weights = weights(project.indicators(), profile);
    for (int i = 0; i < project.indicators().size(); i++) {
      items.add(indicatorItem(i, project.indicators().get(i), weights, profile));
    }

    BigDecimal rawTotal = BigDecimal.ZERO;
    BigDecimal totalWeight = BigDecimal.ZERO;
    boolean complete = true;
    boolean anyNotApplicable = false;
    for (ScoreItem item : items) {
      if (item.flags().contains(ScoreFlag.NOT_APPLICABLE)) {
        anyNotApplicable = true;
        continue;
      }
      if (item.weight() != null) {
        totalWeight = totalWeight.add(item.weight());
      }
      if (item.rawPoints() != null) {
        rawTotal = rawTotal.add(item.rawPoints());
      } else {
        complete = false;
      }
    }
    // equal splits such as 50 ÷ 9 are inexact in the last of 16 digits; their sum is exact to 10 decimals
    totalWeight = totalWeight.setScale(WEIGHT_SUM_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    if (totalWeight.scale() < 0) {
      totalWeight = totalWeight.setScale(0);
    }
    if (anyNotApplicable && profile.rescaleNotApplicable() && totalWeight.signum() > 0) {
      rawTotal = rawTotal.multiply(HUNDRED).divide(totalWeight, MC);
    }
    BigDecimal total = rawTotal.setScale(profile.scale(), profile.rounding());
    return new ScoreCard(ID, profile.id(), project.projectName(), total, rawTotal,
        profile.gradeBands().grade(total), complete, totalWeight, items);
  }

  //-----------------------------------------------------------------------
  private static ScoreItem executionItem(FundRow total, ScoringProfile profile) {
    Set<ScoreFlag> flags = EnumSet.noneOf(ScoreFlag.class);
    List<ScoreInput> inputs = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>(Strategy.EXECUTION_RATE.evidence());
    evidence.add(profile.executionRateBasis().evidence());

    BigDecimal weight;
    WeightSource source;
    String basis;
    if (profile.usePrintedWeights() && total.weight() != null) {
      weight = total.weight();
      source = WeightSource.PRINTED;
      basis = "printed";
    } else {
      weight = profile.executionWeight();
      source = WeightSource.PROFILE_DEFAULT;
      basis = "profile " + profile.id();
      evidence.add(Evidence.RECALLED);
    }

    Amount executed = total.executed();
    Amount budget = profile.executionRateBasis() == ExecutionRateBasis.INITIAL_BUDGET
        ? total.initialBudget() : total.annualBudget();
    inputs.add(new ScoreInput("executed", executed == null ? "—" : executed.toString()));
    inputs.add(new ScoreInput(profile.executionRateBasis() == ExecutionRateBasis.INITIAL_BUDGET
        ? "initialBudget" : "annualBudget", budget == null ? "—" : budget.toString()));
    BigDecimal rate = null;
    if (executed != null && budget != null && !budget.isZero()) {
      rate = executed.toYuan().divide(budget.toYuan(), MC);
    } else if (total.executionRate() != null) {
      rate = total.executionRate().asFraction();
      flags.add(ScoreFlag.RATE_AS_PRINTED);
      inputs.add(new ScoreInput("printedRate", total.executionRate().toString()));
    }
    if (rate == null) {
      flags.add(ScoreFlag.NOT_SCORED);
      return new ScoreItem("funds.total", "执行率", ItemKind.EXECUTION_RATE, weight, source, basis,
          Strategy.NOT_SCORED, inputs, null, null, flags, null, evidence);
    }
    inputs.add(new ScoreInput("rate", rate.stripTrailingZeros().toPlainString()));
    BigDecimal capped = rate.signum() < 0 ? BigDecimal.ZERO : rate.min(BigDecimal.ONE);
    if (rate.compareTo(BigDecimal.ONE) > 0) {
      flags.add(ScoreFlag.CAPPED_AT_WEIGHT);
    }
    BigDecimal raw = capped.multiply(weight, MC);
    return new ScoreItem("funds.total", "执行率", ItemKind.EXECUTION_RATE, weight, source, basis,
        Strategy.EXECUTION_RATE, inputs, raw, raw.setScale(profile.scale(), profile.rounding()), flags, null,
        evidence);
  }

  //-----------------------------------------------------------------------
  /** The weight of every row, decided once for the whole form. */
  private record Weights(List<@Nullable BigDecimal> weights, List<WeightSource> sources, List<String> bases) {}

  private static Weights weights(List<PerformanceIndicator> rows, ScoringProfile profile) {
    boolean anyPrinted = profile.usePrintedWeights() && rows.stream().anyMatch(r -> r.weight() != null);
    Map<IndicatorLevel1, Integer> counts = new EnumMap<>(IndicatorLevel1.class);
    if (!anyPrinted) {
      for (PerformanceIndicator row : rows) {
        IndicatorLevel1 category = category(row);
        if (category != null) {
          counts.merge(category, 1, Integer::sum);
        }
      }
    }
    Map<IndicatorLevel1, BigDecimal> splits = new EnumMap<>(IndicatorLevel1.class);
    Map<IndicatorLevel1, String> splitBases = new EnumMap<>(IndicatorLevel1.class);
    List<@Nullable BigDecimal> weights = new ArrayList<>(rows.size());
    List<WeightSource> sources = new ArrayList<>(rows.size());
    List<String> bases = new ArrayList<>(rows.size());
    for (PerformanceIndicator row : rows) {
      if (anyPrinted) {
        weights.add(row.weight());
        sources.add(row.weight() == null ? WeightSource.UNDETERMINED : WeightSource.PRINTED);
        bases.add(row.weight() == null ? "not printed while other rows print theirs" : "printed");
        continue;
      }
      IndicatorLevel1 category = category(row);
      BigDecimal categoryWeight = category == null ? null : profile.categoryWeights().get(category);
      if (categoryWeight == null) {
        weights.add(null);
        sources.add(WeightSource.UNDETERMINED);
        bases.add(category == null ? "no category" : "profile " + profile.id() + " has no weight for "
            + category.label());
      } else {
        int n = counts.get(category);
        weights.add(splits.computeIfAbsent(category, c -> categoryWeight.divide(BigDecimal.valueOf(n), MC)));
        sources.add(WeightSource.EQUAL_SPLIT);
        bases.add(splitBases.computeIfAbsent(category,
            c -> categoryWeight.toPlainString() + " ÷ " + n + " (" + c.label() + ")"));
      }
    }
    return new Weights(weights, sources, bases);
  }

  private static @Nullable IndicatorLevel1 category(PerformanceIndicator row) {
    if (row.level1() != null) {
      return row.level1();
    }
    return row.level2() == null ? null : row.level2().usualParent();
  }

  //-----------------------------------------------------------------------
  private static ScoreItem indicatorItem(int index, PerformanceIndicator row, Weights weights,
      ScoringProfile profile) {
    String path = "indicators[" + index + "]";
    BigDecimal weight = weights.weights().get(index);
    WeightSource source = weights.sources().get(index);
    String basis = weights.bases().get(index);
    Set<ScoreFlag> flags = EnumSet.noneOf(ScoreFlag.class);
    List<ScoreInput> inputs = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    if (source == WeightSource.EQUAL_SPLIT) {
      evidence.add(Evidence.INFERRED);
    }
    if (row.target() != null) {
      inputs.add(new ScoreInput("target", row.target().raw()));
    }
    if (row.actual() != null) {
      inputs.add(new ScoreInput("actual", row.actual().raw()));
    }
    IndicatorNature nature = row.nature();
    ItemKind kind = nature == null ? ItemKind.UNKNOWN
        : nature == IndicatorNature.QUANTITATIVE ? ItemKind.QUANTITATIVE : ItemKind.QUALITATIVE;
    Builder item = new Builder(path, row.name(), kind, weight, source, basis, inputs, flags, evidence);

    if (isNotApplicable(row.target()) || isNotApplicable(row.actual())) {
      flags.add(ScoreFlag.NOT_APPLICABLE);
      return item.notScored();
    }
    if (weight == null || kind == ItemKind.UNKNOWN) {
      flags.add(ScoreFlag.NOT_SCORED);
      return item.notScored();
    }
    return kind == ItemKind.QUANTITATIVE
        ? quantitative(row, weight, profile, item)
        : qualitative(row, weight, profile, item);
  }

  private static ScoreItem quantitative(PerformanceIndicator row, BigDecimal weight, ScoringProfile profile,
      Builder item) {
    ComparisonOperator operator = row.effectiveOperator();
    if (operator == null) {
      operator = profile.assumedOperator();
      if (operator == null) {
        item.flags.add(ScoreFlag.NOT_SCORED);
        return item.notScored();
      }
      item.flags.add(ScoreFlag.OPERATOR_ASSUMED);
      item.evidence.add(Evidence.INFERRED);
    }
    item.inputs.add(new ScoreInput("operator", operator.symbol()));
    BigDecimal target = row.target() == null ? null : row.target().number();
    BigDecimal actual = row.actual() == null ? null : row.actual().number();
    if (!operator.isQuantitative() || target == null || actual == null) {
      item.flags.add(ScoreFlag.NOT_SCORED);
      return item.notScored();
    }
    String targetUnit = row.target().unit() != null ? row.target().unit() : row.unit();
    String actualUnit = row.actual().unit();
    if (targetUnit != null && actualUnit != null && !sameUnit(targetUnit, actualUnit)) {
      item.flags.add(ScoreFlag.UNIT_MISMATCH);
      item.flags.add(ScoreFlag.NOT_SCORED);
      return item.notScored();
    }
    if (actual.signum() < 0) {
      actual = BigDecimal.ZERO;
      item.flags.add(ScoreFlag.NEGATIVE_ACTUAL_AS_ZERO);
      item.evidence.add(Evidence.PRACTICE);
    }
    Direction direction = Objects.requireNonNull(operator.direction());
    Strategy strategy = switch (direction) {
      case POSITIVE -> Strategy.POSITIVE_RATIO;
      case REVERSE -> profile.reverseStrategy();
      case EQUAL -> target.signum() == 0 ? Strategy.EQUAL_ZERO : Strategy.EQUAL;
    };
    boolean strict = profile.strictComparators()
        && (operator == ComparisonOperator.GT || operator == ComparisonOperator.LT);
    BigDecimal raw = strategy.points(target, actual, weight, strict, MC);
    if (direction == Direction.POSITIVE && target.signum() > 0
        && actual.compareTo(target.multiply(profile.overshootFactor())) >= 0) {
      item.flags.add(ScoreFlag.OVERSHOOT_REVIEW);
    }
    return item.scored(strategy, raw, null, profile);
  }

  private static ScoreItem qualitative(PerformanceIndicator row, BigDecimal weight, ScoringProfile profile,
      Builder item) {
    QualitativeTier tier = row.statedTier();
    if (tier == null && profile.assumedTier() != null) {
      tier = profile.assumedTier();
      item.flags.add(ScoreFlag.TIER_ASSUMED);
      item.evidence.add(Evidence.INFERRED);
    }
    if (tier != null) {
      item.inputs.add(new ScoreInput("tier", tier.label()));
    }
    TierBand band = tier == null ? null : TierBand.of(tier, weight);
    if (row.score() != null) {
      BigDecimal printed = row.score();
      item.inputs.add(new ScoreInput("printedScore", printed.toPlainString()));
      if (band != null && !band.admits(printed)) {
        item.flags.add(ScoreFlag.OUTSIDE_TIER_BAND);
      }
      BigDecimal raw = printed;
      if (printed.compareTo(weight) > 0) {
        raw = weight;
        item.flags.add(ScoreFlag.CAPPED_AT_WEIGHT);
      }
      return item.scored(Strategy.QUALITATIVE_AS_PRINTED, raw.max(BigDecimal.ZERO), band, profile);
    }
    item.evidence.add(profile.qualitativeScoring().evidence());
    switch (profile.qualitativeScoring()) {
      case FULL -> {
        if (tier == QualitativeTier.ACHIEVED) {
          return item.scored(Strategy.QUALITATIVE_FULL, weight, band, profile);
        }
      }
      case FLOOR -> {
        if (band != null) {
          return item.scored(Strategy.QUALITATIVE_FLOOR, band.lower(), band, profile);
        }
      }
      case AS_PRINTED -> {
        // the evaluator's score is the input and there is none
      }
    }
    item.flags.add(ScoreFlag.NOT_SCORED);
    return item.notScored(band);
  }

  //-----------------------------------------------------------------------
  private static boolean isNotApplicable(@Nullable IndicatorValue value) {
    return value != null && value.text() != null
        && NOT_APPLICABLE.contains(value.text().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean sameUnit(String a, String b) {
    return a.equals(b) || (isPercent(a) && isPercent(b));
  }

  private static boolean isPercent(String unit) {
    return "%".equals(unit) || "百分比".equals(unit);
  }

  /** Collects the parts of one item while it is being scored. */
  private static final class Builder {
    private final String path;
    private final String label;
    private final ItemKind kind;
    private final @Nullable BigDecimal weight;
    private final WeightSource source;
    private final String basis;
    private final List<ScoreInput> inputs;
    private final Set<ScoreFlag> flags;
    private final List<Evidence> evidence;

    Builder(String path, String label, ItemKind kind, @Nullable BigDecimal weight, WeightSource source,
        String basis, List<ScoreInput> inputs, Set<ScoreFlag> flags, List<Evidence> evidence) {
      this.path = path;
      this.label = label;
      this.kind = kind;
      this.weight = weight;
      this.source = source;
      this.basis = basis;
      this.inputs = inputs;
      this.flags = flags;
      this.evidence = evidence;
    }

    ScoreItem scored(Strategy strategy, BigDecimal raw, @Nullable TierBand band, ScoringProfile profile) {
      List<Evidence> tags = new ArrayList<>(strategy.evidence());
      tags.addAll(evidence);
      return new ScoreItem(path, label, kind, weight, source, basis, strategy, inputs, raw,
          raw.setScale(profile.scale(), profile.rounding()), flags, band, tags);
    }

    ScoreItem notScored() {
      return notScored(null);
    }

    ScoreItem notScored(@Nullable TierBand band) {
      return new ScoreItem(path, label, kind, weight, source, basis, Strategy.NOT_SCORED, inputs, null, null, flags,
          band, evidence);
    }
  }
}

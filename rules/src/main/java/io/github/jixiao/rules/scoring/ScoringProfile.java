package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.QualitativeTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The conventions a scoring model applies (评分口径): which budget the execution rate uses, default weights, the
 * reverse-indicator strategy, how qualitative rows without a printed score count, rounding and grade bands.
 *
 * <p>Named presets cover the regional variants of the domain specification: {@link #national()},
 * {@link #sichuan2023()} and {@link #beijingHaidian2016()}. Change a preset with {@link #toBuilder()}:
 * <pre>{@code
 * ScoringProfile floor = ScoringProfile.national().toBuilder()
 *     .qualitativeScoring(QualitativeScoring.FLOOR)
 *     .assumedTier(QualitativeTier.ACHIEVED)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoringProfile {
  private static final ScoringProfile NATIONAL = builder("national").build();
  private static final ScoringProfile SICHUAN_2023 = builder("sichuan-2023").build();
  private static final ScoringProfile BEIJING_HAIDIAN_2016 =
      builder("beijing-2016").executionRateBasis(ExecutionRateBasis.INITIAL_BUDGET).build();

  private final String id;
  private final ExecutionRateBasis executionRateBasis;
  private final BigDecimal executionWeight;
  private final Map<IndicatorLevel1, BigDecimal> categoryWeights;
  private final boolean usePrintedWeights;
  private final Strategy reverseStrategy;
  private final boolean strictComparators;
  private final @Nullable ComparisonOperator assumedOperator;
  private final QualitativeScoring qualitativeScoring;
  private final @Nullable QualitativeTier assumedTier;
  private final boolean rescaleNotApplicable;
  private final int scale;
  private final RoundingMode rounding;
  private final GradeBands gradeBands;
  private final BigDecimal overshootFactor;

  private ScoringProfile(Builder b) {
    this.id = b.id;
    this.executionRateBasis = b.executionRateBasis;
    this.executionWeight = b.executionWeight;
    this.categoryWeights = Map.copyOf(b.categoryWeights);
    this.usePrintedWeights = b.usePrintedWeights;
    this.reverseStrategy = b.reverseStrategy;
    this.strictComparators = b.strictComparators;
    this.assumedOperator = b.assumedOperator;
    this.qualitativeScoring = b.qualitativeScoring;
    this.assumedTier = b.assumedTier;
    this.rescaleNotApplicable = b.rescaleNotApplicable;
    this.scale = b.scale;
    this.rounding = b.rounding;
    this.gradeBands = b.gradeBands;
    this.overshootFactor = b.overshootFactor;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the national profile of 财预〔2020〕10号: 执行率 = 全年执行数 / 全年预算数, weights 执行率 10 / 产出 50 /
   * 效益 30 / 满意度 10 [R] (the same split is [V] in the 2016 MOF notice), the form's own weights where printed,
   * reverse rows by {@link Strategy#REVERSE_INVERSE_RATIO} [I], qualitative rows as printed, totals rounded half-up to
   * 2 decimals, national grade bands.
   *
   * @return the profile, never null
   */
  public static ScoringProfile national() {
    return NATIONAL;
  }

  /**
   * Returns the Sichuan 2023 profile: 预算执行率 = 预算执行数 / 调整后预算数 [V], 预算执行 10 + 绩效指标 90 [V]; the
   * default split of the 90 among categories (50 / 30 / 10) is the national one [I], used only when the form prints
   * no weights.
   *
   * @return the profile, never null
   */
  public static ScoringProfile sichuan2023() {
    return SICHUAN_2023;
  }

  /**
   * Returns the Beijing Haidian 2016 profile: 执行率 = 全年执行数(B) / 年初预算数(A) [V], otherwise national.
   *
   * @return the profile, never null
   */
  public static ScoringProfile beijingHaidian2016() {
    return BEIJING_HAIDIAN_2016;
  }

  /**
   * Returns the preset with the given id: {@code national}, {@code sichuan-2023} or {@code beijing-2016}.
   *
   * @param id the id, not null
   * @return the profile, never null
   * @throws IllegalArgumentException if no preset has that id; the message lists them
   */
  public static ScoringProfile byId(String id) {
    Objects.requireNonNull(id, "id");
    for (ScoringProfile p : new ScoringProfile[] {NATIONAL, SICHUAN_2023, BEIJING_HAIDIAN_2016}) {
      if (p.id.equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "no scoring profile has id '" + id + "'; presets: national, sichuan-2023, beijing-2016");
  }

  /**
   * Returns a builder starting from the national defaults.
   *
   * @param id the id of the new profile, not blank
   * @return the builder, never null
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Returns a builder holding this profile's settings.
   *
   * @return the builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.executionRateBasis = executionRateBasis;
    b.executionWeight = executionWeight;
    b.categoryWeights.clear();
    b.categoryWeights.putAll(categoryWeights);
    b.usePrintedWeights = usePrintedWeights;
    b.reverseStrategy = reverseStrategy;
    b.strictComparators = strictComparators;
    b.assumedOperator = assumedOperator;
    b.qualitativeScoring = qualitativeScoring;
    b.assumedTier = assumedTier;
    b.rescaleNotApplicable = rescaleNotApplicable;
    b.scale = scale;
    b.rounding = rounding;
    b.gradeBands = gradeBands;
    b.overshootFactor = overshootFactor;
    return b;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the profile's id, such as {@code national}.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the budget the execution rate is measured against.
   *
   * @return the basis, never null
   */
  public ExecutionRateBasis executionRateBasis() {
    return executionRateBasis;
  }

  /**
   * Returns the execution rate's weight when the form prints none (10 nationally).
   *
   * @return the weight, never null
   */
  public BigDecimal executionWeight() {
    return executionWeight;
  }

  /**
   * Returns the weight of each first-level category when the form prints none (产出 50, 效益 30, 满意度 10).
   * Rows of a category not listed here cannot be weighted by default.
   *
   * @return the weights, unmodifiable, never null
   */
  public Map<IndicatorLevel1, BigDecimal> categoryWeights() {
    return categoryWeights;
  }

  /**
   * Returns true if the form's printed weights are used where present (the default).
   *
   * @return whether printed weights win
   */
  public boolean usePrintedWeights() {
    return usePrintedWeights;
  }

  /**
   * Returns the strategy for reverse rows (≤, ＜): REVERSE_INVERSE_RATIO or REVERSE_LINEAR.
   *
   * @return the strategy, never null
   */
  public Strategy reverseStrategy() {
    return reverseStrategy;
  }

  /**
   * Returns true if an actual equal to the target fails a strict operator (＞, ＜); false by default, as vendors
   * treat ＞ as ≥ [P]. With ratio scoring this changes the points only for a target of 0: otherwise the ratio at
   * a = t is 1 and the points are the weight either way.
   *
   * @return whether strict operators are strict
   */
  public boolean strictComparators() {
    return strictComparators;
  }

  /**
   * Returns the operator assumed for a numeric target printed without one (GE by default [I]).
   *
   * @return the operator, or null when rows without an operator are not scored
   */
  public @Nullable ComparisonOperator assumedOperator() {
    return assumedOperator;
  }

  /**
   * Returns how qualitative rows without a printed score count.
   *
   * @return the mode, never null
   */
  public QualitativeScoring qualitativeScoring() {
    return qualitativeScoring;
  }

  /**
   * Returns the tier assumed for a qualitative row that states none [I]; null by default (such rows are not scored
   * unless a score is printed).
   *
   * @return the tier, or null
   */
  public @Nullable QualitativeTier assumedTier() {
    return assumedTier;
  }

  /**
   * Returns true if the points of applicable rows are rescaled to 100 when some rows are not applicable
   * ("用适用指标得分汇总后按百分制…折算计分" [V] one template); false by default.
   *
   * @return whether to rescale
   */
  public boolean rescaleNotApplicable() {
    return rescaleNotApplicable;
  }

  /**
   * Returns the number of decimals of the total and of the displayed item points (2).
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns the rounding mode of the total (HALF_UP, 四舍五入 [I]).
   *
   * @return the mode, never null
   */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * Returns the grade bands.
   *
   * @return the bands, never null
   */
  public GradeBands gradeBands() {
    return gradeBands;
  }

  /**
   * Returns the factor from which a positive row's actual counts as far above its target (1.3 [P], Guangxi).
   *
   * @return the factor, never null
   */
  public BigDecimal overshootFactor() {
    return overshootFactor;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ScoringProfile o && id.equals(o.id) && executionRateBasis == o.executionRateBasis
        && executionWeight.compareTo(o.executionWeight) == 0 && categoryWeights.equals(o.categoryWeights)
        && usePrintedWeights == o.usePrintedWeights && reverseStrategy == o.reverseStrategy
        && strictComparators == o.strictComparators && assumedOperator == o.assumedOperator
        && qualitativeScoring == o.qualitativeScoring && assumedTier == o.assumedTier
        && rescaleNotApplicable == o.rescaleNotApplicable && scale == o.scale && rounding == o.rounding
        && gradeBands.equals(o.gradeBands) && overshootFactor.compareTo(o.overshootFactor) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, executionRateBasis, categoryWeights, qualitativeScoring, assumedTier, scale);
  }

  @Override
  public String toString() {
    return "ScoringProfile[" + id + ", " + executionRateBasis + ", 执行率 " + executionWeight + ", categories "
        + categoryWeights + ", " + reverseStrategy + ", qualitative " + qualitativeScoring
        + (assumedTier == null ? "" : " assuming " + assumedTier) + ", " + gradeBands + "]";
  }

  //-----------------------------------------------------------------------
  /** A mutable builder of {@link ScoringProfile}; setters validate eagerly. */
  public static final class Builder {
    private final String id;
    private ExecutionRateBasis executionRateBasis = ExecutionRateBasis.ANNUAL_BUDGET;
    private BigDecimal executionWeight = BigDecimal.TEN;
    private final Map<IndicatorLevel1, BigDecimal> categoryWeights = new EnumMap<>(IndicatorLevel1.class);
    private boolean usePrintedWeights = true;
    private Strategy reverseStrategy = Strategy.REVERSE_INVERSE_RATIO;
    private boolean strictComparators;
    private @Nullable ComparisonOperator assumedOperator = ComparisonOperator.GE;
    private QualitativeScoring qualitativeScoring = QualitativeScoring.AS_PRINTED;
    private @Nullable QualitativeTier assumedTier;
    private boolean rescaleNotApplicable;
    private int scale = 2;
    private RoundingMode rounding = RoundingMode.HALF_UP;
    private GradeBands gradeBands = GradeBands.national();
    private BigDecimal overshootFactor = new BigDecimal("1.3");

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("id must not be blank");
      }
      this.id = id;
      categoryWeights.put(IndicatorLevel1.OUTPUT, BigDecimal.valueOf(50));
      categoryWeights.put(IndicatorLevel1.BENEFIT, BigDecimal.valueOf(30));
      categoryWeights.put(IndicatorLevel1.SATISFACTION, BigDecimal.TEN);
    }

    /**
     * Sets the execution-rate basis.
     *
     * @param basis not null
     * @return this builder
     */
    public Builder executionRateBasis(ExecutionRateBasis basis) {
      this.executionRateBasis = Objects.requireNonNull(basis, "basis");
      return this;
    }

    /**
     * Sets the default execution weight.
     *
     * @param weight not null, 0 or more
     * @return this builder
     */
    public Builder executionWeight(BigDecimal weight) {
      this.executionWeight = nonNegative(weight, "weight");
      return this;
    }

    /**
     * Sets the default weight of a first-level category.
     *
     * @param category not null
     * @param weight not null, 0 or more
     * @return this builder
     */
    public Builder categoryWeight(IndicatorLevel1 category, BigDecimal weight) {
      categoryWeights.put(Objects.requireNonNull(category, "category"), nonNegative(weight, "weight"));
      return this;
    }

    /**
     * Sets whether printed weights are used where present.
     *
     * @param use whether to use them
     * @return this builder
     */
    public Builder usePrintedWeights(boolean use) {
      this.usePrintedWeights = use;
      return this;
    }

    /**
     * Sets the reverse strategy.
     *
     * @param strategy REVERSE_INVERSE_RATIO or REVERSE_LINEAR
     * @return this builder
     * @throws IllegalArgumentException for any other strategy
     */
    public Builder reverseStrategy(Strategy strategy) {
      Objects.requireNonNull(strategy, "strategy");
      if (strategy != Strategy.REVERSE_INVERSE_RATIO && strategy != Strategy.REVERSE_LINEAR) {
        throw new IllegalArgumentException("reverse strategy must be REVERSE_INVERSE_RATIO or REVERSE_LINEAR, was "
            + strategy);
      }
      this.reverseStrategy = strategy;
      return this;
    }

    /**
     * Sets whether strict operators are strict.
     *
     * @param strict whether a = t fails ＞ and ＜
     * @return this builder
     */
    public Builder strictComparators(boolean strict) {
      this.strictComparators = strict;
      return this;
    }

    /**
     * Sets the operator assumed for numeric targets printed without one.
     *
     * @param operator GE, GT, EQ, LE or LT; null to leave such rows unscored
     * @return this builder
     * @throws IllegalArgumentException for a non-quantitative operator
     */
    public Builder assumedOperator(@Nullable ComparisonOperator operator) {
      if (operator != null && !operator.isQuantitative()) {
        throw new IllegalArgumentException("assumed operator must be quantitative, was " + operator);
      }
      this.assumedOperator = operator;
      return this;
    }

    /**
     * Sets how qualitative rows without a printed score count.
     *
     * @param mode not null
     * @return this builder
     */
    public Builder qualitativeScoring(QualitativeScoring mode) {
      this.qualitativeScoring = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the tier assumed for qualitative rows that state none.
     *
     * @param tier may be null (no assumption)
     * @return this builder
     */
    public Builder assumedTier(@Nullable QualitativeTier tier) {
      this.assumedTier = tier;
      return this;
    }

    /**
     * Sets whether to rescale to 100 when rows are not applicable.
     *
     * @param rescale whether to rescale
     * @return this builder
     */
    public Builder rescaleNotApplicable(boolean rescale) {
      this.rescaleNotApplicable = rescale;
      return this;
    }

    /**
     * Sets the decimals and rounding of the total.
     *
     * @param scale from 0 to 10
     * @param rounding not null; UNNECESSARY is refused
     * @return this builder
     */
    public Builder rounding(int scale, RoundingMode rounding) {
      Objects.requireNonNull(rounding, "rounding");
      if (scale < 0 || scale > 10) {
        throw new IllegalArgumentException("scale (" + scale + ") must be in [0, 10]");
      }
      if (rounding == RoundingMode.UNNECESSARY) {
        throw new IllegalArgumentException("rounding must not be UNNECESSARY: totals of equal splits are inexact");
      }
      this.scale = scale;
      this.rounding = rounding;
      return this;
    }

    /**
     * Sets the grade bands.
     *
     * @param bands not null
     * @return this builder
     */
    public Builder gradeBands(GradeBands bands) {
      this.gradeBands = Objects.requireNonNull(bands, "bands");
      return this;
    }

    /**
     * Sets the overshoot factor.
     *
     * @param factor not null, greater than 1
     * @return this builder
     */
    public Builder overshootFactor(BigDecimal factor) {
      Objects.requireNonNull(factor, "factor");
      if (factor.compareTo(BigDecimal.ONE) <= 0) {
        throw new IllegalArgumentException("overshoot factor (" + factor + ") must be greater than 1");
      }
      this.overshootFactor = factor;
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile, never null
     */
    public ScoringProfile build() {
      return new ScoringProfile(this);
    }

    private static BigDecimal nonNegative(BigDecimal value, String name) {
      Objects.requireNonNull(value, name);
      if (value.signum() < 0) {
        throw new IllegalArgumentException(name + " (" + value + ") must not be negative");
      }
      return value;
    }
  }
}

package io.github.jixiao.rules;

import io.github.jixiao.rules.scoring.ScoringProfile;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The thresholds the rules use, where sources differ or leave the value to the evaluator (domain specification §6.2,
 * §10). Immutable; obtain a preset such as {@link #national()} and change it with {@link #toBuilder()}:
 * <pre>{@code
 * AuditProfile strict = AuditProfile.national().toBuilder().budgetAdjustmentThreshold(new BigDecimal("20")).build();
 * }</pre>
 *
 * <p>Thresholds on rates are in percent points. The rules compare a printed rate with a threshold using the printed
 * precision: a rate whose interval touches the threshold is reported {@link Outcome#INDETERMINATE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditProfile {
  private static final AuditProfile NATIONAL = builder().build();

  /** The regional presets, built on first use: an audit with the national profile needs neither. */
  private static final class Regional {
    static final AuditProfile SICHUAN_2023 = builder().name("sichuan-2023")
        .budgetAdjustmentThreshold(BigDecimal.ZERO).keyProjectAdjustmentThreshold(BigDecimal.ZERO)
        .scoringProfile(ScoringProfile.sichuan2023()).build();
    static final AuditProfile BEIJING_HAIDIAN_2016 =
        builder().name("beijing-2016").scoringProfile(ScoringProfile.beijingHaidian2016()).build();
  }

  private final String name;
  private final BigDecimal budgetCompletionThreshold;
  private final BigDecimal budgetAdjustmentThreshold;
  private final BigDecimal keyProjectAdjustmentThreshold;
  private final double goalMatchSimilarity;
  private final int repeatedPassageLength;
  private final BigDecimal executionRateThreshold;
  private final BigDecimal overshootPercent;
  private final BigDecimal overshootForZeroTarget;
  private final boolean requirePositiveLeafWeights;
  private final boolean autoScoring;
  /**
   * The scoring conventions, or null for the national ones, looked up when first asked for: the rules of the
   * department form never ask, so that auditing one loads no scoring class.
   */
  private final @Nullable ScoringProfile scoringProfile;

  private AuditProfile(Builder b) {
    this.name = b.name;
    this.budgetCompletionThreshold = b.budgetCompletionThreshold;
    this.budgetAdjustmentThreshold = b.budgetAdjustmentThreshold;
    this.keyProjectAdjustmentThreshold = b.keyProjectAdjustmentThreshold;
    this.goalMatchSimilarity = b.goalMatchSimilarity;
    this.repeatedPassageLength = b.repeatedPassageLength;
    this.executionRateThreshold = b.executionRateThreshold;
    this.overshootPercent = b.overshootPercent;
    this.overshootForZeroTarget = b.overshootForZeroTarget;
    this.requirePositiveLeafWeights = b.requirePositiveLeafWeights;
    this.autoScoring = b.autoScoring;
    this.scoringProfile = b.scoringProfile;
  }

  /**
   * Returns the national default profile: completion trigger 90 % (DW-F-07, Sichuan rule applied by analogy [V]/[I]),
   * adjustment trigger 30 % (DW-F-08, vendor field 预算调整超30%原因说明 [P]), key-project adjustment trigger 30 %
   * (DW-K-04 [P]), goal match similarity 0.5 (DW-G-02/03 [I]) and repeated-passage length 40 characters (DW-N-01
   * [I]).
   *
   * @return the national profile, never null
   */
  public static AuditProfile national() {
    return NATIONAL;
  }

  /**
   * Returns the Sichuan 2023 profile: as {@link #national()}, but every in-year budget adjustment, of the department
   * (DW-F-08) or of a key project (DW-K-04), must be explained ("预算调整（追加或调减）须单独说明" in the Sichuan 2023
   * project forms [V], applied to the department form by analogy [I]); the completion trigger stays at 90 % [V];
   * scoring by {@link ScoringProfile#sichuan2023()} (预算执行率 on 调整后预算数 [V]).
   *
   * @return the Sichuan 2023 profile, never null
   */
  public static AuditProfile sichuan2023() {
    return Regional.SICHUAN_2023;
  }

  /**
   * Returns the Beijing Haidian 2016 profile: national thresholds, scoring by
   * {@link ScoringProfile#beijingHaidian2016()} (执行率 on 年初预算数 [V]).
   *
   * @return the profile, never null
   */
  public static AuditProfile beijingHaidian2016() {
    return Regional.BEIJING_HAIDIAN_2016;
  }

  /**
   * Returns the preset with the given name: {@code national}, {@code sichuan-2023} or {@code beijing-2016}.
   *
   * @param name the name, not null
   * @return the profile, never null
   * @throws IllegalArgumentException if no preset has that name; the message lists them
   */
  public static AuditProfile byName(String name) {
    Objects.requireNonNull(name, "name");
    for (AuditProfile p : new AuditProfile[] {NATIONAL, Regional.SICHUAN_2023, Regional.BEIJING_HAIDIAN_2016}) {
      if (p.name.equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "no audit profile is named '" + name + "'; presets: national, sichuan-2023, beijing-2016");
  }

  /**
   * Returns a builder holding the national defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this profile's values.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the profile's name, such as {@code national}.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the 预算完成率 below which an explanation is expected (DW-F-07), in percent points.
   *
   * @return the threshold, never null
   */
  public BigDecimal budgetCompletionThreshold() {
    return budgetCompletionThreshold;
  }

  /**
   * Returns the 预算调整率 above which an explanation is expected (DW-F-08), in percent points.
   *
   * @return the threshold, never null
   */
  public BigDecimal budgetAdjustmentThreshold() {
    return budgetAdjustmentThreshold;
  }

  /**
   * Returns the key-project budget adjustment above which an explanation is expected (DW-K-04), in percent points.
   *
   * @return the threshold, never null
   */
  public BigDecimal keyProjectAdjustmentThreshold() {
    return keyProjectAdjustmentThreshold;
  }

  /**
   * Returns the similarity (Dice coefficient of character bigrams, 0 to 1) from which a task's expected goal is taken
   * to match a goal when no clause matches exactly (DW-G-02, DW-G-03).
   *
   * @return the similarity
   */
  public double goalMatchSimilarity() {
    return goalMatchSimilarity;
  }

  /**
   * Returns the length, in characters, of a verbatim passage shared by two narratives from which they count as
   * repeated (DW-N-01).
   *
   * @return the length, 4 or more
   */
  public int repeatedPassageLength() {
    return repeatedPassageLength;
  }

  /**
   * Returns the 执行率 below which a project form must explain itself (PRJ-D-03), in percent points: 90 (Sichuan
   * 2023 [V]).
   *
   * @return the threshold, never null
   */
  public BigDecimal executionRateThreshold() {
    return executionRateThreshold;
  }

  /**
   * Returns the actual, in percent of a positive row's target, from which a deviation analysis is expected
   * (PRJ-D-02): 130 (vendor Guangxi profile [P]).
   *
   * @return the percentage, never null
   */
  public BigDecimal overshootPercent() {
    return overshootPercent;
  }

  /**
   * Returns the actual from which a row with a target of 0 counts as overshot (PRJ-D-02): 30 [P].
   *
   * @return the value, never null
   */
  public BigDecimal overshootForZeroTarget() {
    return overshootForZeroTarget;
  }

  /**
   * Returns true if every leaf weight must be above zero (PRJ-W-04, a vendor switch [P]); true by default.
   *
   * @return whether PRJ-W-04 applies
   */
  public boolean requirePositiveLeafWeights() {
    return requirePositiveLeafWeights;
  }

  /**
   * Returns true if printed quantitative scores are checked against the scoring strategy (PRJ-S-04); true by
   * default.
   *
   * @return whether PRJ-S-04 applies
   */
  public boolean autoScoring() {
    return autoScoring;
  }

  /**
   * Returns the scoring conventions the score rules apply (PRJ-S-03, PRJ-S-04, PRJ-S-05, PRJ-W-02, PRJ-F-01,
   * PRJ-D-03): weights, execution-rate basis, strategies, grade bands.
   *
   * @return the scoring profile, never null
   */
  public ScoringProfile scoringProfile() {
    return scoringProfile != null ? scoringProfile : ScoringProfile.national();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof AuditProfile o && name.equals(o.name)
        && budgetCompletionThreshold.compareTo(o.budgetCompletionThreshold) == 0
        && budgetAdjustmentThreshold.compareTo(o.budgetAdjustmentThreshold) == 0
        && keyProjectAdjustmentThreshold.compareTo(o.keyProjectAdjustmentThreshold) == 0
        && Double.compare(goalMatchSimilarity, o.goalMatchSimilarity) == 0
        && repeatedPassageLength == o.repeatedPassageLength
        && executionRateThreshold.compareTo(o.executionRateThreshold) == 0
        && overshootPercent.compareTo(o.overshootPercent) == 0
        && overshootForZeroTarget.compareTo(o.overshootForZeroTarget) == 0
        && requirePositiveLeafWeights == o.requirePositiveLeafWeights && autoScoring == o.autoScoring
        && scoringProfile().equals(o.scoringProfile()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, budgetCompletionThreshold.stripTrailingZeros(),
        budgetAdjustmentThreshold.stripTrailingZeros(), keyProjectAdjustmentThreshold.stripTrailingZeros(),
        goalMatchSimilarity, repeatedPassageLength, executionRateThreshold.stripTrailingZeros(), autoScoring,
        scoringProfile());
  }

  @Override
  public String toString() {
    return "AuditProfile[" + name + ": completion<" + budgetCompletionThreshold.toPlainString() + "%, adjustment>"
        + budgetAdjustmentThreshold.toPlainString() + "%, keyProjectAdjustment>"
        + keyProjectAdjustmentThreshold.toPlainString() + "%, goalMatch>=" + goalMatchSimilarity
        + ", repeatedPassage>=" + repeatedPassageLength + ", execution<" + executionRateThreshold.toPlainString()
        + "%, overshoot>=" + overshootPercent.toPlainString() + "%, positiveLeafWeights=" + requirePositiveLeafWeights
        + ", autoScoring=" + autoScoring + ", scoring=" + scoringProfile().id() + "]";
  }

  /** Builds an {@link AuditProfile}; setters validate at once. This class is not thread-safe. */
  public static final class Builder {
    private String name = "national";
    private BigDecimal budgetCompletionThreshold = BigDecimal.valueOf(90);
    private BigDecimal budgetAdjustmentThreshold = BigDecimal.valueOf(30);
    private BigDecimal keyProjectAdjustmentThreshold = BigDecimal.valueOf(30);
    private double goalMatchSimilarity = 0.5;
    private int repeatedPassageLength = 40;
    private BigDecimal executionRateThreshold = BigDecimal.valueOf(90);
    private BigDecimal overshootPercent = BigDecimal.valueOf(130);
    private BigDecimal overshootForZeroTarget = BigDecimal.valueOf(30);
    private boolean requirePositiveLeafWeights = true;
    private boolean autoScoring = true;
    /** Null for the national conventions. */
    private @Nullable ScoringProfile scoringProfile;

    private Builder() {}

    private Builder(AuditProfile p) {
      name = p.name;
      budgetCompletionThreshold = p.budgetCompletionThreshold;
      budgetAdjustmentThreshold = p.budgetAdjustmentThreshold;
      keyProjectAdjustmentThreshold = p.keyProjectAdjustmentThreshold;
      goalMatchSimilarity = p.goalMatchSimilarity;
      repeatedPassageLength = p.repeatedPassageLength;
      executionRateThreshold = p.executionRateThreshold;
      overshootPercent = p.overshootPercent;
      overshootForZeroTarget = p.overshootForZeroTarget;
      requirePositiveLeafWeights = p.requirePositiveLeafWeights;
      autoScoring = p.autoScoring;
      scoringProfile = p.scoringProfile;
    }

    /**
     * Sets the profile's name.
     *
     * @param name not blank
     * @return this builder
     */
    public Builder name(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * Sets the DW-F-07 threshold in percent points.
     *
     * @param percent from 0 to 100, not null
     * @return this builder
     */
    public Builder budgetCompletionThreshold(BigDecimal percent) {
      this.budgetCompletionThreshold = percent("budgetCompletionThreshold", percent);
      return this;
    }

    /**
     * Sets the DW-F-08 threshold in percent points.
     *
     * @param percent 0 or more, not null
     * @return this builder
     */
    public Builder budgetAdjustmentThreshold(BigDecimal percent) {
      this.budgetAdjustmentThreshold = percent("budgetAdjustmentThreshold", percent);
      return this;
    }

    /**
     * Sets the DW-K-04 threshold in percent points.
     *
     * @param percent 0 or more, not null
     * @return this builder
     */
    public Builder keyProjectAdjustmentThreshold(BigDecimal percent) {
      this.keyProjectAdjustmentThreshold = percent("keyProjectAdjustmentThreshold", percent);
      return this;
    }

    /**
     * Sets the goal match similarity (DW-G-02, DW-G-03).
     *
     * @param similarity in (0, 1]
     * @return this builder
     */
    public Builder goalMatchSimilarity(double similarity) {
      if (!(similarity > 0 && similarity <= 1)) {
        throw new IllegalArgumentException("goalMatchSimilarity (" + similarity + ") must be in (0, 1]");
      }
      this.goalMatchSimilarity = similarity;
      return this;
    }

    /**
     * Sets the repeated-passage length (DW-N-01).
     *
     * @param characters 4 or more
     * @return this builder
     */
    public Builder repeatedPassageLength(int characters) {
      if (characters < 4) {
        throw new IllegalArgumentException("repeatedPassageLength (" + characters + ") must be 4 or more");
      }
      this.repeatedPassageLength = characters;
      return this;
    }

    /**
     * Sets the PRJ-D-03 threshold in percent points.
     *
     * @param percent 0 or more, not null
     * @return this builder
     */
    public Builder executionRateThreshold(BigDecimal percent) {
      this.executionRateThreshold = percent("executionRateThreshold", percent);
      return this;
    }

    /**
     * Sets the PRJ-D-02 overshoot, in percent of the target.
     *
     * @param percent above 100, not null
     * @return this builder
     */
    public Builder overshootPercent(BigDecimal percent) {
      Objects.requireNonNull(percent, "overshootPercent");
      if (percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
        throw new IllegalArgumentException("overshootPercent (" + percent + ") must be above 100");
      }
      this.overshootPercent = percent;
      return this;
    }

    /**
     * Sets the PRJ-D-02 overshoot for a target of 0.
     *
     * @param value above 0, not null
     * @return this builder
     */
    public Builder overshootForZeroTarget(BigDecimal value) {
      Objects.requireNonNull(value, "overshootForZeroTarget");
      if (value.signum() <= 0) {
        throw new IllegalArgumentException("overshootForZeroTarget (" + value + ") must be above 0");
      }
      this.overshootForZeroTarget = value;
      return this;
    }

    /**
     * Sets whether PRJ-W-04 applies.
     *
     * @param require whether every leaf weight must be above zero
     * @return this builder
     */
    public Builder requirePositiveLeafWeights(boolean require) {
      this.requirePositiveLeafWeights = require;
      return this;
    }

    /**
     * Sets whether PRJ-S-04 applies.
     *
     * @param check whether printed quantitative scores are checked
     * @return this builder
     */
    public Builder autoScoring(boolean check) {
      this.autoScoring = check;
      return this;
    }

    /**
     * Sets the scoring conventions of the score rules.
     *
     * @param profile not null
     * @return this builder
     */
    public Builder scoringProfile(ScoringProfile profile) {
      this.scoringProfile = Objects.requireNonNull(profile, "scoringProfile");
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile, never null
     */
    public AuditProfile build() {
      return new AuditProfile(this);
    }

    private static BigDecimal percent(String name, BigDecimal value) {
      Objects.requireNonNull(value, name);
      if (value.signum() < 0) {
        throw new IllegalArgumentException(name + " (" + value + ") must not be negative");
      }
      return value;
    }
  }
}

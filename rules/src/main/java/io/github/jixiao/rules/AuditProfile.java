package io.github.jixiao.rules;

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
  private static final AuditProfile SICHUAN_2023 = builder().name("sichuan-2023")
      .budgetAdjustmentThreshold(BigDecimal.ZERO).keyProjectAdjustmentThreshold(BigDecimal.ZERO).build();

  private final String name;
  private final BigDecimal budgetCompletionThreshold;
  private final BigDecimal budgetAdjustmentThreshold;
  private final BigDecimal keyProjectAdjustmentThreshold;
  private final double goalMatchSimilarity;
  private final int repeatedPassageLength;

  private AuditProfile(Builder b) {
    this.name = b.name;
    this.budgetCompletionThreshold = b.budgetCompletionThreshold;
    this.budgetAdjustmentThreshold = b.budgetAdjustmentThreshold;
    this.keyProjectAdjustmentThreshold = b.keyProjectAdjustmentThreshold;
    this.goalMatchSimilarity = b.goalMatchSimilarity;
    this.repeatedPassageLength = b.repeatedPassageLength;
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
   * project forms [V], applied to the department form by analogy [I]); the completion trigger stays at 90 % [V].
   *
   * @return the Sichuan 2023 profile, never null
   */
  public static AuditProfile sichuan2023() {
    return SICHUAN_2023;
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

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof AuditProfile o && name.equals(o.name)
        && budgetCompletionThreshold.compareTo(o.budgetCompletionThreshold) == 0
        && budgetAdjustmentThreshold.compareTo(o.budgetAdjustmentThreshold) == 0
        && keyProjectAdjustmentThreshold.compareTo(o.keyProjectAdjustmentThreshold) == 0
        && Double.compare(goalMatchSimilarity, o.goalMatchSimilarity) == 0
        && repeatedPassageLength == o.repeatedPassageLength);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, budgetCompletionThreshold.stripTrailingZeros(),
        budgetAdjustmentThreshold.stripTrailingZeros(), keyProjectAdjustmentThreshold.stripTrailingZeros(),
        goalMatchSimilarity, repeatedPassageLength);
  }

  @Override
  public String toString() {
    return "AuditProfile[" + name + ": completion<" + budgetCompletionThreshold.toPlainString() + "%, adjustment>"
        + budgetAdjustmentThreshold.toPlainString() + "%, keyProjectAdjustment>"
        + keyProjectAdjustmentThreshold.toPlainString() + "%, goalMatch>=" + goalMatchSimilarity
        + ", repeatedPassage>=" + repeatedPassageLength + "]";
  }

  /** Builds an {@link AuditProfile}; setters validate at once. This class is not thread-safe. */
  public static final class Builder {
    private String name = "national";
    private BigDecimal budgetCompletionThreshold = BigDecimal.valueOf(90);
    private BigDecimal budgetAdjustmentThreshold = BigDecimal.valueOf(30);
    private BigDecimal keyProjectAdjustmentThreshold = BigDecimal.valueOf(30);
    private double goalMatchSimilarity = 0.5;
    private int repeatedPassageLength = 40;

    private Builder() {}

    private Builder(AuditProfile p) {
      name = p.name;
      budgetCompletionThreshold = p.budgetCompletionThreshold;
      budgetAdjustmentThreshold = p.budgetAdjustmentThreshold;
      keyProjectAdjustmentThreshold = p.keyProjectAdjustmentThreshold;
      goalMatchSimilarity = p.goalMatchSimilarity;
      repeatedPassageLength = p.repeatedPassageLength;
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

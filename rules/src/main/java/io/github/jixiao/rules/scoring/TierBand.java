package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.QualitativeTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The score band of a qualitative tier for a given weight (§7.3): ACHIEVED [0.8 w, w], PARTIALLY_ACHIEVED
 * [0.6 w, 0.8 w), NOT_ACHIEVED [0, 0.6 w) [R] 10号; the vendor check rounds the limits to 2 decimals [P], which
 * {@link #ofRounded(QualitativeTier, BigDecimal, int, RoundingMode)} reproduces.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param tier the tier, not null
 * @param lower the lowest score of the band (inclusive), not null
 * @param upper the upper end of the band, not null
 * @param upperInclusive whether {@code upper} itself lies in the band (only for ACHIEVED)
 */
public record TierBand(QualitativeTier tier, BigDecimal lower, BigDecimal upper, boolean upperInclusive) {
  private static final BigDecimal EIGHTY = new BigDecimal("0.8");
  private static final BigDecimal SIXTY = new BigDecimal("0.6");

  /**
   * Creates a band.
   *
   * @param tier not null
   * @param lower not null
   * @param upper not null
   * @param upperInclusive whether the upper end is in the band
   */
  public TierBand {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
  }

  /**
   * Returns the exact band of a tier for a weight.
   *
   * @param tier the tier, not null
   * @param weight the row's weight, not null
   * @return the band, never null
   */
  public static TierBand of(QualitativeTier tier, BigDecimal weight) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(weight, "weight");
    return switch (tier) {
      case ACHIEVED -> new TierBand(tier, weight.multiply(EIGHTY), weight, true);
      case PARTIALLY_ACHIEVED -> new TierBand(tier, weight.multiply(SIXTY), weight.multiply(EIGHTY), false);
      case NOT_ACHIEVED -> new TierBand(tier, BigDecimal.ZERO, weight.multiply(SIXTY), false);
    };
  }

  /**
   * Returns the band with its limits rounded, as the vendor check does ({@code round(w*0.8,2) ≤ score ≤ w}) [P].
   *
   * @param tier the tier, not null
   * @param weight the row's weight, not null
   * @param scale the decimals of the limits
   * @param rounding the rounding mode, not null
   * @return the band, never null
   */
  public static TierBand ofRounded(QualitativeTier tier, BigDecimal weight, int scale, RoundingMode rounding) {
    TierBand exact = of(tier, weight);
    return new TierBand(tier, exact.lower.setScale(scale, rounding), exact.upper.setScale(scale, rounding),
        exact.upperInclusive);
  }

  /**
   * Returns true if the score lies in the band.
   *
   * @param score the score, not null
   * @return whether it lies in the band
   */
  public boolean contains(BigDecimal score) {
    int lo = score.compareTo(lower);
    int hi = score.compareTo(upper);
    return lo >= 0 && (hi < 0 || (hi == 0 && upperInclusive));
  }

  /**
   * Returns true if a printed score may lie in the band: some value the printed figure stands for (within half a
   * unit of its last decimal, §6.1) lies in the band. A score printed 0.01 for a weight of 0.01 in PARTIALLY_ACHIEVED
   * (band [0.006, 0.008)) is admitted; the vendor's rounded limits ([0.01, 0.01)) would admit nothing.
   *
   * @param printed the printed score, not null
   * @return whether the printed score is consistent with the band
   */
  public boolean admits(BigDecimal printed) {
    BigDecimal half = new BigDecimal(java.math.BigInteger.valueOf(5), Math.max(printed.scale(), 0) + 1);
    BigDecimal low = printed.subtract(half);
    BigDecimal high = printed.add(half);
    int belowUpper = low.compareTo(upper);
    return high.compareTo(lower) >= 0 && (belowUpper < 0 || (belowUpper == 0 && upperInclusive));
  }

  /**
   * Returns the band as an interval, such as {@code [4.44, 5.56]} or {@code [3.33, 4.44)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "[" + lower.toPlainString() + ", " + upper.toPlainString() + (upperInclusive ? "]" : ")");
  }
}

package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The score bands of the grades 优 / 良 / 中 / 差 (评价等级), as half-open intervals: 优 from {@link #excellentFrom()},
 * 良 from {@link #goodFrom()}, 中 from {@link #fairFrom()}, 差 below.
 *
 * <p>National bands: 90 ≤ s ≤ 100 优, 80 ≤ s &lt; 90 良, 60 ≤ s &lt; 80 中, s &lt; 60 差 (MOF 预算司 [V]; 10号
 * "90（含）-100分为优" [R]). The published integer ranges ("良 80–89") leave 89.5 undefined; the half-open reading
 * of the （含） wording is used.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradeBands {
  private static final GradeBands NATIONAL =
      new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60));

  private final BigDecimal excellentFrom;
  private final BigDecimal goodFrom;
  private final BigDecimal fairFrom;

  private GradeBands(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal fairFrom) {
    this.excellentFrom = excellentFrom;
    this.goodFrom = goodFrom;
    this.fairFrom = fairFrom;
  }

  /**
   * Returns the national bands: 90 / 80 / 60.
   *
   * @return the bands, never null
   */
  public static GradeBands national() {
    return NATIONAL;
  }

  /**
   * Obtains bands from their lower bounds (inclusive).
   *
   * @param excellentFrom the lowest score graded 优, not null
   * @param goodFrom the lowest score graded 良, not null
   * @param fairFrom the lowest score graded 中, not null
   * @return the bands, never null
   * @throws IllegalArgumentException unless excellentFrom &gt; goodFrom &gt; fairFrom ≥ 0
   */
  public static GradeBands of(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal fairFrom) {
    Objects.requireNonNull(excellentFrom, "excellentFrom");
    Objects.requireNonNull(goodFrom, "goodFrom");
    Objects.requireNonNull(fairFrom, "fairFrom");
    if (!(excellentFrom.compareTo(goodFrom) > 0 && goodFrom.compareTo(fairFrom) > 0 && fairFrom.signum() >= 0)) {
      throw new IllegalArgumentException("bands must satisfy excellentFrom (" + excellentFrom + ") > goodFrom ("
          + goodFrom + ") > fairFrom (" + fairFrom + ") >= 0");
    }
    return new GradeBands(excellentFrom, goodFrom, fairFrom);
  }

  /**
   * Returns the grade of a total score.
   *
   * @param total the total, not null
   * @return the grade, never null
   */
  public Grade grade(BigDecimal total) {
    Objects.requireNonNull(total, "total");
    if (total.compareTo(excellentFrom) >= 0) {
      return Grade.EXCELLENT;
    }
    if (total.compareTo(goodFrom) >= 0) {
      return Grade.GOOD;
    }
    return total.compareTo(fairFrom) >= 0 ? Grade.FAIR : Grade.POOR;
  }

  /**
   * Returns the lowest score graded 优.
   *
   * @return the bound, never null
   */
  public BigDecimal excellentFrom() {
    return excellentFrom;
  }

  /**
   * Returns the lowest score graded 良.
   *
   * @return the bound, never null
   */
  public BigDecimal goodFrom() {
    return goodFrom;
  }

  /**
   * Returns the lowest score graded 中.
   *
   * @return the bound, never null
   */
  public BigDecimal fairFrom() {
    return fairFrom;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof GradeBands other && excellentFrom.compareTo(other.excellentFrom) == 0
        && goodFrom.compareTo(other.goodFrom) == 0 && fairFrom.compareTo(other.fairFrom) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(excellentFrom.stripTrailingZeros(), goodFrom.stripTrailingZeros(),
        fairFrom.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return "GradeBands[优 ≥ " + excellentFrom + ", 良 ≥ " + goodFrom + ", 中 ≥ " + fairFrom + "]";
  }
}

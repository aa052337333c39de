package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Percentage;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A closed interval of exact decimals [{@link #lower()}, {@link #upper()}]: the set of true values a printed figure,
 * or a figure derived from printed figures, may stand for (domain specification §6.1).
 *
 * <p>A figure printed with {@code s} decimals stands for any value within half a unit of its last decimal:
 * {@link #ofPrinted(Amount) ofPrinted(422.69)} is [422.685, 422.695]. Sums, differences, products and absolute values
 * are exact. Division rounds, and it rounds <em>outward</em> (the lower bound toward −∞, the upper toward +∞) at the
 * {@link MathContext} the caller gives, so the result always contains every true quotient. No epsilon is involved
 * anywhere.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Interval implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The precision used by {@link #dividedBy(Interval)}: 34 significant digits (IEEE 754 decimal128). */
  public static final MathContext DEFAULT_PRECISION = MathContext.DECIMAL128;

  private final BigDecimal lower;
  private final BigDecimal upper;

  private Interval(BigDecimal lower, BigDecimal upper) {
    this.lower = lower;
    this.upper = upper;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains the interval [lower, upper].
   *
   * @param lower the lower bound, not null
   * @param upper the upper bound, not null, not below {@code lower}
   * @return the interval, never null
   * @throws IllegalArgumentException if {@code upper < lower}
   */
  public static Interval of(BigDecimal lower, BigDecimal upper) {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (upper.compareTo(lower) < 0) {
      throw new IllegalArgumentException("upper (" + upper + ") must not be below lower (" + lower + ")");
    }
    return new Interval(lower, upper);
  }

  /**
   * Obtains the interval holding exactly one value.
   *
   * @param value the value, not null
   * @return [value, value], never null
   */
  public static Interval exactly(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return new Interval(value, value);
  }

  /**
   * Obtains the interval a printed value stands for: the value ± {@code halfUnit}.
   *
   * @param value the printed value, not null
   * @param halfUnit half a unit of the last printed decimal, zero or more, not null
   * @return the interval, never null
   */
  public static Interval around(BigDecimal value, BigDecimal halfUnit) {
    Objects.requireNonNull(value, "value");
    if (halfUnit.signum() < 0) {
      throw new IllegalArgumentException("halfUnit (" + halfUnit + ") must not be negative");
    }
    return new Interval(value.subtract(halfUnit), value.add(halfUnit));
  }

  /**
   * Obtains the interval a printed amount stands for: {@code 422.69} gives [422.685, 422.695], {@code 11.6} gives
   * [11.55, 11.65].
   *
   * @param amount the printed amount, not null
   * @return the interval, in the amount's unit, never null
   */
  public static Interval ofPrinted(Amount amount) {
    return around(amount.value(), amount.halfUnit());
  }

  /**
   * Obtains the interval a printed percentage stands for, in percent points: {@code 99.68%} gives [99.675, 99.685],
   * {@code 100%} gives [99.5, 100.5].
   *
   * @param percentage the printed percentage, not null
   * @return the interval in percent points, never null
   */
  public static Interval ofPrinted(Percentage percentage) {
    return around(percentage.percent(), percentage.halfUnit());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the lower bound.
   *
   * @return the lower bound, never null
   */
  public BigDecimal lower() {
    return lower;
  }

  /**
   * Returns the upper bound.
   *
   * @return the upper bound, never null
   */
  public BigDecimal upper() {
    return upper;
  }

  /**
   * Returns true if the value lies in the interval, bounds included.
   *
   * @param value the value, not null
   * @return whether contained
   */
  public boolean contains(BigDecimal value) {
    return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
  }

  /**
   * Returns true if zero lies in the interval.
   *
   * @return whether the interval contains zero
   */
  public boolean containsZero() {
    return lower.signum() <= 0 && upper.signum() >= 0;
  }

  /**
   * Returns true if the two intervals share at least one value.
   *
   * @param other the other interval, not null
   * @return whether they intersect
   */
  public boolean intersects(Interval other) {
    return lower.compareTo(other.upper) <= 0 && other.lower.compareTo(upper) <= 0;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the interval of all sums: [a + c, b + d]. Exact.
   *
   * @param other the other interval, not null
   * @return the sum, never null
   */
  public Interval plus(Interval other) {
    return new Interval(lower.add(other.lower), upper.add(other.upper));
  }

  /**
   * Returns the interval of all differences: [a − d, b − c]. Exact.
   *
   * @param other the other interval, not null
   * @return the difference, never null
   */
  public Interval minus(Interval other) {
    return new Interval(lower.subtract(other.upper), upper.subtract(other.lower));
  }

  /**
   * Returns the interval of all products. Exact.
   *
   * @param other the other interval, not null
   * @return the product, never null
   */
  public Interval times(Interval other) {
    BigDecimal p1 = lower.multiply(other.lower);
    BigDecimal p2 = lower.multiply(other.upper);
    BigDecimal p3 = upper.multiply(other.lower);
    BigDecimal p4 = upper.multiply(other.upper);
    return new Interval(p1.min(p2).min(p3).min(p4), p1.max(p2).max(p3).max(p4));
  }

  /**
   * Returns this interval multiplied by an exact factor. Exact.
   *
   * @param factor the factor, not null
   * @return the product, never null
   */
  public Interval times(BigDecimal factor) {
    BigDecimal a = lower.multiply(factor);
    BigDecimal b = upper.multiply(factor);
    return factor.signum() >= 0 ? new Interval(a, b) : new Interval(b, a);
  }

  /**
   * Returns the interval of all quotients, rounded outward at {@link #DEFAULT_PRECISION}.
   *
   * @param divisor the divisor, not null, not containing zero
   * @return the quotient, never null
   * @throws ArithmeticException if the divisor contains zero
   */
  public Interval dividedBy(Interval divisor) {
    return dividedBy(divisor, DEFAULT_PRECISION);
  }

  /**
   * Returns the interval of all quotients, each bound rounded outward at the given precision: the lower bound with
   * {@link RoundingMode#FLOOR}, the upper with {@link RoundingMode#CEILING}, whatever rounding mode {@code mc} names.
   * The result therefore contains every true quotient.
   *
   * @param divisor the divisor, not null, not containing zero
   * @param mc the precision, not null; its precision must be positive (unlimited division may not terminate)
   * @return the quotient, never null
   * @throws ArithmeticException if the divisor contains zero
   * @throws IllegalArgumentException if the precision is 0
   */
  public Interval dividedBy(Interval divisor, MathContext mc) {
    Objects.requireNonNull(divisor, "divisor");
    if (mc.getPrecision() == 0) {
      throw new IllegalArgumentException("precision must be positive");
    }
    if (divisor.containsZero()) {
      throw new ArithmeticException("divisor " + divisor + " contains zero");
    }
    MathContext down = new MathContext(mc.getPrecision(), RoundingMode.FLOOR);
    MathContext up = new MathContext(mc.getPrecision(), RoundingMode.CEILING);
    // The divisor has one sign, so each bound of the quotient is one corner: two divisions, not eight.
    BigDecimal loN;
    BigDecimal loD;
    BigDecimal hiN;
    BigDecimal hiD;
    if (divisor.lower.signum() > 0) {
      loN = lower;
      loD = lower.signum() >= 0 ? divisor.upper : divisor.lower;
      hiN = upper;
      hiD = upper.signum() >= 0 ? divisor.lower : divisor.upper;
    } else {
      loN = upper;
      loD = upper.signum() >= 0 ? divisor.upper : divisor.lower;
      hiN = lower;
      hiD = lower.signum() >= 0 ? divisor.lower : divisor.upper;
    }
    return new Interval(loN.divide(loD, down), hiN.divide(hiD, up));
  }

  /**
   * Returns the interval of all absolute values. Exact.
   *
   * @return |this|, never null
   */
  public Interval abs() {
    if (lower.signum() >= 0) {
      return this;
    }
    if (upper.signum() <= 0) {
      return new Interval(upper.negate(), lower.negate());
    }
    return new Interval(BigDecimal.ZERO, lower.negate().max(upper));
  }

  /**
   * Returns the interval widened by {@code amount} on both sides: [a − h, b + h].
   *
   * @param amount the widening, zero or more, not null
   * @return the wider interval, never null
   */
  public Interval widenedBy(BigDecimal amount) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount (" + amount + ") must not be negative");
    }
    return new Interval(lower.subtract(amount), upper.add(amount));
  }

  /**
   * Returns the interval with its bounds rounded outward to {@code scale} decimals, for display.
   *
   * @param scale the number of decimals
   * @return an interval containing this one, never null
   */
  public Interval roundedOutward(int scale) {
    return new Interval(lower.setScale(scale, RoundingMode.FLOOR), upper.setScale(scale, RoundingMode.CEILING));
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether the bounds are numerically equal ({@code [1.0, 2]} equals {@code [1, 2.00]}).
   *
   * @param obj the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof Interval other && lower.compareTo(other.lower) == 0
        && upper.compareTo(other.upper) == 0);
  }

  @Override
  public int hashCode() {
    return lower.stripTrailingZeros().hashCode() * 31 + upper.stripTrailingZeros().hashCode();
  }

  /**
   * Returns the interval as {@code [lower, upper]} in plain notation.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "[" + lower.toPlainString() + ", " + upper.toPlainString() + "]";
  }
}

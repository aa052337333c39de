package io.github.jixiao.core;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rate printed as a percentage (百分比), such as 预算完成率 {@code 99.68%}, keeping its printed precision.
 *
 * <p>The value is held in percent points ({@code 99.68}), with the number of decimals printed: {@code 100%} has 0
 * decimals and stands for [99.5, 100.5), {@code 100.00%} has 2 and stands for [99.995, 100.005). As with
 * {@link Amount}, {@link #equals(Object)} is scale-sensitive and {@link #isEqual(Percentage)} numeric.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest number of decimals a percentage may carry. */
  public static final int MAX_DECIMALS = 12;
  /** The largest number of digits before the decimal point (percentages of many thousand percent are printed). */
  public static final int MAX_INTEGER_DIGITS = 12;

  /** The value in percent points, with the printed scale. */
  private final BigDecimal percent;

  private Percentage(BigDecimal percent) {
    this.percent = percent;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a percentage from its value in percent points, keeping the scale: {@code of(new BigDecimal("99.68"))}
   * is 99.68%.
   *
   * @param percent the value in percent points, not null
   * @return the percentage, never null
   * @throws IllegalArgumentException if the scale exceeds {@value #MAX_DECIMALS} or the integer part has more than
   *     {@value #MAX_INTEGER_DIGITS} digits
   */
  public static Percentage of(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    BigDecimal p = percent.scale() < 0 ? percent.setScale(0, RoundingMode.UNNECESSARY) : percent;
    if (p.scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException("percent (" + p + ") must have at most " + MAX_DECIMALS + " decimals");
    }
    if (p.precision() - p.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException("percent must have at most " + MAX_INTEGER_DIGITS + " integer digits");
    }
    return new Percentage(p);
  }

  /**
   * Obtains the percentage that a form would print for an exact fraction, rounding once: {@code ofFraction(0.996769,
   * 2, HALF_UP)} is 99.68%.
   *
   * @param fraction the rate as a fraction (1 = 100%), not null
   * @param decimals the number of decimals to print, from 0 to {@value #MAX_DECIMALS}
   * @param rounding how to round, not null
   * @return the percentage, never null
   */
  public static Percentage ofFraction(BigDecimal fraction, int decimals, RoundingMode rounding) {
    Objects.requireNonNull(fraction, "fraction");
    Objects.requireNonNull(rounding, "rounding");
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException("decimals (" + decimals + ") must be in [0, " + MAX_DECIMALS + "]");
    }
    return of(fraction.movePointRight(2).setScale(decimals, rounding));
  }

  /**
   * Parses a printed percentage such as {@code "99.68%"}, {@code "１００％"} or {@code "95"} (the sign may be left out,
   * as in a column headed 执行率(%)). Full-width forms, thousands separators ({@code "1,234.5%"}) and markup residue
   * are accepted; the printed decimals are kept.
   *
   * @param text the text, not null
   * @return the percentage, never null
   * @throws ValueFormatException if the text is not a percentage; its index is that of the first character that
   *     cannot be part of a printed percentage, or 0 when each can
   */
  public static Percentage parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Texts.normalize(text);
    PrintedNumber m = PrintedNumber.match(s, "%");
    if (m == null) {
      throw new ValueFormatException("not a percentage", text, firstUnexpected(text));
    }
    try {
      return of(new BigDecimal(m.number()));
    } catch (IllegalArgumentException e) {
      throw new ValueFormatException(e.getMessage(), text, 0);
    }
  }

  /** The index of the first character that cannot be part of a printed percentage, or 0 when each can. */
  private static int firstUnexpected(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = Character.isDigit(c) || Character.isWhitespace(c) || "+-−.,，．%％".indexOf(c) >= 0;
      if (!allowed) {
        return i;
      }
    }
    return 0;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value in percent points as printed, such as {@code 99.68}.
   *
   * @return the value, never null
   */
  public BigDecimal percent() {
    return percent;
  }

  /**
   * Returns the number of decimals printed, such as 2 for {@code 99.68%} and 0 for {@code 100%}.
   *
   * @return the number of decimals, 0 or more
   */
  public int decimals() {
    return percent.scale();
  }

  /**
   * Returns the rate as an exact fraction, such as {@code 0.9968} for 99.68%.
   *
   * @return the fraction, never null
   */
  public BigDecimal asFraction() {
    return percent.movePointLeft(2);
  }

  /**
   * Returns half a unit of the last printed decimal, in percent points: {@code 0.005} for {@code 99.68%} and
   * {@code 0.5} for {@code 100%}. A printed percentage stands for any exact rate within this distance.
   *
   * @return the half unit, positive, never null
   */
  public BigDecimal halfUnit() {
    return new BigDecimal(BigInteger.valueOf(5), percent.scale() + 1);
  }

  //-----------------------------------------------------------------------
  /**
   * Compares the values numerically, ignoring the printed precision: {@code 100%} and {@code 100.00%} are equal here.
   *
   * @param other the other percentage, not null
   * @return true if the values are equal
   * @see #equals(Object)
   */
  public boolean isEqual(Percentage other) {
    return compareTo(other) == 0;
  }

  /**
   * Compares the values numerically; inconsistent with {@link #equals(Object)}, as for {@link BigDecimal}.
   *
   * @param other the other percentage, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Percentage other) {
    return percent.compareTo(Objects.requireNonNull(other, "other").percent);
  }

  /**
   * Checks whether two percentages are the same as printed, including the number of decimals.
   *
   * @param obj the other object, may be null
   * @return true if equal as printed
   * @see #isEqual(Percentage)
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof Percentage other && percent.equals(other.percent));
  }

  @Override
  public int hashCode() {
    return percent.hashCode();
  }

  /**
   * Returns the percentage as printed, such as {@code 99.68%}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return percent.toPlainString() + "%";
  }
}

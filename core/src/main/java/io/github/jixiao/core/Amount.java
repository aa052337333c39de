package io.github.jixiao.core;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money as printed on a form (金额), such as {@code 422.69} in 万元.
 *
 * <p>An amount keeps the precision it was printed with: {@code 11.6} has scale 1 and stands for any value in
 * [11.55, 11.65), while {@code 11.60} has scale 2 and stands for [11.595, 11.605). The two are therefore not
 * {@link #equals(Object) equal}, although they are {@link #isEqual(Amount) numerically equal}, in the manner of
 * Joda-Money's {@code BigMoney}. {@link #halfUnit()} gives the half-unit of the printed precision that the rules use
 * as rounding tolerance.
 *
 * <p>Amounts may be negative (a form can print a negative figure; the rules flag it). To keep arithmetic on hostile
 * input bounded, the scale is limited to {@value #MAX_SCALE} decimals and the integer part to
 * {@value #MAX_INTEGER_DIGITS} digits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest number of decimals an amount may carry. */
  public static final int MAX_SCALE = 12;
  /** The largest number of digits before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 18;

  /** The unit labels a printed amount may end with. */
  private static final String[] UNIT_LABELS = {"元", "千元", "万元", "亿元"};

  /** The value, never null, scale in [0, MAX_SCALE]. */
  private final BigDecimal value;
  /** The unit, never null. */
  private final AmountUnit unit;

  private Amount(BigDecimal value, AmountUnit unit) {
    this.value = value;
    this.unit = unit;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an amount from a value and a unit, keeping the value's scale.
   *
   * <p>A negative scale (such as {@code 1E+3}) is brought to scale 0 without changing the value.
   *
   * @param value the value, not null
   * @param unit the unit, not null
   * @return the amount, never null
   * @throws IllegalArgumentException if the scale exceeds {@value #MAX_SCALE} or the integer part has more than
   *     {@value #MAX_INTEGER_DIGITS} digits
   */
  public static Amount of(BigDecimal value, AmountUnit unit) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    BigDecimal v = value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    if (v.scale() > MAX_SCALE) {
      throw new IllegalArgumentException("value (" + v + ") must have at most " + MAX_SCALE + " decimals");
    }
    if (v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "value must have at most " + MAX_INTEGER_DIGITS + " integer digits, was " + (v.precision() - v.scale()));
    }
    return new Amount(v, unit);
  }

  /**
   * Obtains an amount from printed digits and a unit, such as {@code of("11.6", TEN_THOUSAND_YUAN)}.
   *
   * @param printed the digits as printed, not null; see {@link #parse(CharSequence, AmountUnit)}
   * @param unit the unit, not null
   * @return the amount, never null
   * @throws ValueFormatException if the text is not an amount
   */
  public static Amount of(String printed, AmountUnit unit) {
    return parse(printed, unit);
  }

  /**
   * Obtains an amount in 万元, the unit of almost every form, such as {@code ofWan("422.69")}.
   *
   * @param printed the digits as printed, not null
   * @return the amount, never null
   * @throws ValueFormatException if the text is not an amount
   */
  public static Amount ofWan(String printed) {
    return parse(printed, AmountUnit.TEN_THOUSAND_YUAN);
  }

  /**
   * Parses an amount that names its unit, such as {@code "422.69万元"} or the output of {@link #toString()}.
   *
   * @param text the text, not null
   * @return the amount, never null
   * @throws ValueFormatException if the text is not an amount or names no unit
   */
  public static Amount parse(CharSequence text) {
    return parse(text, null);
  }

  /**
   * Parses a printed amount, such as {@code "422.69"}, {@code "1,172.55"}, {@code "１１.６"} or {@code "11.6万元"}.
   *
   * <p>Full-width digits and markup residue are accepted, thousands separators are dropped, the printed decimals are
   * kept ({@code "11.6"} has scale 1). Exponents ({@code "1e5"}) are not printed amounts and are refused.
   *
   * @param text the text, not null
   * @param unit the unit to use when the text names none; when the text names one, it must be this one. May be null,
   *     in which case the text must name its unit
   * @return the amount, never null
   * @throws ValueFormatException if the text is not an amount, names no unit when {@code unit} is null, or names
   *     another unit
   */
  public static Amount parse(CharSequence text, @Nullable AmountUnit unit) {
    Objects.requireNonNull(text, "text");
    String s = Texts.normalize(text);
    PrintedNumber m = PrintedNumber.match(s, UNIT_LABELS);
    if (m == null) {
      throw new ValueFormatException("not an amount", text, firstUnexpected(text));
    }
    String label = m.suffix();
    AmountUnit printedUnit = label == null ? null : AmountUnit.fromLabel(label).orElseThrow();
    if (printedUnit == null && unit == null) {
      throw new ValueFormatException("amount names no unit (元, 千元, 万元, 亿元)", text, text.length());
    }
    if (printedUnit != null && unit != null && printedUnit != unit) {
      int at = text.toString().lastIndexOf(printedUnit.label());
      throw new ValueFormatException("amount is in " + printedUnit.label() + ", expected " + unit.label(), text,
          Math.max(at, 0));
    }
    BigDecimal value = new BigDecimal(m.number());
    try {
      return of(value, printedUnit != null ? printedUnit : unit);
    } catch (IllegalArgumentException e) {
      throw new ValueFormatException(e.getMessage(), text, 0);
    }
  }

  /** The index of the first character that cannot be part of a printed amount, or 0 when all can. */
  private static int firstUnexpected(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = Character.isDigit(c) || Character.isWhitespace(c) || "+-−.,，．元千万亿".indexOf(c) >= 0;
      if (!allowed) {
        return i;
      }
    }
    return 0;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value, with the scale it was printed with.
   *
   * @return the value, never null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the unit.
   *
   * @return the unit, never null
   */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * Returns the number of decimals printed, such as 1 for {@code 11.6}.
   *
   * @return the scale, from 0 to {@value #MAX_SCALE}
   */
  public int scale() {
    return value.scale();
  }

  /**
   * Returns half a unit of the last printed decimal: the largest rounding error of the printed figure, such as
   * {@code 0.005} for {@code 422.69} and {@code 0.05} for {@code 11.6}.
   *
   * @return the half unit, positive, never null
   */
  public BigDecimal halfUnit() {
    return new BigDecimal(java.math.BigInteger.valueOf(5), value.scale() + 1);
  }

  /**
   * Returns true if the value is below zero.
   *
   * @return whether negative
   */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /**
   * Returns true if the value is zero, whatever its scale.
   *
   * @return whether zero
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Returns the value in yuan, exactly.
   *
   * @return the value in yuan, never null
   */
  public BigDecimal toYuan() {
    return value.multiply(unit.yuanPerUnit());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns this amount plus another of the same unit, exactly; the scale is the larger of the two.
   *
   * @param other the other amount, not null
   * @return the sum, never null
   * @throws IllegalArgumentException if the units differ or the result exceeds the bounds of an amount
   */
  public Amount plus(Amount other) {
    requireSameUnit(other);
    return of(value.add(other.value), unit);
  }

  /**
   * Returns this amount minus another of the same unit, exactly; the scale is the larger of the two.
   *
   * @param other the other amount, not null
   * @return the difference, never null
   * @throws IllegalArgumentException if the units differ or the result exceeds the bounds of an amount
   */
  public Amount minus(Amount other) {
    requireSameUnit(other);
    return of(value.subtract(other.value), unit);
  }

  private void requireSameUnit(Amount other) {
    Objects.requireNonNull(other, "other");
    if (other.unit != unit) {
      throw new IllegalArgumentException("units differ: " + unit.label() + " and " + other.unit.label());
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Compares the values numerically, ignoring the printed scale and converting units: {@code 11.6} and
   * {@code 11.60} 万元 are equal here, and so are 1万元 and 10000元.
   *
   * @param other the other amount, not null
   * @return true if the two amounts are worth the same
   * @see #equals(Object)
   */
  public boolean isEqual(Amount other) {
    return compareTo(other) == 0;
  }

  /**
   * Compares the values numerically in yuan. This ordering is inconsistent with {@link #equals(Object)}, as
   * {@link BigDecimal#compareTo(BigDecimal)} is.
   *
   * @param other the other amount, not null
   * @return negative, zero or positive as this amount is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(Amount other) {
    Objects.requireNonNull(other, "other");
    return other.unit == unit ? value.compareTo(other.value) : toYuan().compareTo(other.toYuan());
  }

  /**
   * Checks whether two amounts are the same as printed: same unit, same value and same scale, so {@code 11.6} is not
   * equal to {@code 11.60}.
   *
   * @param obj the other object, may be null
   * @return true if equal as printed
   * @see #isEqual(Amount)
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof Amount other && unit == other.unit && value.equals(other.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + unit.hashCode();
  }

  /**
   * Returns the amount as printed followed by its unit, such as {@code 422.69万元}; {@link #parse(CharSequence)}
   * reads it back.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return value.toPlainString() + unit.label();
  }
}

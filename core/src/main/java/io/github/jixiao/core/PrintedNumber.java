package io.github.jixiao.core;

import org.jspecify.annotations.Nullable;

/**
 * A printed decimal number with an optional suffix, read by a scan that matches what the pattern
 * {@code ([+-])?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?\s*(suffix)?} matches on the whole text, where {@code \s} is
 * ASCII white space and {@code \d} an ASCII digit: an optional sign, digits (optionally grouped by thousands with
 * commas), an optional point with optional decimals, and one of the given suffixes (such as {@code 万元} or
 * {@code %}). Amounts and percentages are read with it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PrintedNumber {
  /** The number as {@link java.math.BigDecimal#BigDecimal(String)} reads it: sign, digits without commas, decimals. */
  private final String number;
  /** The suffix printed, or null. */
  private final @Nullable String suffix;

  private PrintedNumber(String number, @Nullable String suffix) {
    this.number = number;
    this.suffix = suffix;
  }

  /**
   * Reads the whole text as a printed number.
   *
   * @param s the text, not null
   * @param suffixes the suffixes accepted after the number, none of them empty
   * @return the number, or null if the text is not one
   */
  static @Nullable PrintedNumber match(String s, String... suffixes) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    i = Texts.skipRegexSpaces(s, i);
    int digitsStart = i;
    i = Texts.asciiDigitsEnd(s, i);
    if (i == digitsStart) {
      return null;
    }
    StringBuilder digits = new StringBuilder(n);
    if (negative) {
      digits.append('-');
    }
    digits.append(s, digitsStart, i);
    if (i - digitsStart <= 3) {
      // Thousands groups: ",ddd" as long as they come. Any other continuation (",dd", a fourth digit) leaves a comma
      // or a digit that nothing after the number accepts, with or without the groups, so the text is then no number.
      while (i + 3 < n && s.charAt(i) == ',' && Texts.isAsciiDigit(s.charAt(i + 1)) && Texts.isAsciiDigit(s.charAt(i + 2))
          && Texts.isAsciiDigit(s.charAt(i + 3))) {
        digits.append(s, i + 1, i + 4);
        i += 4;
      }
    }
    if (i < n && s.charAt(i) == '.') {
      int fractionStart = i + 1;
      i = Texts.asciiDigitsEnd(s, fractionStart);
      if (i > fractionStart) {
        digits.append('.').append(s, fractionStart, i);
      }
    }
    i = Texts.skipRegexSpaces(s, i);
    if (i == n) {
      return new PrintedNumber(digits.toString(), null);
    }
    for (String suffix : suffixes) {
      if (s.length() - i == suffix.length() && s.startsWith(suffix, i)) {
        return new PrintedNumber(digits.toString(), suffix);
      }
    }
    return null;
  }

  /**
   * Returns the number as {@link java.math.BigDecimal#BigDecimal(String)} reads it: {@code -} when printed, the
   * digits without their commas, and the decimals after a point when any are printed ({@code 12.} gives {@code 12}).
   *
   * @return the number, never null
   */
  String number() {
    return number;
  }

  /**
   * Returns the suffix printed after the number.
   *
   * @return the suffix, or null when none is printed
   */
  @Nullable String suffix() {
    return suffix;
  }
}

package io.github.jixiao.io;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.ValueFormatException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reading printed figures under a label, with a warning (and the cell kept as unmapped) when one cannot be read. */
final class Values {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
  private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|分|万元|元)?");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})\\s*年?");
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})\\s*(?:年|[-/.])\\s*(\\d{1,2})\\s*(?:月|[-/.])\\s*(\\d{1,2})\\s*[日号]?");

  private Values() {}

  /** Returns the text folded for reading figures: NFKC, markup removed, stripped. */
  static String fold(String text) {
    String s = Markup.strip(text);
    return LabelKey.needsCompatibilityFolding(s) ? Texts.foldCompatibility(s).strip() : s;
  }

  /** True for a cell that says "not applicable" rather than a value: / - — 无 . */
  static boolean isNotApplicable(String text) {
    String s = fold(text);
    return s.equals("/") || s.equals("-") || s.equals("—") || s.equals("--") || s.equals("无") || s.equals("\\")
        || s.equals("——");
  }

  /** True for a cell that reads as a plain number, percentage or score ({@code 12}, {@code 86%}, {@code 0.5}). */
  static boolean isNumeric(String text) {
    String s = fold(text);
    return s.length() <= 40 && NUMBER_LIKE.matcher(s).matches();
  }

  static @Nullable Amount amount(String text, AmountUnit unit, String label, int line, int column, ReadContext ctx) {
    String s = fold(text);
    if (s.length() > ctx.limits.maxNumberLength()) {
      ctx.warn(ReadWarning.Code.UNREADABLE_VALUE, line, column, label, Texts.shorten(s), "an amount");
      ctx.unmapped(text.strip(), line, column, label);
      return null;
    }
    try {
      Amount a = Amount.parse(s, unit);
      if (a.scale() != 2 && !a.isZero()) {
        ctx.warn(ReadWarning.Code.UNUSUAL_SCALE, line, column, label, s, String.valueOf(a.scale()));
      }
      return a;
    } catch (ValueFormatException e) {
      ctx.warn(ReadWarning.Code.UNREADABLE_VALUE, line, column, label, Texts.shorten(s), "an amount");
      ctx.unmapped(text.strip(), line, column, label);
      return null;
    }
  }

  static @Nullable Percentage percentage(String text, String label, int line, int column, ReadContext ctx) {
    String s = fold(text);
    if (s.length() <= ctx.limits.maxNumberLength()) {
      try {
        return Percentage.parse(s);
      } catch (ValueFormatException e) {
        // fall through
      }
    }
    ctx.warn(ReadWarning.Code.UNREADABLE_VALUE, line, column, label, Texts.shorten(s), "a percentage");
    ctx.unmapped(text.strip(), line, column, label);
    return null;
  }

  /** A weight or score: digits, optionally followed by 分. */
  static @Nullable BigDecimal decimal(String text, String label, int line, int column, ReadContext ctx) {
    String s = fold(text);
    if (s.endsWith("分")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.length() <= ctx.limits.maxNumberLength() && DECIMAL.matcher(s).matches()) {
      return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
    }
    ctx.warn(ReadWarning.Code.UNREADABLE_VALUE, line, column, label, Texts.shorten(s), "a number of points");
    ctx.unmapped(text.strip(), line, column, label);
    return null;
  }

  /** The first year printed, such as 2021 in {@code 2021年} or {@code (2022年度)}; null if none. */
  static @Nullable Year year(String text) {
    Matcher m = YEAR.matcher(fold(text));
    if (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y >= 1900 && y <= 2199) {
        return Year.of(y);
      }
    }
    return null;
  }

  /** A date at the start of the text, and where it ends; null if none. */
  static @Nullable DateAt date(String text) {
    String s = fold(text);
    int lead = 0;
    while (lead < s.length() && (s.charAt(lead) == ':' || Character.isWhitespace(s.charAt(lead)))) {
      lead++;
    }
    Matcher m = DATE.matcher(s);
    if (!m.find(lead) || m.start() != lead) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      return new DateAt(d, s.substring(m.end()).strip());
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** A date and the text printed after it. */
  record DateAt(LocalDate date, String rest) {}
}

package io.github.jixiao.core;

/**
 * The date, year and ordinal spellings that {@link IndicatorValue#parse(CharSequence)} reads or masks, found by
 * hand-written scans. Each kind finds exactly what its pattern finds with {@link java.util.regex.Matcher#find(int)}
 * (same matches, same groups; {@code \s} is ASCII white space and {@code \d} an ASCII digit):
 * <table>
 *   <caption>The kinds and their patterns</caption>
 *   <tr><th>kind</th><th>pattern</th><th>example</th></tr>
 *   <tr><td>{@link #FULL_DATE}</td><td>{@code (?<![\d.])(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]}</td>
 *       <td>2021年9月13日</td></tr>
 *   <tr><td>{@link #ISO_DATE}</td><td>{@code (?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])}</td>
 *       <td>2021-09-13</td></tr>
 *   <tr><td>{@link #YEAR_MONTH}</td><td>{@code (?<![\d.])(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?}</td>
 *       <td>2021年9月份</td></tr>
 *   <tr><td>{@link #YEAR_RANGE}</td><td>{@code (?<![\d.])(\d{4})\s*[-~～至—]\s*(\d{4})\s*年?度?}</td>
 *       <td>2020-2021年度</td></tr>
 *   <tr><td>{@link #YEAR}</td><td>{@code (?<![\d.])(\d{4})\s*年(?:度)?}</td><td>2021年度</td></tr>
 *   <tr><td>{@link #ORDINAL}</td><td>{@code 第\s*\d+}</td><td>第8</td></tr>
 * </table>
 *
 * <p>A match is reported in an {@code int[8]}: start and end of the match, then start and end of groups 1 to 3
 * ({@code -1} for a group the kind does not have).
 */
final class DateSpellings {
  static final int FULL_DATE = 0;
  static final int ISO_DATE = 1;
  static final int YEAR_MONTH = 2;
  static final int YEAR_RANGE = 3;
  static final int YEAR = 4;
  static final int ORDINAL = 5;

  private DateSpellings() {}

  /**
   * Finds the first match of the kind starting at or after {@code from}, as {@code Matcher.find(from)} does.
   *
   * @param kind one of the kinds
   * @param s the text
   * @param from where to start looking, 0 to {@code s.length()}
   * @param match receives the match, at least 8 long
   * @return true if a match was found
   */
  static boolean find(int kind, String s, int from, int[] match) {
    java.util.Arrays.fill(match, 0, 8, -1);
    for (int i = from; i < s.length(); i++) {
      int end = matchAt(kind, s, i, match);
      if (end >= 0) {
        match[0] = i;
        match[1] = end;
        return true;
      }
    }
    return false;
  }

  /** The end of the match of the kind starting at {@code i}, or -1; the groups are written to {@code g[2..7]}. */
  private static int matchAt(int kind, String s, int i, int[] g) {
    if (kind == ORDINAL) {
      if (s.charAt(i) != '第') {
        return -1;
      }
      int d = Texts.skipRegexSpaces(s, i + 1);
      int end = digits(s, d, Integer.MAX_VALUE);
      return end > d ? end : -1;
    }
    if (i > 0 && (Texts.isAsciiDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.')) {
      return -1;
    }
    int year = digits(s, i, 4);
    if (year - i != 4) {
      return -1;
    }
    g[2] = i;
    g[3] = year;
    switch (kind) {
      case FULL_DATE: {
        int month = afterNian(s, year);
        int monthEnd = month < 0 ? -1 : digits(s, month, 2);
        if (month < 0 || monthEnd == month) {
          return -1;
        }
        int day = Texts.skipRegexSpaces(s, monthEnd);
        if (day >= s.length() || s.charAt(day) != '月') {
          return -1;
        }
        day = Texts.skipRegexSpaces(s, day + 1);
        int dayEnd = digits(s, day, 2);
        if (dayEnd == day) {
          return -1;
        }
        int end = Texts.skipRegexSpaces(s, dayEnd);
        if (end >= s.length() || (s.charAt(end) != '日' && s.charAt(end) != '号')) {
          return -1;
        }
        setGroups(g, month, monthEnd, day, dayEnd);
        return end + 1;
      }
      case ISO_DATE: {
        if (!isIsoSeparator(s, year)) {
          return -1;
        }
        int month = year + 1;
        int monthEnd = digits(s, month, 2);
        if (monthEnd == month || !isIsoSeparator(s, monthEnd)) {
          return -1;
        }
        int day = monthEnd + 1;
        int dayEnd = digits(s, day, 2);
        if (dayEnd == day || (dayEnd < s.length() && (Texts.isAsciiDigit(s.charAt(dayEnd)) || s.charAt(dayEnd) == '.'))) {
          return -1;
        }
        setGroups(g, month, monthEnd, day, dayEnd);
        return dayEnd;
      }
      case YEAR_MONTH: {
        int month = afterNian(s, year);
        int monthEnd = month < 0 ? -1 : digits(s, month, 2);
        if (month < 0 || monthEnd == month) {
          return -1;
        }
        int end = Texts.skipRegexSpaces(s, monthEnd);
        if (end >= s.length() || s.charAt(end) != '月') {
          return -1;
        }
        g[4] = month;
        g[5] = monthEnd;
        end++;
        return end < s.length() && s.charAt(end) == '份' ? end + 1 : end;
      }
      case YEAR_RANGE: {
        int dash = Texts.skipRegexSpaces(s, year);
        if (dash >= s.length() || "-~～至—".indexOf(s.charAt(dash)) < 0) {
          return -1;
        }
        int second = Texts.skipRegexSpaces(s, dash + 1);
        int secondEnd = digits(s, second, 4);
        if (secondEnd - second != 4) {
          return -1;
        }
        g[4] = second;
        g[5] = secondEnd;
        int end = Texts.skipRegexSpaces(s, secondEnd);
        if (end < s.length() && s.charAt(end) == '年') {
          end++;
        }
        return end < s.length() && s.charAt(end) == '度' ? end + 1 : end;
      }
      case YEAR: {
        int nian = Texts.skipRegexSpaces(s, year);
        if (nian >= s.length() || s.charAt(nian) != '年') {
          return -1;
        }
        int end = nian + 1;
        return end < s.length() && s.charAt(end) == '度' ? end + 1 : end;
      }
      default:
        throw new IllegalArgumentException("kind " + kind);
    }
  }

  /** After a year's digits: {@code \s*年\s*}, giving where the month starts, or -1. */
  private static int afterNian(String s, int yearEnd) {
    int nian = Texts.skipRegexSpaces(s, yearEnd);
    if (nian >= s.length() || s.charAt(nian) != '年') {
      return -1;
    }
    return Texts.skipRegexSpaces(s, nian + 1);
  }

  private static void setGroups(int[] g, int monthStart, int monthEnd, int dayStart, int dayEnd) {
    g[4] = monthStart;
    g[5] = monthEnd;
    g[6] = dayStart;
    g[7] = dayEnd;
  }

  private static boolean isIsoSeparator(String s, int i) {
    return i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '/' || s.charAt(i) == '.');
  }

  /**
   * The end of the run of at most {@code max} digits starting at {@code i}. Taking fewer digits than there are never
   * helps any kind: what follows a shortened run is a digit, which none of them accepts there.
   */
  private static int digits(String s, int i, int max) {
    int end = i;
    while (end < s.length() && end - i < max && Texts.isAsciiDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }
}

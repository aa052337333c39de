package io.github.jixiao.core;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A target or actual value of an indicator as written on a form (指标值 / 完成值), such as {@code ≥50个},
 * {@code 95%}, {@code 如期举办} or {@code 开展主题党日活动5次，书记讲党课7次…}.
 *
 * <p>Real forms mix numbers, operators, units and prose in one cell. An indicator value therefore always keeps the
 * {@link #raw() raw text} exactly as given, and adds what could be read from it without guessing:
 * <ul>
 *   <li>the {@link #operator() operator} written at the start (≥ ＞ = ≤ ＜, their full-width and compatibility forms
 *       ≧ ≦ ﹦ ＝, or words such as 不低于 and 不超过);</li>
 *   <li>every {@link #quantities() quantity} in the text, in order, each with its unit (个, 次, %, 万元 …) and
 *       {@link Qualifier qualifier} (超55次 is "more than 55");</li>
 *   <li>the first full {@link #date() date} ({@code 2021年9月13日}); dates and years are never read as numbers;</li>
 *   <li>the {@link #text() text}, when the value says more than one operator and quantity.</li>
 * </ul>
 *
 * <p>{@link #parse(CharSequence)} never throws for any text: what it cannot read stays in the raw text with no
 * number. Markup residue ({@code <p>}) is ignored. Numbers in exponent notation ({@code 1e999999999}) and digit runs
 * longer than {@value #MAX_DIGITS} digits are not read as numbers.
 *
 * <p>Two values are equal when their raw texts are equal, since everything else is read from it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorValue implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest digit run read as a number; longer runs stay text. */
  public static final int MAX_DIGITS = 30;

  /** Units recognised after a number, longest spelling first. */
  private static final List<String> UNITS = List.of(
      "个百分点", "百分点", "百分比", "平方公里", "平方千米", "平方米", "立方米", "人/次", "元/人", "元/次", "万人次", "人次",
      "户次", "场次", "批次", "件次", "课时", "学时", "小时", "分钟", "工作日", "个月", "亿元", "万元", "千元", "公里",
      "千米", "公顷", "千瓦", "万人", "万户", "万册",
      "%", "‰", "元", "个", "次", "项", "家", "场", "期", "名", "人", "户", "天", "日", "周", "月", "年", "件", "份",
      "篇", "条", "所", "座", "台", "套", "辆", "米", "吨", "亩", "批", "册", "本", "张", "页", "处", "间", "栋", "村",
      "班", "轮", "届", "位", "支", "队", "类", "种", "单", "宗", "起", "例", "株", "棵", "头", "只", "部", "块", "门",
      "层", "盏", "根", "组", "集", "所", "分", "km", "m", "kg", "t");

  private static final String PUNCTUATION = " ,.;:!?，。；：、！？()（）[]【】\"'“”‘’《》·…";

  /** The text exactly as given. */
  private final String raw;
  /** The operator written at the start, or null. */
  private final @Nullable ComparisonOperator operator;
  /** Every quantity, in order, unmodifiable. */
  private final List<Quantity> quantities;
  /** The first complete date, or null. */
  private final @Nullable LocalDate date;
  /** The normalised text when the value says more than an operator and quantities, or null. */
  private final @Nullable String text;

  private IndicatorValue(String raw, @Nullable ComparisonOperator operator, List<Quantity> quantities,
      @Nullable LocalDate date, @Nullable String text) {
    this.raw = raw;
    this.operator = operator;
    this.quantities = quantities;
    this.date = date;
    this.text = text;
  }

  //-----------------------------------------------------------------------
  /**
   * Reads a value as written on a form. Never throws for any text.
   *
   * @param raw the text exactly as printed, not null
   * @return the value, never null
   */
  public static IndicatorValue parse(CharSequence raw) {
    Objects.requireNonNull(raw, "raw");
    String rawText = raw.toString();
    String s = Texts.normalize(rawText);
    boolean[] masked = new boolean[s.length()];

    ComparisonOperator operator = null;
    int operatorEnd = 0;
    if (s.equals("定性")) {
      operator = ComparisonOperator.QUALITATIVE;
      operatorEnd = s.length();
    } else {
      OperatorPrefix prefix = OperatorPrefix.match(s, 0);
      if (prefix != null && !isMarkup(s, prefix.length())) {
        operator = prefix.operator();
        operatorEnd = prefix.length();
      }
    }

    LocalDate date = null;
    // Every date, year and ordinal spelling needs digits: a run of four for the dates and years, 年 for most of them,
    // 第 for the ordinal. Scanning only when these are present gives the same masks and date.
    int longestDigitRun = longestDigitRun(s);
    int[] m = new int[8];
    if (longestDigitRun >= 4) {
      boolean nian = s.indexOf('年') >= 0;
      if (nian) {
        for (int at = 0; DateSpellings.find(DateSpellings.FULL_DATE, s, at, m); at = m[1]) {
          if (date == null) {
            date = dateOrNull(s, m);
          }
          mask(masked, m[0], m[1]);
        }
      }
      if (s.indexOf('-') >= 0 || s.indexOf('/') >= 0 || s.indexOf('.') >= 0) {
        for (int at = 0; DateSpellings.find(DateSpellings.ISO_DATE, s, at, m); at = m[1]) {
          LocalDate d = dateOrNull(s, m);
          if (d != null) {
            date = date == null ? d : date;
            mask(masked, m[0], m[1]);
          }
        }
      }
      if (nian) {
        maskAll(masked, DateSpellings.YEAR_MONTH, s, m);
      }
      if (s.indexOf('-') >= 0 || s.indexOf('~') >= 0 || s.indexOf('～') >= 0 || s.indexOf('至') >= 0
          || s.indexOf('—') >= 0) {
        maskAll(masked, DateSpellings.YEAR_RANGE, s, m);
      }
      if (nian) {
        for (int at = 0; DateSpellings.find(DateSpellings.YEAR, s, at, m); at = m[1]) {
          int y = Integer.parseInt(s, m[2], m[3], 10);
          if (y >= 1900 && y <= 2199) {
            mask(masked, m[0], m[1]);
          }
        }
      }
    }
    if (longestDigitRun >= 1 && s.indexOf('第') >= 0) {
      maskAll(masked, DateSpellings.ORDINAL, s, m);
    }

    List<Quantity> quantities = new ArrayList<>();
    boolean[] consumed = new boolean[s.length()];
    mark(consumed, 0, operatorEnd);
    int[] groupedEnds = groupedEnds(s);
    int from = 0;
    while (from < s.length()) {
      int start = from;
      while (start < s.length() && !Texts.isAsciiDigit(s.charAt(start))) {
        start++;
      }
      if (start == s.length()) {
        break;
      }
      int intEnd = groupedEnds != null && groupedEnds[start] >= 0 ? groupedEnds[start] : Texts.asciiDigitsEnd(s, start);
      int end = intEnd;
      String fraction = null;
      if (intEnd + 1 < s.length() && s.charAt(intEnd) == '.' && Texts.isAsciiDigit(s.charAt(intEnd + 1))) {
        end = Texts.asciiDigitsEnd(s, intEnd + 1);
        fraction = s.substring(intEnd + 1, end);
      }
      from = end;
      if (isMasked(masked, start, end) || (start > 0 && (s.charAt(start - 1) == '.' || isAsciiLetter(s, start - 1)))) {
        continue;
      }
      if (end < s.length() && (s.charAt(end) == 'e' || s.charAt(end) == 'E')) {
        int exponentEnd = skipExponent(s, end);
        if (exponentEnd > end) {
          from = exponentEnd;
          continue;
        }
      }
      String intPart = s.substring(start, intEnd).replace(",", "");
      if (intPart.length() + (fraction == null ? 0 : fraction.length()) > MAX_DIGITS) {
        continue;
      }
      int quantityStart = start;
      boolean negative = false;
      if (start > 0 && (s.charAt(start - 1) == '-' || s.charAt(start - 1) == '+')
          && (start - 1 == operatorEnd || start - 1 == 0 || !Character.isLetterOrDigit(s.charAt(start - 2)))) {
        negative = s.charAt(start - 1) == '-';
        quantityStart = start - 1;
      }
      Qualifier qualifier = Qualifier.EXACT;
      int before = skipSpacesBackward(s, quantityStart);
      for (int w = 0; w < PREFIX_WORDS.length; w++) {
        String word = PREFIX_WORDS[w];
        if (before - word.length() >= operatorEnd && s.startsWith(word, before - word.length())) {
          qualifier = PREFIX_QUALIFIERS[w];
          quantityStart = before - word.length();
          break;
        }
      }
      int cursor = skipSpaces(s, end);
      if (cursor < s.length() && (s.charAt(cursor) == '余' || s.charAt(cursor) == '多')
          && unitAt(s, cursor + 1) != null) {
        qualifier = Qualifier.MORE_THAN;
        cursor++;
      }
      String unit = unitAt(s, cursor);
      int quantityEnd = end;
      if (unit != null) {
        cursor += unit.length();
        quantityEnd = cursor;
      }
      int after = skipSpaces(s, quantityEnd);
      for (int w = 0; w < SUFFIX_WORDS.length; w++) {
        if (s.startsWith(SUFFIX_WORDS[w], after)) {
          qualifier = SUFFIX_QUALIFIERS[w];
          quantityEnd = after + SUFFIX_WORDS[w].length();
          break;
        }
      }
      String digits = fraction == null ? intPart : intPart + "." + fraction;
      BigDecimal value = new BigDecimal(negative ? "-" + digits : digits);
      quantities.add(new Quantity(value, unit, qualifier));
      mark(consumed, quantityStart, quantityEnd);
      from = Math.max(from, quantityEnd);
    }

    String text = null;
    if (!s.isEmpty()) {
      boolean saysMore = quantities.isEmpty() && operator == null;
      for (int i = 0; i < s.length() && !saysMore; i++) {
        if (!consumed[i] && PUNCTUATION.indexOf(s.charAt(i)) < 0) {
          saysMore = true;
        }
      }
      if (saysMore || (quantities.isEmpty() && operator != ComparisonOperator.QUALITATIVE)) {
        text = s;
      }
    }
    return new IndicatorValue(rawText, operator, List.copyOf(quantities), date, text);
  }

  /** Qualifiers written before a number ({@code 超55次}) and after it ({@code 50人以上}), each with its meaning. */
  private static final String[] PREFIX_WORDS = {"超过", "超", "逾", "大约", "约", "近", "不足", "不到"};
  private static final Qualifier[] PREFIX_QUALIFIERS = {Qualifier.MORE_THAN, Qualifier.MORE_THAN, Qualifier.MORE_THAN,
      Qualifier.APPROXIMATELY, Qualifier.APPROXIMATELY, Qualifier.APPROXIMATELY, Qualifier.LESS_THAN,
      Qualifier.LESS_THAN};
  private static final String[] SUFFIX_WORDS = {"以上", "以下", "以内", "左右"};
  private static final Qualifier[] SUFFIX_QUALIFIERS = {Qualifier.MORE_THAN, Qualifier.LESS_THAN, Qualifier.LESS_THAN,
      Qualifier.APPROXIMATELY};

  /**
   * Obtains a numeric value from its parts, such as {@code of(GE, 50, "个")} for {@code ≥50个}.
   *
   * @param operator the operator, not null; must be one of GE, GT, EQ, LE, LT
   * @param number the number, not null
   * @param unit the unit, may be null
   * @return the value, with the raw text the parts would be printed as ({@code ≥50个}), never null; its operator,
   *     number (a negative scale printed as plain digits: {@code 1E+3} is {@code 1000}) and unit are the ones given
   * @throws IllegalArgumentException if the operator is not quantitative, or if {@link #parse(CharSequence)} would not
   *     read the parts back from the printed text: a unit it does not know (such as {@code 人天}) or that carries a
   *     qualifier ({@code 次以上}), an empty unit, a number of more than {@value #MAX_DIGITS} digits, or a number and
   *     unit that read as a year ({@code 2021年})
   */
  public static IndicatorValue of(ComparisonOperator operator, BigDecimal number, @Nullable String unit) {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(number, "number");
    if (!operator.isQuantitative()) {
      throw new IllegalArgumentException("operator (" + operator + ") must be GE, GT, EQ, LE or LT");
    }
    BigDecimal printed = number.scale() < 0 ? number.setScale(0) : number;
    IndicatorValue value = parse(operator.symbol() + printed.toPlainString() + (unit == null ? "" : unit));
    if (value.operator != operator || value.text != null
        || !value.quantities.equals(List.of(new Quantity(printed, unit, Qualifier.EXACT)))) {
      throw new IllegalArgumentException("number (" + printed.toPlainString() + ") and unit (" + unit
          + ") would not be read back from \"" + value.raw + "\"");
    }
    return value;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the text exactly as given to {@link #parse(CharSequence)}.
   *
   * @return the raw text, never null
   */
  public String raw() {
    return raw;
  }

  /**
   * Returns the operator written at the start of the value, such as GE for {@code ≥50个}.
   *
   * @return the operator, or null when none is written (as in {@code 95%})
   */
  public @Nullable ComparisonOperator operator() {
    return operator;
  }

  /**
   * Returns every quantity in the value, in order of appearance.
   *
   * @return the quantities, unmodifiable, never null
   */
  public List<Quantity> quantities() {
    return quantities;
  }

  /**
   * Returns the number of the first quantity, such as 50 for {@code ≥50个}.
   *
   * @return the number as printed, or null when the value holds none
   */
  public @Nullable BigDecimal number() {
    return quantities.isEmpty() ? null : quantities.get(0).number();
  }

  /**
   * Returns the unit of the first quantity, such as {@code 个} for {@code ≥50个}.
   *
   * @return the unit, or null when the value holds no quantity or none was printed
   */
  public @Nullable String unit() {
    return quantities.isEmpty() ? null : quantities.get(0).unit();
  }

  /**
   * Returns the qualifier of the first quantity, such as MORE_THAN for {@code 超55次}.
   *
   * @return the qualifier, or null when the value holds no quantity
   */
  public @Nullable Qualifier qualifier() {
    return quantities.isEmpty() ? null : quantities.get(0).qualifier();
  }

  /**
   * Returns the first complete date written in the value, such as 2021-09-13 for {@code 2021年9月13日圆满举办}.
   *
   * @return the date, or null when none is written or it does not exist (2021年2月30日)
   */
  public @Nullable LocalDate date() {
    return date;
  }

  /**
   * Returns the value's text, normalised (markup removed, full-width forms folded, white space collapsed), when the
   * value says more than an operator and quantities: {@code 如期举办}, {@code 规模143名}.
   *
   * @return the text, or null for a purely numeric value such as {@code ≥50个} and for blank input
   */
  public @Nullable String text() {
    return text;
  }

  /**
   * Returns true if the value is one number with an optional operator, unit and qualifier, and nothing else:
   * {@code ≥50个}, {@code 95%}, {@code 超55次}.
   *
   * @return whether the value is purely quantitative
   */
  public boolean isQuantitative() {
    return text == null && quantities.size() == 1;
  }

  /**
   * Returns true if the value is prose without any number, such as {@code 如期举办} or {@code 2021年9月13日圆满举办}.
   *
   * @return whether the value is purely qualitative
   */
  public boolean isQualitative() {
    return quantities.isEmpty() && text != null;
  }

  /**
   * Returns true if nothing but white space or markup was written.
   *
   * @return whether the value is blank
   */
  public boolean isBlank() {
    return text == null && quantities.isEmpty() && operator == null;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether two values were written identically.
   *
   * @param obj the other object, may be null
   * @return true if the raw texts are equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof IndicatorValue other && raw.equals(other.raw));
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  /**
   * Returns the raw text; {@link #parse(CharSequence)} reads it back to an equal value.
   *
   * @return the raw text, never null
   */
  @Override
  public String toString() {
    return raw;
  }

  //-----------------------------------------------------------------------
  /** The date of a {@link DateSpellings} match with year, month and day groups, or null when there is none. */
  private static @Nullable LocalDate dateOrNull(String s, int[] m) {
    try {
      return LocalDate.of(Integer.parseInt(s, m[2], m[3], 10), Integer.parseInt(s, m[4], m[5], 10),
          Integer.parseInt(s, m[6], m[7], 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static void maskAll(boolean[] masked, int kind, String s, int[] m) {
    for (int at = 0; DateSpellings.find(kind, s, at, m); at = m[1]) {
      mask(masked, m[0], m[1]);
    }
  }

  private static void mask(boolean[] masked, int start, int end) {
    for (int i = start; i < end; i++) {
      masked[i] = true;
    }
  }

  private static void mark(boolean[] consumed, int start, int end) {
    mask(consumed, start, end);
  }

  private static boolean isMasked(boolean[] masked, int start, int end) {
    for (int i = start; i < end; i++) {
      if (masked[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each index where a run of digits starts, the end of the thousands-grouped number starting there (1 to 3
   * digits, then one or more groups of a comma and exactly 3 digits, not followed by a digit or a comma), or -1 when
   * none starts there; null when the text has no comma. Computed right to left in one pass, so that a long run of
   * groups is scanned once rather than once per group.
   */
  private static int @Nullable [] groupedEnds(String s) {
    if (s.indexOf(',') < 0) {
      return null;
    }
    int n = s.length();
    int[] ends = new int[n];
    java.util.Arrays.fill(ends, -1);
    // chainEnd: for the run starting at nextRunStart, when it is exactly 3 digits, the end of the well-formed chain
    // of groups it begins (",ddd,ddd…" ending in neither a digit nor a comma), else -1.
    int nextRunStart = -1;
    int nextChainEnd = -1;
    int i = n;
    while (i > 0) {
      if (!Texts.isAsciiDigit(s.charAt(i - 1))) {
        i--;
        continue;
      }
      int runEnd = i;
      int runStart = i - 1;
      while (runStart > 0 && Texts.isAsciiDigit(s.charAt(runStart - 1))) {
        runStart--;
      }
      int length = runEnd - runStart;
      boolean commaThenRun = runEnd + 1 < n && s.charAt(runEnd) == ',' && runEnd + 1 == nextRunStart;
      int chainEnd;
      if (length != 3) {
        chainEnd = -1;
      } else if (commaThenRun) {
        chainEnd = nextChainEnd;
      } else if (runEnd < n && s.charAt(runEnd) == ',') {
        chainEnd = -1;
      } else {
        chainEnd = runEnd;
      }
      if (length <= 3 && commaThenRun) {
        ends[runStart] = nextChainEnd;
      }
      nextRunStart = runStart;
      nextChainEnd = chainEnd;
      i = runStart;
    }
    return ends;
  }

  /** Returns true when the operator symbol at the start is an angle bracket of markup, as in {@code <p} or {@code </p}. */
  private static boolean isMarkup(String s, int operatorLength) {
    char first = s.charAt(0);
    if (operatorLength != 1 || (first != '<' && first != '>') || s.length() == 1) {
      return false;
    }
    char next = s.charAt(1);
    return isAsciiLetter(s, 1) || next == '/' || next == '!';
  }

  private static boolean isAsciiLetter(String s, int i) {
    char c = s.charAt(i);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int skipExponent(String s, int at) {
    int i = at + 1;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = i;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return i > digits ? i : at;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int skipSpacesBackward(String s, int i) {
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  private static @Nullable String unitAt(String s, int at) {
    if (at >= s.length()) {
      return null;
    }
    int k = java.util.Arrays.binarySearch(UNIT_FIRST_CHARS, s.charAt(at));
    if (k < 0) {
      return null;
    }
    for (String unit : UNITS_BY_FIRST_CHAR[k]) {
      if (s.startsWith(unit, at)) {
        if (isAsciiLetter(unit, 0) && at + unit.length() < s.length() && isAsciiLetter(s, at + unit.length())) {
          continue;
        }
        return unit;
      }
    }
    return null;
  }

  /** The first characters of the {@link #UNITS}, sorted, and for each the units starting with it in list order. */
  private static final char[] UNIT_FIRST_CHARS;
  private static final String[][] UNITS_BY_FIRST_CHAR;

  static {
    java.util.TreeMap<Character, List<String>> byFirst = new java.util.TreeMap<>();
    for (String unit : UNITS) {
      List<String> units = byFirst.get(unit.charAt(0));
      if (units == null) {
        units = new ArrayList<>();
        byFirst.put(unit.charAt(0), units);
      }
      units.add(unit);
    }
    UNIT_FIRST_CHARS = new char[byFirst.size()];
    UNITS_BY_FIRST_CHAR = new String[byFirst.size()][];
    int i = 0;
    for (java.util.Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
      UNIT_FIRST_CHARS[i] = e.getKey();
      UNITS_BY_FIRST_CHAR[i] = e.getValue().toArray(new String[0]);
      i++;
    }
  }

  /** The length of the longest run of ASCII digits in the text. */
  private static int longestDigitRun(String s) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Texts.isAsciiDigit(s.charAt(i))) {
        run++;
        longest = Math.max(longest, run);
      } else {
        run = 0;
      }
    }
    return longest;
  }
}

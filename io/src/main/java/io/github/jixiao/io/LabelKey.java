package io.github.jixiao.io;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form in which printed labels are compared (标签归一化): markup removed, compatibility forms folded (NFKC:
 * full-width letters, digits, colons and parentheses), traditional characters mapped to simplified ones, every white
 * space removed (so {@code 任务涉 及} is {@code 任务涉及}), a leading ordinal ({@code 1.}, {@code (一)}) and trailing
 * colons dropped.
 */
final class LabelKey {
  /** Traditional characters seen in form labels, and their simplified forms at the same index. */
  static final String TRADITIONAL =
      "預門資執績評價項實際標總數額調單萬撥結轉專戶關鍵務質時經濟會態續響對滿問題進計劃論負責財報編號體況點產達說準屬區縣鎮為與個後當於開發設應過現還員權備註補貼費機級無協職辦運營國樓館構織錄蓋導構鄉務門稱標題頁碼";
  static final String SIMPLIFIED =
      "预门资执绩评价项实际标总数额调单万拨结转专户关键务质时经济会态续响对满问题进计划论负责财报编号体况点产达说准属区县镇为与个后当于开发设应过现还员权备注补贴费机级无协职办运营国楼馆构织录盖导构乡务门称标题页码";

  static final Pattern ORDINAL =
      Pattern.compile("^(?:\\d{1,2}[.、]|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}、)");

  private LabelKey() {}

  /** Returns the key of a printed label; empty when nothing but white space and markup was printed. */
  static String of(CharSequence printed) {
    String s = printed.toString();
    s = Markup.replaceAll(Markup.TAG, s, "");
    s = Texts.foldCompatibility(s);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c > ' ') {
          sb.append(c);
        } else if (!Character.isWhitespace(c) && c != ' ') {
          sb.append(c);
        }
      } else if (c >= FIRST_HAN && c <= LAST_HAN) {
        sb.append(simplified(c));
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
      }
    }
    String k = sb.toString();
    if (!k.isEmpty()) {
      k = k.substring(ordinalLength(k));
    }
    int end = k.length();
    while (end > 0 && (k.charAt(end - 1) == ':' || k.charAt(end - 1) == ';')) {
      end--;
    }
    return k.substring(0, end);
  }

  /**
   * Returns the length of the leading ordinal of a key ({@code 1.}, {@code 12、}, {@code (3)}, {@code (一)},
   * {@code 十二、}), as {@link #ORDINAL} matches it, or 0: one or two digits then {@code .} or {@code 、}; one or two
   * digits or one to three Chinese numerals in parentheses; one to three Chinese numerals then {@code 、}.
   */
  static int ordinalLength(String k) {
    char first = k.charAt(0);
    if (isAsciiDigit(first)) {
      int r = run(k, 0, true);
      return r <= 2 && r < k.length() && (k.charAt(r) == '.' || k.charAt(r) == '、') ? r + 1 : 0;
    }
    if (first == '(' && k.length() > 1) {
      boolean digits = isAsciiDigit(k.charAt(1));
      int r = run(k, 1, digits) - 1;
      return r >= 1 && r <= (digits ? 2 : 3) && 1 + r < k.length() && k.charAt(1 + r) == ')' ? r + 2 : 0;
    }
    int r = run(k, 0, false);
    return r >= 1 && r <= 3 && r < k.length() && k.charAt(r) == '、' ? r + 1 : 0;
  }

  private static final String NUMERALS = "一二三四五六七八九十";

  /** The end of the run of ASCII digits (or Chinese numerals) from an index. */
  private static int run(String k, int from, boolean digits) {
    int i = from;
    while (i < k.length() && (digits ? isAsciiDigit(k.charAt(i)) : NUMERALS.indexOf(k.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Returns true if the text has a character that NFKC may change: anything outside ASCII, the CJK ideographs and the
   * common CJK punctuation that NFKC leaves alone (、。“”《》【】 …). Checking first keeps the common case fast.
   */
  static boolean needsCompatibilityFolding(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (needsCompatibilityFolding(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a character outside ASCII, the CJK ideographs, the common CJK punctuation and 〔 〕, the quotes ‘ ’ “ ”,
   * the em dash, the ellipsis (kept as printed) and the signs of printed targets ≥ ≤ ± × ÷ ° ‰ · ← → ✓ (which NFKC
   * leaves alone and which never combine with their neighbours).
   */
  static boolean needsCompatibilityFolding(char c) {
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3011)) {
      return false;
    }
    switch (c) {
      case '‘': case '’': case '“': case '”': case '—': case '…': case '〔': case '〕':
      case '≥': case '≤': case '±': case '×': case '÷': case '°': case '‰': case '·': case '←': case '→': case '✓':
        return false;
      default:
        return true;
    }
  }

  private static final char FIRST_HAN = 0x4e00;
  private static final char LAST_HAN = 0x9fff;
  private static final char[] SIMPLIFIED_OF = new char[LAST_HAN - FIRST_HAN + 1];

  static {
    for (int i = TRADITIONAL.length() - 1; i >= 0; i--) {
      SIMPLIFIED_OF[TRADITIONAL.charAt(i) - FIRST_HAN] = SIMPLIFIED.charAt(i);
    }
  }

  /** Maps one character to its simplified form, or returns it unchanged. */
  static char simplified(char c) {
    if (c < FIRST_HAN || c > LAST_HAN) {
      return c;
    }
    char s = SIMPLIFIED_OF[c - FIRST_HAN];
    return s == 0 ? c : s;
  }

  /** Returns true if the label text has a space inside a word: some fragment is one character, not all are. */
  static boolean isBroken(String printed) {
    if (!hasSplitSpace(printed)) {
      return false;
    }
    String s = Markup.replaceAll(Markup.TAG, printed, "").strip();
    // the fragments between runs of [\s\u3000], as s.split("[\\s\\u3000]+") gives them (s is stripped)
    int parts = 0;
    int single = 0;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && !isSplitSpace(s.charAt(i))) {
        i++;
      }
      parts++;
      if (s.codePointCount(start, i) == 1) {
        single++;
      }
      while (i < s.length() && isSplitSpace(s.charAt(i))) {
        i++;
      }
    }
    return parts >= 2 && single > 0 && single < parts;
  }

  /** True if the text has a character at which {@link #isBroken} splits ({@code [\s\u3000]}); without one it is whole. */
  private static boolean hasSplitSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSplitSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSplitSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r' || c == '\u3000';
  }
}

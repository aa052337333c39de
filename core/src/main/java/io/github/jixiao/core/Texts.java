package io.github.jixiao.core;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text clean-up shared by the parsers of this package: markup residue, full-width forms, white space. */
final class Texts {
  /** A tag, compiled on the first text holding a {@code <}: most printed values hold none. */
  private static final class Tag {
    static final Pattern PATTERN = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>]{0,200})?/?>");
  }

  private Texts() {}

  /** Removes HTML tags such as {@code <p>} and {@code </p>} and decodes the few entities seen in published text. */
  static String stripMarkup(CharSequence text) {
    String s = text.toString();
    if (s.indexOf('<') >= 0) {
      s = replaceTags(s, " ");
    }
    if (s.indexOf('&') >= 0) {
      s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
    return s;
  }

  /**
   * Normalises printed text for reading: markup removed, compatibility forms folded (NFKC: full-width digits,
   * ＞＜＝％ and ﹦ become their ASCII forms), ≧ ≦ ⩾ ⩽ folded to ≥ ≤, the minus sign − to '-', runs of white space
   * (including the ideographic space) to one space, and the result stripped.
   */
  static String normalize(CharSequence text) {
    String raw = text.toString();
    if (isPlain(raw)) {
      return strip(raw);
    }
    String s = nfkc(stripMarkup(raw));
    if (s.indexOf('≧') >= 0 || s.indexOf('≦') >= 0 || s.indexOf('⩾') >= 0 || s.indexOf('⩽') >= 0
        || s.indexOf('−') >= 0) {
      s = s.replace('≧', '≥').replace('≦', '≤').replace('⩾', '≥').replace('⩽', '≤').replace('−', '-');
    }
    if (hasCollapsibleSpace(s)) {
      s = collapseSpaces(s);
    }
    return strip(s);
  }

  /**
   * Returns the text in Unicode normalisation form NFKC. Text made only of characters that NFKC leaves alone whatever
   * surrounds them (ASCII, the CJK unified ideographs, common CJK punctuation and quotes) and of full-width ASCII
   * forms and the ideographic space (each folded to its one ASCII character) is folded character by character; any
   * other text goes through {@link Normalizer}.
   */
  static String nfkc(String s) {
    boolean fold = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isNfkcStable(c)) {
        continue;
      }
      if ((c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) || c == IDEOGRAPHIC_SPACE) {
        fold = true;
        continue;
      }
      return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
    if (!fold) {
      return s;
    }
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
        out[i] = (char) (c - FULL_WIDTH_OFFSET);
      } else if (c == IDEOGRAPHIC_SPACE) {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  private static final char FULL_WIDTH_FIRST = '\uff01';
  private static final char FULL_WIDTH_LAST = '\uff5e';
  private static final int FULL_WIDTH_OFFSET = 0xfee0;
  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  /**
   * True for a character that NFKC leaves unchanged and that never combines with its neighbours (quick-check yes,
   * combining class 0): ASCII, the CJK unified ideographs U+4E00 to U+9FFF, the CJK punctuation U+3001 to U+3011 and
   * 〔 〕, the quotes ‘ ’ “ ” and the em dash, and the signs of printed targets ≥ ≤ ± × ÷ ° ‰ · ← → ✓. Text made of
   * these needs no {@link Normalizer}, whose first use loads its Unicode data (some 10 ms).
   */
  static boolean isNfkcStable(char c) {
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3011)) {
      return true;
    }
    switch (c) {
      case '‘': case '’': case '“': case '”': case '—': case '〔': case '〕':
      case '≥': case '≤': case '±': case '×': case '÷': case '°': case '‰': case '·': case '←': case '→': case '✓':
        return true;
      default:
        return false;
    }
  }

  /**
   * True when {@link #normalize} has nothing to do but strip the ends: no markup or entity ({@code <}, {@code &}),
   * only characters NFKC leaves alone (so none of ≧ ≦ ⩾ ⩽ −), and no white space that would be collapsed.
   */
  private static boolean isPlain(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '<' || c == '&' || !isNfkcStable(c) || (c < ' ' && isCollapsible(c))
          || (c == ' ' && i + 1 < n && s.charAt(i + 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Replaces every tag ({@link Tag#PATTERN}) as {@code PATTERN.matcher(s).replaceAll(replacement)} does with a literal
   * replacement, trying the pattern only where a {@code <} stands (every tag starts with one; the pattern has no
   * anchors and no look-around).
   */
  static String replaceTags(String s, String replacement) {
    int i = s.indexOf('<');
    if (i < 0) {
      return s;
    }
    Matcher m = Tag.PATTERN.matcher(s);
    StringBuilder sb = null;
    int copied = 0;
    while (i >= 0) {
      m.region(i, s.length());
      if (m.lookingAt()) {
        if (sb == null) {
          sb = new StringBuilder(s.length());
        }
        sb.append(s, copied, i).append(replacement);
        copied = m.end();
        i = s.indexOf('<', copied);
      } else {
        i = s.indexOf('<', i + 1);
      }
    }
    return sb == null ? s : sb.append(s, copied, s.length()).toString();
  }

  private static boolean isCollapsible(char c) {
    return c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
  }

  /**
   * Returns {@code s.strip()}, looking up the Unicode properties only of characters that are neither ASCII nor
   * {@link #isNfkcStable NFKC-stable} (none of which is white space): the first look-up of a Chinese character's
   * properties costs milliseconds, the JDK then building its tables.
   */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Skips ASCII white space from {@code i}, as the regular expression {@code \s*} does; returns where it ends. */
  static int skipRegexSpaces(String s, int i) {
    while (i < s.length() && isRegexSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** White space as the regular expression {@code \s} matches it: space, tab, line feed, VT, form feed, CR. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || isCollapsible(c);
  }

  /** An ASCII digit, as the regular expression {@code \d} matches it. */
  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The end of the run of ASCII digits starting at {@code i} ({@code i} itself when there is none). */
  static int asciiDigitsEnd(String s, int i) {
    while (i < s.length() && isAsciiDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@link Character#isWhitespace(char)}, without a table look-up for ASCII and NFKC-stable characters. */
  static boolean isWhitespace(char c) {
    return c < 0x80 ? Character.isWhitespace(c) : !isNfkcStable(c) && Character.isWhitespace(c);
  }

  /**
   * Replaces every run of white space ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return)
   * by one space, as {@code s.replaceAll("\\s+", " ")} does.
   */
  static String collapseSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c)) {
        if (!inRun) {
          sb.append(' ');
          inRun = true;
        }
      } else {
        sb.append(c);
        inRun = false;
      }
    }
    return sb.toString();
  }

  /** True when {@code \s+} would change the text: a white space other than one lone ' '. */
  private static boolean hasCollapsibleSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r'
          || (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when the code point is a CJK unified ideograph (the characters of Chinese words). */
  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}

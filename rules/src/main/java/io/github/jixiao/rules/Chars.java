package io.github.jixiao.rules;

/**
 * {@link Character#isWhitespace(char)}, {@link Character#isLetter(char)}, {@link String#isBlank()} and
 * {@link String#strip()} with the same answers, but without looking up the Unicode properties of ASCII and of common
 * Chinese text (CJK ideographs, CJK and full-width punctuation, curly quotes): the first look-up of a Chinese
 * character's properties costs milliseconds, the JDK then building its tables.
 */
final class Chars {
  private Chars() {}

  /** {@link Character#isWhitespace(char)}. */
  static boolean isWhitespace(char c) {
    return c < 0x80 ? Character.isWhitespace(c)
        : !(c >= '\u4E00' && c <= '\u9FFF') && !isChinesePunctuation(c) && Character.isWhitespace(c);
  }

  /** {@link Character#isLetter(char)}. */
  static boolean isLetter(char c) {
    // U+4E00 to U+9FFC are ideographs in every Unicode version since Java 17's (13.0); the rest is looked up
    return (c >= '\u4E00' && c <= '\u9FFC') || (!isChinesePunctuation(c) && Character.isLetter(c));
  }

  /** {@link String#isBlank()}. */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@link String#strip()}. */
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

  /**
   * True for punctuation of Chinese text, neither white space nor letters: CJK punctuation (U+3001 to U+3011, but for
   * the letters 々 and 〆), full-width punctuation and digits, curly quotes, the em dash and the ellipsis.
   */
  private static boolean isChinesePunctuation(char c) {
    return (c >= '\u3001' && c <= '\u3011' && c != '\u3005' && c != '\u3006')
        || (c >= '\uFF01' && c <= '\uFF20') || (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF5E')
        || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D' || c == '\u2014' || c == '\u2026';
  }
}

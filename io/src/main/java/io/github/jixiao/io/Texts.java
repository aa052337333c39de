package io.github.jixiao.io;

import java.text.Normalizer;

/** Small text helpers of this package. */
final class Texts {
  /** The longest text quoted in a message. */
  static final int MAX_QUOTE = 60;

  private Texts() {}

  /** Returns the text cut to {@link #MAX_QUOTE} characters for quoting in a message. */
  static String shorten(CharSequence text) {
    return text.length() <= MAX_QUOTE ? text.toString() : text.subSequence(0, MAX_QUOTE) + "…";
  }

  /**
   * Returns the text in NFKC when it has a character that NFKC may change ({@link LabelKey#needsCompatibilityFolding}),
   * else the text itself. Text whose only such characters are full-width ASCII forms and the ideographic space is
   * folded character by character, to the same result as {@link Normalizer}: the other characters of such text are
   * ASCII, CJK ideographs and punctuation that NFKC leaves alone (but for … which it spells ...), none of which
   * combines with its neighbours.
   */
  static String foldCompatibility(String s) {
    boolean fold = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!LabelKey.needsCompatibilityFolding(c)) {
        continue;
      }
      if (isFullWidth(c) || c == IDEOGRAPHIC_SPACE) {
        fold = true;
        continue;
      }
      return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
    if (!fold) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isFullWidth(c)) {
        sb.append((char) (c - FULL_WIDTH_OFFSET));
      } else if (c == IDEOGRAPHIC_SPACE) {
        sb.append(' ');
      } else if (c == ELLIPSIS) {
        sb.append("...");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Returns the NFKC form of one character, as {@code Normalizer.normalize(String.valueOf(c), NFKC)} does, without
   * calling it for the characters NFKC leaves alone and for the full-width ASCII forms.
   */
  static String foldCharacter(char c) {
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff)) {
      return String.valueOf(c);
    }
    if (isFullWidth(c)) {
      return String.valueOf((char) (c - FULL_WIDTH_OFFSET));
    }
    return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
  }

  private static boolean isFullWidth(char c) {
    return c >= '\uff01' && c <= '\uff5e';
  }

  private static final int FULL_WIDTH_OFFSET = 0xfee0;
  private static final char IDEOGRAPHIC_SPACE = '\u3000';
  private static final char ELLIPSIS = '\u2026';
}

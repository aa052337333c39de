package io.github.jixiao.core;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text clean-up shared by the parsers of this package: markup residue, full-width forms, white space. */
final class Texts {
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>]{0,200})?/?>");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Texts() {}

  /** Removes HTML tags such as {@code <p>} and {@code </p>} and decodes the few entities seen in published text. */
  static String stripMarkup(CharSequence text) {
    String s = text.toString();
    if (s.indexOf('<') >= 0) {
      s = TAG.matcher(s).replaceAll(" ");
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
    String s = stripMarkup(text);
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
    s = s.replace('≧', '≥').replace('≦', '≤').replace('⩾', '≥').replace('⩽', '≤').replace('−', '-');
    if (hasCollapsibleSpace(s)) {
      s = SPACES.matcher(s).replaceAll(" ");
    }
    return s.strip();
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

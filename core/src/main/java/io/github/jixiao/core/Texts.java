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
    String s = TAG.matcher(text).replaceAll(" ");
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
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    s = s.replace('≧', '≥').replace('≦', '≤').replace('⩾', '≥').replace('⩽', '≤').replace('−', '-');
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Returns true when the code point is a CJK unified ideograph (the characters of Chinese words). */
  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}

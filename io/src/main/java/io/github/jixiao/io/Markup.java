package io.github.jixiao.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** HTML residue in published text: finding it and removing it from values. */
final class Markup {
  static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>]{0,200})?/?>");
  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile("</p>\\s*<p(?:\\s[^<>]{0,200})?>|<br\\s*/?>|</p>|</div>\\s*<div(?:\\s[^<>]{0,200})?>",
          Pattern.CASE_INSENSITIVE);

  private Markup() {}

  /** Returns the first tag in the text, such as {@code <p>}, or null. */
  static @Nullable String firstTag(String text) {
    if (text.indexOf('<') < 0) {
      return null;
    }
    Matcher m = TAG.matcher(text);
    return find(m, text, 0) ? m.group() : null;
  }

  /** Removes tags (a paragraph break becomes a line break), decodes common entities, strips the ends. */
  static String strip(String text) {
    String s = text;
    if (s.indexOf('<') >= 0) {
      s = replaceAll(PARAGRAPH_BREAK, s, "\n");
      s = replaceAll(TAG, s, "");
    }
    if (s.indexOf('&') >= 0) {
      s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
          .replace("&amp;", "&");
    }
    return s.strip();
  }

  /**
   * Finds the next match of a pattern whose every match begins with {@code <} (such as {@link #TAG}), from an index:
   * the same match as {@code m.find(from)}, trying the pattern only where a {@code <} stands. The pattern must have no
   * anchors and no look-around, so that a match at an index does not depend on the text before it.
   *
   * @return true, with the matcher holding the match, if one was found
   */
  static boolean find(Matcher m, String s, int from) {
    int i = s.indexOf('<', from);
    while (i >= 0) {
      m.region(i, s.length());
      if (m.lookingAt()) {
        return true;
      }
      i = s.indexOf('<', i + 1);
    }
    return false;
  }

  /**
   * Replaces every match of a pattern whose every match begins with {@code <}, as {@code p.matcher(s).replaceAll}
   * does with a literal replacement, trying the pattern only where a {@code <} stands.
   */
  static String replaceAll(Pattern p, String s, String replacement) {
    int i = s.indexOf('<');
    if (i < 0) {
      return s;
    }
    Matcher m = p.matcher(s);
    StringBuilder sb = null;
    int copied = 0;
    while (find(m, s, i)) {
      if (sb == null) {
        sb = new StringBuilder(s.length());
      }
      sb.append(s, copied, m.start()).append(replacement);
      copied = m.end();
      i = copied;
    }
    if (sb == null) {
      return s;
    }
    return sb.append(s, copied, s.length()).toString();
  }
}

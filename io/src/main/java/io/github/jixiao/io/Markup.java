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
    return m.find() ? m.group() : null;
  }

  /** Removes tags (a paragraph break becomes a line break), decodes common entities, strips the ends. */
  static String strip(String text) {
    String s = text;
    if (s.indexOf('<') >= 0) {
      s = PARAGRAPH_BREAK.matcher(s).replaceAll("\n");
      s = TAG.matcher(s).replaceAll("");
    }
    if (s.indexOf('&') >= 0) {
      s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
          .replace("&amp;", "&");
    }
    return s.strip();
  }
}

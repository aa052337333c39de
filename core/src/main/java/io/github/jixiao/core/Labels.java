package io.github.jixiao.core;

import java.util.regex.Pattern;

/** Matching of printed category labels: normalised, spaces dropped, a trailing weight such as (50分) ignored. */
final class Labels {
  private static final Pattern WEIGHT_SUFFIX = Pattern.compile("\\(\\s*\\d+(?:\\.\\d+)?\\s*分\\s*\\)$");

  private Labels() {}

  /** Returns the label in the form compared against: NFKC, no spaces, no trailing weight, no trailing colon. */
  static String key(String printed) {
    String s = Texts.normalize(printed).replace(" ", "");
    s = WEIGHT_SUFFIX.matcher(s).replaceAll("");
    while (!s.isEmpty() && (s.endsWith(":") || s.endsWith("-"))) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Returns true if the printed label is the given label, with or without its trailing 指标, or one of the aliases. */
  static boolean matches(String key, String label, String... aliases) {
    if (key.equals(label) || (label.endsWith("指标") && key.equals(label.substring(0, label.length() - 2)))) {
      return true;
    }
    for (String alias : aliases) {
      if (key.equals(alias)) {
        return true;
      }
    }
    return false;
  }
}

package io.github.jixiao.core;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Matching of printed category labels: normalised, spaces dropped, a trailing weight such as (50分) ignored. */
final class Labels {
  private static final Pattern WEIGHT_SUFFIX = Pattern.compile("\\(\\s*\\d+(?:\\.\\d+)?\\s*分\\s*\\)$");

  private Labels() {}

  /** Returns the label in the form compared against: NFKC, no spaces, no trailing weight, no trailing colon. */
  static String key(String printed) {
    String s = Texts.normalize(printed);
    if (s.indexOf(' ') >= 0) {
      s = s.replace(" ", "");
    }
    if (s.indexOf('分') >= 0 && s.indexOf(')') >= 0) {
      s = WEIGHT_SUFFIX.matcher(s).replaceAll("");
    }
    while (!s.isEmpty() && (s.endsWith(":") || s.endsWith("-"))) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Returns true if the printed label is the given label, with or without its trailing 指标, or one of the aliases. */
  static boolean matches(String key, String label, String... aliases) {
    if (key.equals(label) || (label.endsWith("指标") && key.length() == label.length() - 2 && label.startsWith(key))) {
      return true;
    }
    for (String alias : aliases) {
      if (key.equals(alias)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Indexes labels by every key that {@link #matches} accepts for them: for each key, the first value (in the order
   * given) that it matches, so that a lookup gives what testing the values in order with {@link #matches} gives.
   */
  static <E> Map<String, E> index(E[] values, Function<E, String> label, Function<E, String[]> aliases) {
    Map<String, E> map = new HashMap<>();
    for (E value : values) {
      String l = label.apply(value);
      map.putIfAbsent(l, value);
      if (l.endsWith("指标")) {
        map.putIfAbsent(l.substring(0, l.length() - 2), value);
      }
      for (String alias : aliases.apply(value)) {
        map.putIfAbsent(alias, value);
      }
    }
    return Map.copyOf(map);
  }
}

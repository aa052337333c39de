package io.github.jixiao.io;

import io.github.jixiao.core.Goal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits numbered text into items: (一)(二)(三), 1. 2. 3., (1)(2)(3), in increasing order from one. */
final class NumberedItems {
  static final Pattern CHINESE = Pattern.compile("[(（]([一二三四五六七八九十]{1,3})[)）]");
  static final Pattern BRACKETED = Pattern.compile("[(（](\\d{1,2})[)）]");
  static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})[.．、](?![\\d.])");
  private static final String CHINESE_DIGITS = "一二三四五六七八九十";

  /** One item: its number, text, and offset of its marker in the input. */
  record Item(int number, String text, int offset) {}

  /** The items and the text before the first marker. */
  record Split(List<Item> items, String before) {}

  private NumberedItems() {}

  static Split split(String text) {
    boolean brackets = text.indexOf('(') >= 0 || text.indexOf('（') >= 0;
    boolean digits = hasDigit(text);
    for (Pattern p : new Pattern[] {CHINESE, BRACKETED, DOTTED}) {
      // a bracketed marker needs a bracket, a numeric one a digit: without them the pattern finds nothing
      if ((p != DOTTED && !brackets) || (p != CHINESE && !digits)) {
        continue;
      }
      Split s = split(text, p);
      if (s.items().size() >= 2 || (s.items().size() == 1 && s.before().isBlank())) {
        return s;
      }
    }
    return new Split(List.of(), text);
  }

  private static Split split(String text, Pattern marker) {
    Matcher m = marker.matcher(text).useTransparentBounds(true);
    List<int[]> marks = new ArrayList<>();
    int expected = 1;
    int from = 0;
    while (find(m, text, from, marker == DOTTED)) {
      from = m.end();
      int n = number(m.group(1));
      if (n == expected) {
        if (marker == DOTTED && m.start() > 0 && !boundary(text.charAt(m.start() - 1))) {
          continue;
        }
        marks.add(new int[] {m.start(), m.end(), n});
        expected++;
      }
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
      items.add(new Item(marks.get(i)[2], text.substring(marks.get(i)[1], end).strip(), marks.get(i)[0]));
    }
    String before = marks.isEmpty() ? text : text.substring(0, marks.get(0)[0]);
    return new Split(items, before);
  }

  /**
   * The next match from an index, as successive {@code m.find()} calls give them: every marker starts with a bracket
   * or, for {@link #DOTTED}, a digit, so the pattern is tried only there (with transparent bounds, so that the
   * look-behind sees the text before).
   */
  private static boolean find(Matcher m, String text, int from, boolean digit) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (digit ? c >= '0' && c <= '9' : c == '(' || c == '（') {
        m.region(i, text.length());
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean boundary(char c) {
    return Character.isWhitespace(c) || "。；;，,：:)）\n".indexOf(c) >= 0;
  }

  private static int number(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    if (s.length() == 1) {
      return CHINESE_DIGITS.indexOf(s.charAt(0)) + 1;
    }
    if (s.length() == 2 && s.charAt(0) == '十') {
      return 10 + CHINESE_DIGITS.indexOf(s.charAt(1)) + 1;
    }
    if (s.length() == 2 && s.charAt(1) == '十') {
      return (CHINESE_DIGITS.indexOf(s.charAt(0)) + 1) * 10;
    }
    if (s.length() == 3 && s.charAt(1) == '十') {
      return (CHINESE_DIGITS.indexOf(s.charAt(0)) + 1) * 10 + CHINESE_DIGITS.indexOf(s.charAt(2)) + 1;
    }
    return -1;
  }

  /** The goals of a numbered goal list; an unnumbered text is one goal numbered 1. */
  static List<Goal> goals(String text) {
    Split s = split(text);
    List<Goal> goals = new ArrayList<>();
    if (s.items().isEmpty()) {
      if (!text.isBlank()) {
        goals.add(Goal.of(1, text.strip()));
      }
      return goals;
    }
    for (Item item : s.items()) {
      if (!item.text().isBlank()) {
        goals.add(Goal.of(item.number(), item.text()));
      }
    }
    return goals;
  }
}

package io.github.jixiao.core;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A comparison operator written at the start of a target, as a symbol or a word; longest spelling wins. */
record OperatorPrefix(ComparisonOperator operator, int length) {
  /** Spellings in normalised (NFKC) form, longest first within each group that shares a prefix. */
  private static final List<Map.Entry<String, ComparisonOperator>> SPELLINGS = List.of(
      Map.entry("≥", ComparisonOperator.GE),
      Map.entry(">=", ComparisonOperator.GE),
      Map.entry("=>", ComparisonOperator.GE),
      Map.entry("≤", ComparisonOperator.LE),
      Map.entry("<=", ComparisonOperator.LE),
      Map.entry("=<", ComparisonOperator.LE),
      Map.entry("==", ComparisonOperator.EQ),
      Map.entry(">", ComparisonOperator.GT),
      Map.entry("<", ComparisonOperator.LT),
      Map.entry("=", ComparisonOperator.EQ),
      Map.entry("大于或等于", ComparisonOperator.GE),
      Map.entry("大于等于", ComparisonOperator.GE),
      Map.entry("不低于", ComparisonOperator.GE),
      Map.entry("不少于", ComparisonOperator.GE),
      Map.entry("不小于", ComparisonOperator.GE),
      Map.entry("至少", ComparisonOperator.GE),
      Map.entry("小于或等于", ComparisonOperator.LE),
      Map.entry("小于等于", ComparisonOperator.LE),
      Map.entry("不高于", ComparisonOperator.LE),
      Map.entry("不超过", ComparisonOperator.LE),
      Map.entry("不多于", ComparisonOperator.LE),
      Map.entry("不大于", ComparisonOperator.LE),
      Map.entry("至多", ComparisonOperator.LE),
      Map.entry("最多", ComparisonOperator.LE),
      Map.entry("大于", ComparisonOperator.GT),
      Map.entry("高于", ComparisonOperator.GT),
      Map.entry("多于", ComparisonOperator.GT),
      Map.entry("小于", ComparisonOperator.LT),
      Map.entry("低于", ComparisonOperator.LT),
      Map.entry("少于", ComparisonOperator.LT),
      Map.entry("等于", ComparisonOperator.EQ));

  /** The first character of every spelling: text starting with none of them has no operator. */
  private static final String FIRST_CHARS = firstChars();

  private static String firstChars() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, ComparisonOperator> e : SPELLINGS) {
      if (sb.indexOf(e.getKey().substring(0, 1)) < 0) {
        sb.append(e.getKey().charAt(0));
      }
    }
    return sb.toString();
  }

  /** Returns the operator spelled at {@code from} in the normalised text, or null. */
  static @Nullable OperatorPrefix match(String normalized, int from) {
    if (from >= normalized.length() || FIRST_CHARS.indexOf(normalized.charAt(from)) < 0) {
      return null;
    }
    OperatorPrefix best = null;
    for (Map.Entry<String, ComparisonOperator> e : SPELLINGS) {
      String spelling = e.getKey();
      if (normalized.startsWith(spelling, from) && (best == null || spelling.length() > best.length)) {
        best = new OperatorPrefix(e.getValue(), spelling.length());
      }
    }
    return best;
  }
}

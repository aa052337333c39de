package io.github.jixiao.io;

import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The indicator categories in force while rows are read: 一级 and 二级 labels as printed and what they name.
 *
 * <p>In a table, a first-level cell spans the rows below it, so its label holds until the next first-level label. In
 * prose, each heading stands alone ({@code 数量指标：}, {@code 效益指标-社会效益：}). A label that names both levels
 * ({@code 成本指标}, {@code 满意度指标}) is a second-level label when the first level in force is its usual parent,
 * and a first-level label otherwise.
 */
final class CategoryTracker {
  private final boolean prose;
  private @Nullable IndicatorLevel1 level1;
  private @Nullable String level1Label;
  private @Nullable IndicatorLevel2 level2;
  private @Nullable String level2Label;
  private @Nullable IndicatorLevel1 context;

  CategoryTracker(boolean prose) {
    this.prose = prose;
  }

  /** Reads a printed label; returns false, changing nothing, if it names no category. */
  boolean accept(String printed) {
    String label = printed.strip();
    String key = LabelKey.of(label);
    if (key.isEmpty() || key.length() > 24) {
      return false;
    }
    int dash = indexOfDash(label);
    if (dash > 0 && dash < label.length() - 1) {
      String left = label.substring(0, dash).strip();
      String right = label.substring(dash + 1).strip();
      Optional<IndicatorLevel1> l1 = IndicatorLevel1.fromLabel(left);
      Optional<IndicatorLevel2> l2 = IndicatorLevel2.fromLabel(right);
      if (l1.isPresent() && l2.isPresent()) {
        setLevel1(l1.get(), left);
        setLevel2(l2.get(), right);
        return true;
      }
    }
    Optional<IndicatorLevel1> l1 = IndicatorLevel1.fromLabel(key);
    Optional<IndicatorLevel2> l2 = IndicatorLevel2.fromLabel(key);
    if (l1.isEmpty() && l2.isEmpty()) {
      return false;
    }
    if (prose) {
      level1 = null;
      level1Label = null;
      level2 = null;
      level2Label = null;
    }
    if (l1.isPresent() && l2.isPresent()) {
      if (context != null && context == l2.get().usualParent()) {
        setLevel2(l2.get(), label);
      } else {
        setLevel1(l1.get(), label);
      }
    } else if (l1.isPresent()) {
      setLevel1(l1.get(), label);
    } else {
      setLevel2(l2.orElseThrow(), label);
    }
    return true;
  }

  /** Reads a first-level label only (as in a Hunan table, where the column says which level). */
  boolean acceptLevel1(String printed) {
    Optional<IndicatorLevel1> l1 = IndicatorLevel1.fromLabel(printed);
    if (l1.isEmpty()) {
      return false;
    }
    setLevel1(l1.get(), printed.strip());
    return true;
  }

  /** Reads a second-level label only. */
  boolean acceptLevel2(String printed) {
    Optional<IndicatorLevel2> l2 = IndicatorLevel2.fromLabel(printed);
    if (l2.isEmpty()) {
      return false;
    }
    setLevel2(l2.get(), printed.strip());
    return true;
  }

  private static int indexOfDash(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || c == '—' || c == '－' || c == '–') {
        return i;
      }
    }
    return -1;
  }

  private void setLevel1(IndicatorLevel1 l1, String label) {
    level1 = l1;
    level1Label = label;
    level2 = null;
    level2Label = null;
    context = l1;
  }

  private void setLevel2(IndicatorLevel2 l2, String label) {
    level2 = l2;
    level2Label = label;
    if (level1 == null) {
      context = l2.usualParent();
    }
  }

  /** The first-level category of a row: printed, else the usual parent of the second level. */
  @Nullable IndicatorLevel1 level1() {
    if (level1 != null) {
      return level1;
    }
    return level2 == null ? null : level2.usualParent();
  }

  @Nullable String level1Label() {
    return level1Label;
  }

  /** The second-level category of a row: printed, else the only one a satisfaction category has. */
  @Nullable IndicatorLevel2 level2() {
    if (level2 != null) {
      return level2;
    }
    return level1 == IndicatorLevel1.SATISFACTION ? IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION : null;
  }

  @Nullable String level2Label() {
    return level2Label;
  }

  /** The printed first-level category, for category weights. */
  @Nullable IndicatorLevel1 printedLevel1() {
    return level1;
  }
}

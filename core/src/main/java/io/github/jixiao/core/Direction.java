package io.github.jixiao.core;

/**
 * Which way an indicator improves (指标方向): 正向 (higher is better), 反向 (lower is better) or 等于 (must equal).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Direction {
  /** 正向指标: higher is better, as for counts and rates written with ≥ or ＞. [V] */
  POSITIVE("正向"),
  /** 反向指标: lower is better, as for cost ceilings written with ≤ or ＜. [V] */
  REVERSE("反向"),
  /** 等于指标: the actual must equal the target, written with =. [P] */
  EQUAL("等于");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label, such as {@code 正向}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}

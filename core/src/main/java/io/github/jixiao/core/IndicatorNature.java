package io.github.jixiao.core;

/**
 * Whether an indicator is measured by a number or described (指标类型).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IndicatorNature {
  /** 定量指标: a numeric target compared with the actual. [V] */
  QUANTITATIVE("定量指标"),
  /** 定性指标: a descriptive target, scored in tiers. [V] */
  QUALITATIVE("定性指标");

  private final String label;

  IndicatorNature(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label, such as {@code 定量指标}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}

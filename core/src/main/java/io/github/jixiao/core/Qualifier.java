package io.github.jixiao.core;

/**
 * A word that makes a printed count approximate or a bound (限定词), such as 超 in {@code 超55次} ("more than 55").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Qualifier {
  /** No qualifying word: the number is the figure. */
  EXACT(""),
  /** 超, 超过, 逾, …以上, …余, …多: more than the number, so the number is a lower bound, not the figure. */
  MORE_THAN("超"),
  /** 不足, 不到, …以下, …以内: less than (or within) the number. */
  LESS_THAN("不足"),
  /** 约, 大约, 近, …左右: about the number. */
  APPROXIMATELY("约");

  private final String label;

  Qualifier(String label) {
    this.label = label;
  }

  /**
   * Returns a typical Chinese word for this qualifier, such as {@code 超}; empty for {@link #EXACT}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}

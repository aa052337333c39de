package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit in which a form prints its amounts (单位), such as {@code 单位：万元}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AmountUnit {
  /** 元: one yuan. */
  YUAN("元", BigDecimal.ONE),
  /** 千元: one thousand yuan. */
  THOUSAND_YUAN("千元", BigDecimal.valueOf(1_000)),
  /** 万元: ten thousand yuan, the unit of almost every published self-evaluation form. */
  TEN_THOUSAND_YUAN("万元", BigDecimal.valueOf(10_000)),
  /** 亿元: one hundred million yuan. */
  HUNDRED_MILLION_YUAN("亿元", BigDecimal.valueOf(100_000_000));

  private final String label;
  private final BigDecimal yuan;

  AmountUnit(String label, BigDecimal yuan) {
    this.label = label;
    this.yuan = yuan;
  }

  /**
   * Returns the Chinese label as printed on forms, such as {@code 万元}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns how many yuan one unit is worth, such as 10000 for {@link #TEN_THOUSAND_YUAN}.
   *
   * @return the factor, exact, never null
   */
  public BigDecimal yuanPerUnit() {
    return yuan;
  }

  /**
   * Finds the unit printed as {@code label}, ignoring surrounding white space; {@code "万"} alone is not accepted.
   *
   * @param label the printed label, such as {@code "万元"}, not null
   * @return the unit, or empty when the label names none
   */
  public static Optional<AmountUnit> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String trimmed = label.strip();
    for (AmountUnit unit : values()) {
      if (unit.label.equals(trimmed)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }
}

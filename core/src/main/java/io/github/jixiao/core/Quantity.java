package io.github.jixiao.core;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One number found in an indicator value, with its unit and qualifier: {@code 超55次} is 55, 次, MORE_THAN.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the number as printed (scale kept), not null
 * @param unit the unit printed after it, such as {@code 次}, {@code %} or {@code 万元}; null when none was printed or
 *     the word after the number is not a known unit
 * @param qualifier the qualifying word around it, not null ({@link Qualifier#EXACT} when none)
 */
public record Quantity(BigDecimal number, @Nullable String unit, Qualifier qualifier) implements Serializable {
  /**
   * Creates a quantity.
   *
   * @param number the number, not null
   * @param unit the unit, may be null
   * @param qualifier the qualifier, not null
   */
  public Quantity {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(qualifier, "qualifier");
  }

  /**
   * Returns true if the unit is a percent sign (or 百分比, as some forms print it).
   *
   * @return whether the quantity is a percentage
   */
  public boolean isPercent() {
    return "%".equals(unit) || "百分比".equals(unit);
  }

  /**
   * Returns the quantity as it would be printed, such as {@code 超55次}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String u = unit == null ? "" : unit;
    return switch (qualifier) {
      case EXACT -> number.toPlainString() + u;
      case MORE_THAN -> "超" + number.toPlainString() + u;
      case LESS_THAN -> "不足" + number.toPlainString() + u;
      case APPROXIMATELY -> "约" + number.toPlainString() + u;
    };
  }
}

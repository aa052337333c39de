package io.github.jixiao.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A key indicator of a main task (关键指标) with its completion (指标完成情况), such as
 * {@code 党组理论学习中心组学习 → 12次}.
 *
 * <p>Department forms such as the Tianhe 2021 form print only the completion; the {@link #target()} is there for
 * forms that print one (and for the rule that asks for it).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the indicator as printed, not blank
 * @param target the target (年初值 / 指标值), or null when none is printed
 * @param completion the completion as printed and read (指标完成情况), or null when the cell is empty
 */
@Value.Builder
public record KeyIndicator(
    @NotBlank @Size(max = FormLimits.MAX_TEXT_LENGTH) String name,
    @Nullable @PrintedLength IndicatorValue target,
    @Nullable @PrintedLength IndicatorValue completion) implements WithKeyIndicator {
  /**
   * Creates a key indicator.
   *
   * @param name the name, not null
   * @param target the target, may be null
   * @param completion the completion, may be null
   */
  public KeyIndicator {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Obtains a key indicator with a printed completion and no target.
   *
   * @param name the name, not null
   * @param completion the completion text as printed, not null
   * @return the indicator, never null
   */
  public static KeyIndicator of(String name, String completion) {
    return new KeyIndicator(name, null, IndicatorValue.parse(completion));
  }
}

package io.github.jixiao.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One numbered expected goal of a department (部门整体支出的预期目标), such as
 * {@code 1. 思想引领，推进“两个健康”发展}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the number printed before the goal (1 for {@code 1.}), 1 or more
 * @param text the goal without its number, as printed (trailing punctuation kept), not blank
 */
@Value.Builder
public record Goal(
    @Positive int number,
    @NotBlank @Size(max = FormLimits.MAX_TEXT_LENGTH) String text) implements WithGoal {
  /**
   * Creates a goal.
   *
   * @param number the number
   * @param text the text, not null
   */
  public Goal {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Obtains a goal.
   *
   * @param number the number, 1 or more
   * @param text the text, not null
   * @return the goal, never null
   */
  public static Goal of(int number, String text) {
    return new Goal(number, text);
  }
}

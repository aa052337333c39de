package io.github.jixiao.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A main task of a department (主要任务), such as 任务1 of the Tianhe 2021 form.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param index the task number printed (1 for 任务1), 1 or more
 * @param expectedGoal the task's expected goal (预期目标), not blank
 * @param goalCompletion the attainment narrative (目标完成情况), or null if not printed
 * @param keyIndicators the key indicators (关键指标) in printed order, not null
 * @param amount the funds involved (任务涉及金额), as printed; null if not printed
 */
@Value.Builder
public record MainTask(
    @Positive int index,
    @NotBlank @Size(max = FormLimits.MAX_TEXT_LENGTH) String expectedGoal,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String goalCompletion,
    @Size(max = FormLimits.MAX_ITEMS) List<@Valid KeyIndicator> keyIndicators,
    @Nullable @NonNegative Amount amount) implements WithMainTask {
  /**
   * Creates a main task.
   *
   * @param index the index
   * @param expectedGoal the expected goal, not null
   * @param goalCompletion the completion narrative, may be null
   * @param keyIndicators the key indicators, not null, copied
   * @param amount the amount, may be null
   */
  public MainTask {
    Objects.requireNonNull(expectedGoal, "expectedGoal");
    keyIndicators = Checks.copyOf(keyIndicators, "keyIndicators");
  }
}

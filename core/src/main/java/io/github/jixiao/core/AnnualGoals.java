package io.github.jixiao.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The goal block of a department form (年度目标): the expected goals and the narrative of their attainment.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param expectedGoals the numbered expected goals (部门整体支出的预期目标), in printed order, not null
 * @param goalCompletionNarrative the attainment narrative (部门整体支出的目标完成情况), or null if not printed
 */
@Value.Builder
public record AnnualGoals(
    @Size(max = FormLimits.MAX_ITEMS) List<@Valid Goal> expectedGoals,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String goalCompletionNarrative) implements WithAnnualGoals {
  /**
   * Creates the goal block.
   *
   * @param expectedGoals the goals, not null, copied
   * @param goalCompletionNarrative the narrative, may be null
   */
  public AnnualGoals {
    expectedGoals = Checks.copyOf(expectedGoals, "expectedGoals");
  }

  /**
   * Returns an empty goal block: no goals, no narrative.
   *
   * @return the empty block, never null
   */
  public static AnnualGoals empty() {
    return new AnnualGoals(List.of(), null);
  }
}

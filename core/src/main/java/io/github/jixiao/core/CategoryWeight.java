package io.github.jixiao.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The weight a form prints for a whole category of indicators (分值 of a 一级/二级指标), such as
 * {@code 产出指标(50分)} or the Hunan table's {@code 投入 | 13}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param level1 the first-level category, or null if the label names none known
 * @param level2 the second-level category when this is a second-level weight, or null for a first-level weight
 * @param label the category label as printed, such as {@code 产出指标(50分)}, not blank
 * @param weight the printed weight, or null if none is printed
 * @param score the printed score of the category, or null if none is printed
 */
@Value.Builder
public record CategoryWeight(
    @Nullable IndicatorLevel1 level1,
    @Nullable IndicatorLevel2 level2,
    @NotBlank @Size(max = FormLimits.MAX_NAME_LENGTH) String label,
    @Nullable @PositiveOrZero BigDecimal weight,
    @Nullable @PositiveOrZero BigDecimal score) implements WithCategoryWeight {
  /**
   * Creates a category weight.
   *
   * @param level1 may be null
   * @param level2 may be null
   * @param label not null
   * @param weight may be null
   * @param score may be null
   */
  public CategoryWeight {
    Objects.requireNonNull(label, "label");
  }
}

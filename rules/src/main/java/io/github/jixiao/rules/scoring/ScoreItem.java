package io.github.jixiao.rules.scoring;

import io.github.jixiao.rules.Evidence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One line of a score card: the execution rate or one indicator, with everything that explains its points.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param path where the item is in the form: {@code funds.total} for the execution rate, {@code indicators[3]} for
 *     a row, not null
 * @param label the row's name as printed, or {@code 执行率}, not null
 * @param kind what is scored, not null
 * @param weight the weight used, exact (an equal split such as 50 ÷ 9 keeps its full precision), or null when it
 *     could not be determined
 * @param weightSource where the weight comes from, not null
 * @param weightBasis how the weight was obtained, such as {@code 50 ÷ 9 (产出指标)} or {@code printed}, not null
 * @param strategy how the points were computed, not null
 * @param inputs the inputs used, in order, not null
 * @param rawPoints the points before rounding, or null when not scored
 * @param points the points rounded to the profile's scale, or null when not scored
 * @param flags remarks for the reader, not null; iterated in the order of {@link ScoreFlag}
 * @param band the tier band of a qualitative row, or null
 * @param evidence the evidence tags of the choices behind this item (strategy, weights, basis), without repeats,
 *     not null
 */
public record ScoreItem(
    String path,
    String label,
    ItemKind kind,
    @Nullable BigDecimal weight,
    WeightSource weightSource,
    String weightBasis,
    Strategy strategy,
    List<ScoreInput> inputs,
    @Nullable BigDecimal rawPoints,
    @Nullable BigDecimal points,
    Set<ScoreFlag> flags,
    @Nullable TierBand band,
    List<Evidence> evidence) {
  /**
   * Creates an item.
   *
   * @param path not null
   * @param label not null
   * @param kind not null
   * @param weight may be null
   * @param weightSource not null
   * @param weightBasis not null
   * @param strategy not null
   * @param inputs not null, copied
   * @param rawPoints may be null
   * @param points may be null
   * @param flags not null, copied into declaration order
   * @param band may be null
   * @param evidence not null, copied without repeats
   */
  public ScoreItem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(weightSource, "weightSource");
    Objects.requireNonNull(weightBasis, "weightBasis");
    Objects.requireNonNull(strategy, "strategy");
    inputs = List.copyOf(inputs);
    EnumSet<ScoreFlag> ordered = EnumSet.noneOf(ScoreFlag.class);
    ordered.addAll(flags);
    flags = Collections.unmodifiableSet(ordered);
    List<Evidence> distinct = new java.util.ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      if (!distinct.contains(Objects.requireNonNull(e, "evidence element"))) {
        distinct.add(e);
      }
    }
    evidence = Collections.unmodifiableList(distinct);
  }

  /**
   * Returns true if the item has points (it is neither unscored nor not applicable).
   *
   * @return whether scored
   */
  public boolean isScored() {
    return rawPoints != null;
  }

  /**
   * Returns the weight rounded for display, such as {@code 5.56} for 50 ÷ 9.
   *
   * @param scale the decimals
   * @param rounding the rounding mode, not null
   * @return the rounded weight, or null when the weight is undetermined
   */
  public @Nullable BigDecimal weight(int scale, RoundingMode rounding) {
    return weight == null ? null : weight.setScale(scale, rounding);
  }
}

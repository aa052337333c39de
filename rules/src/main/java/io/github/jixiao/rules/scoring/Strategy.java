package io.github.jixiao.rules.scoring;

import io.github.jixiao.rules.Evidence;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * How the points of one score item are computed (§7.2–§7.4 of the domain specification). Every quantitative
 * strategy returns points in [0, w]; nothing is rounded here.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Strategy {
  /** 执行率: min(rate, 1) × w ("执行率*该指标分值，最高不得超过分值上限") [V] Beijing 2016. */
  EXECUTION_RATE(List.of(Evidence.VERIFIED)),
  /** a ≥ t → w, else w × a / t (GE, GT) [R] 10号; [P] vendor; [V] Beijing. */
  POSITIVE_RATIO(List.of(Evidence.RECALLED, Evidence.PRACTICE, Evidence.VERIFIED)),
  /** a ≤ t → w, else w × t / a (LE, LT) [V] two published templates. */
  REVERSE_INVERSE_RATIO(List.of(Evidence.VERIFIED)),
  /** a ≤ t → w; t &lt; a &lt; 2t → w × (1 − (a − t) / t); a ≥ 2t → 0 (LE, LT) [P] vendor. */
  REVERSE_LINEAR(List.of(Evidence.PRACTICE)),
  /** EQ with t &gt; 0: scored as POSITIVE_RATIO, as the vendor does [P]. */
  EQUAL(List.of(Evidence.PRACTICE)),
  /** EQ with t = 0: a ≤ 0 → w, else 0 [P]. */
  EQUAL_ZERO(List.of(Evidence.PRACTICE)),
  /** The evaluator's printed score, checked against its tier's band [R]. */
  QUALITATIVE_AS_PRINTED(List.of(Evidence.RECALLED)),
  /** ACHIEVED at full weight when no score is printed [V] common practice. */
  QUALITATIVE_FULL(List.of(Evidence.VERIFIED)),
  /** The bottom of the tier's band when no score is printed [I]. */
  QUALITATIVE_FLOOR(List.of(Evidence.INFERRED)),
  /** Not scored (not applicable, or something needed is missing). */
  NOT_SCORED(List.of());

  private final List<Evidence> evidence;

  Strategy(List<Evidence> evidence) {
    this.evidence = evidence;
  }

  /**
   * Returns the evidence tags of this strategy.
   *
   * @return the tags, unmodifiable, never null
   */
  public List<Evidence> evidence() {
    return evidence;
  }

  /**
   * Computes the points of a quantitative strategy, unrounded.
   *
   * @param target the target t, not null
   * @param actual the actual a, not null and not negative (negative actuals count as 0 [P])
   * @param weight the weight w, not null, not negative
   * @param strict whether a = t fails a strict operator (GT, LT) — the profile's {@code strictComparators}
   * @param mc the precision of divisions, not null
   * @return the points, in [0, w], never null
   * @throws IllegalArgumentException if this strategy is not quantitative, or the actual is negative
   */
  public BigDecimal points(BigDecimal target, BigDecimal actual, BigDecimal weight, boolean strict, MathContext mc) {
    if (actual.signum() < 0) {
      throw new IllegalArgumentException("actual (" + actual + ") must not be negative");
    }
    int cmp = actual.compareTo(target);
    return switch (this) {
      case POSITIVE_RATIO, EQUAL -> {
        if (cmp > 0 || (cmp == 0 && !strict)) {
          yield weight;
        }
        if (target.signum() <= 0) {
          yield BigDecimal.ZERO;
        }
        yield clamp(weight.multiply(actual).divide(target, mc), weight);
      }
      case REVERSE_INVERSE_RATIO -> {
        if (cmp < 0 || (cmp == 0 && !strict)) {
          yield weight;
        }
        yield actual.signum() == 0 ? BigDecimal.ZERO : clamp(weight.multiply(target).divide(actual, mc), weight);
      }
      case REVERSE_LINEAR -> {
        if (cmp < 0 || (cmp == 0 && !strict)) {
          yield weight;
        }
        if (target.signum() <= 0) {
          yield BigDecimal.ZERO;
        }
        BigDecimal over = actual.subtract(target).divide(target, mc);
        yield clamp(weight.multiply(BigDecimal.ONE.subtract(over), mc), weight);
      }
      case EQUAL_ZERO -> actual.signum() <= 0 ? weight : BigDecimal.ZERO;
      default -> throw new IllegalArgumentException(this + " is not a quantitative strategy");
    };
  }

  private static BigDecimal clamp(BigDecimal points, BigDecimal weight) {
    if (points.signum() < 0) {
      return BigDecimal.ZERO;
    }
    return points.compareTo(weight) > 0 ? weight : points;
  }
}

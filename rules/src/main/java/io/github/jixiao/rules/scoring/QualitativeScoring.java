package io.github.jixiao.rules.scoring;

import io.github.jixiao.rules.Evidence;

/**
 * How a qualitative row (定性指标) without a printed score counts. A printed score is always taken as the
 * evaluator's choice; these modes only decide the rows where none is printed.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum QualitativeScoring {
  /**
   * The evaluator's score is the input (10号: "合理确定分值" within the tier's band [R]); a row without one is not
   * scored and the card is marked incomplete.
   */
  AS_PRINTED(Evidence.RECALLED),
  /**
   * A row of tier ACHIEVED scores its full weight; common practice in filled forms (池州 2022 [V]). Other tiers have
   * no sourced default and stay unscored.
   */
  FULL(Evidence.VERIFIED),
  /** Each row scores the bottom of its tier's band (80 %, 60 % or 0 % of the weight) [I]. */
  FLOOR(Evidence.INFERRED);

  private final Evidence evidence;

  QualitativeScoring(Evidence evidence) {
    this.evidence = evidence;
  }

  /**
   * Returns the evidence tag of this mode.
   *
   * @return the tag, never null
   */
  public Evidence evidence() {
    return evidence;
  }
}

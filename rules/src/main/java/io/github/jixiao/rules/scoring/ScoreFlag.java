package io.github.jixiao.rules.scoring;

/**
 * Remarks a score item carries for the reader of the score card.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ScoreFlag {
  /** The actual is far above the target (≥ the profile's overshoot factor): full points, review for a deduction
   * as 10号 asks when the target was set too low [R]. */
  OVERSHOOT_REVIEW,
  /** The row is not applicable (不适用) and is excluded. */
  NOT_APPLICABLE,
  /** The row could not be scored (missing figure, weight, tier or score); the card is incomplete. */
  NOT_SCORED,
  /** No operator is printed; the profile's default operator was assumed (GE for numeric targets [I]). */
  OPERATOR_ASSUMED,
  /** The tier was not printed; the profile's assumed tier was used [I]. */
  TIER_ASSUMED,
  /** The printed qualitative score lies outside the band of its tier. */
  OUTSIDE_TIER_BAND,
  /** A negative actual was treated as 0 [P]. */
  NEGATIVE_ACTUAL_AS_ZERO,
  /** The execution rate could not be computed from the amounts; the printed rate was used. */
  RATE_AS_PRINTED,
  /** Target and actual are in different units; the row was not scored. */
  UNIT_MISMATCH,
  /** The execution score was capped at the weight (rate above 100 %) [V]. */
  CAPPED_AT_WEIGHT
}

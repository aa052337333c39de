package io.github.jixiao.rules;

/**
 * Why a rule could not decide ({@link Outcome#INDETERMINATE}) or did not apply ({@link Outcome#NOT_APPLICABLE}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Reason {
  /** A figure the rule needs is not printed. */
  MISSING_FIGURE,
  /** A denominator is zero, or its printed precision allows zero. */
  ZERO_DENOMINATOR,
  /** A value is printed but cannot be read (a placeholder, an unknown category, text where a number belongs). */
  UNPARSEABLE_VALUE,
  /** A figure is in another unit than the form's, so its printed precision is unknown. */
  UNIT_MISMATCH,
  /** The printed figure lies within rounding distance of a threshold: it may be on either side. */
  WITHIN_ROUNDING,
  /** The printed figures or text allow either verdict (numerically equal but printed differently, an ending that
   * may or may not close a sentence, text that may or may not be markup). */
  AMBIGUOUS,
  /** The form's layout does not tell whether the block exists. */
  LAYOUT_UNKNOWN,
  /** The block the rule checks does not exist in this form's layout. */
  NOT_IN_LAYOUT,
  /** The rule threw an exception; the {@link Finding#cause() cause} is kept. */
  RULE_ERROR
}

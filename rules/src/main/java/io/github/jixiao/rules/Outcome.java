package io.github.jixiao.rules;

/**
 * The outcome of one rule at one place of a form.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome {
  /** The place satisfies the rule. */
  PASS,
  /** The place breaks the rule. */
  FAIL,
  /**
   * The rule cannot decide: a figure is missing, a denominator is zero, a value cannot be read, or the rule itself
   * failed. The {@link Finding#reason() reason} says which. Never a silent pass.
   */
  INDETERMINATE,
  /** The rule does not apply here (for example a layout without that block). */
  NOT_APPLICABLE
}

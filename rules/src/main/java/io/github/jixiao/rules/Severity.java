package io.github.jixiao.rules;

/**
 * How serious a failing rule is (严重程度), as domain specification §6 defines it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
  /** Arithmetically impossible, or contradicts the form's own definition. */
  ERROR,
  /** A probable data problem. */
  WARNING,
  /** A quality remark. */
  INFO
}

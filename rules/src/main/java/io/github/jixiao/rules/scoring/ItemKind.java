package io.github.jixiao.rules.scoring;

/**
 * What a score item scores.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ItemKind {
  /** The budget execution rate (预算执行率). */
  EXECUTION_RATE,
  /** A quantitative indicator (定量指标). */
  QUANTITATIVE,
  /** A qualitative indicator (定性指标). */
  QUALITATIVE,
  /** An indicator whose nature the form does not tell (no target, no operator). */
  UNKNOWN
}

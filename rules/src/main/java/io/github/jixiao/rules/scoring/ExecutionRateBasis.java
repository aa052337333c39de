package io.github.jixiao.rules.scoring;

import io.github.jixiao.rules.Evidence;

/**
 * The budget that the execution rate (执行率) is measured against; it differs by region (domain specification §4.3).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ExecutionRateBasis {
  /**
   * 全年执行数 / 全年预算数 (national 10号 table [R], regional copies [V]); in the Sichuan table the same column is
   * 调整后预算数 ("预算执行率=预算执行数/调整后预算数" [V]).
   */
  ANNUAL_BUDGET(Evidence.RECALLED),
  /** 全年执行数(B) / 年初预算数(A): Beijing Haidian 2016 ("执行率(B/A)") [V]. */
  INITIAL_BUDGET(Evidence.VERIFIED);

  private final Evidence evidence;

  ExecutionRateBasis(Evidence evidence) {
    this.evidence = evidence;
  }

  /**
   * Returns the evidence tag of this basis.
   *
   * @return the tag, never null
   */
  public Evidence evidence() {
    return evidence;
  }
}

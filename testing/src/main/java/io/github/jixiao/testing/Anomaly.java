package io.github.jixiao.testing;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Forms with exactly one chosen defect, each named after the rule that must catch it: seeded generators of a
 * well-formed form ({@link FormGenerators}) with one anomaly injected, for every rule of the department catalogue
 * (DW-F-01 … FMT-02) and of the project catalogue (PRJ-W-01 … PRJ-F-03).
 *
 * <pre>{@code
 * DepartmentSelfEvaluation form = Anomaly.DUPLICATE_GOAL.department(new SplittableRandom(42));
 * AuditResult result = DepartmentRules.standardSet().audit(form);
 * // result.byCode("DW-G-01") holds a FAIL
 * }</pre>
 *
 * <p>Each anomaly is injected well beyond what the printed precision tolerates, never at a rounding edge, so its rule
 * reports FAIL on every generated form under the national audit profile. Nothing else is wrong with the form: no
 * other rule fails, except those listed in {@link #alsoCaughtBy()}, which the same defect necessarily trips too (a
 * score above its weight is also a wrong score). The evidence tag is the one the domain specification gives the rule
 * ([V] verified, [R] recalled, [P] practice, [I] inferred); it says how sure the rule is, not the generator.
 *
 * <table>
 *   <caption>The anomalies</caption>
 *   <tr><th>anomaly</th><th>rule</th><th>evidence</th><th>also caught by</th></tr>
 *   <tr><td>{@link #COMPLETION_RATE_MISPRINTED}</td><td>DW-F-01</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #ADJUSTMENT_RATE_MISPRINTED}</td><td>DW-F-02</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #ADJUSTED_BUDGETS_DIFFER}</td><td>DW-F-03</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #PORTION_EXCEEDS_TOTAL}</td><td>DW-F-04</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #EXPENDITURE_OVER_BUDGET}</td><td>DW-F-05</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #NEGATIVE_AMOUNT}</td><td>DW-F-06</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #AMOUNT_WITH_THREE_DECIMALS}</td><td>DW-F-06</td><td>[I]</td><td>FMT-01</td></tr>
 *   <tr><td>{@link #LOW_COMPLETION_UNEXPLAINED}</td><td>DW-F-07</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #LARGE_ADJUSTMENT_UNEXPLAINED}</td><td>DW-F-08</td><td>[P]</td><td></td></tr>
 *   <tr><td>{@link #COPY_FILLED_FUND_LINES}</td><td>DW-F-09</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #TASK_AMOUNTS_EXCEED_EXPENDITURE}</td><td>DW-T-01</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #TASK_WITHOUT_KEY_INDICATOR}</td><td>DW-T-02</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #KEY_INDICATOR_WITHOUT_COMPLETION}</td><td>DW-T-02</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #TASK_AMOUNT_MISSING}</td><td>DW-T-03</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #KEY_INDICATOR_WITHOUT_TARGET}</td><td>DW-T-04</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #DUPLICATE_GOAL}</td><td>DW-G-01</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #TASK_MATCHES_NO_GOAL}</td><td>DW-G-02</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #GOAL_WITHOUT_TASK}</td><td>DW-G-03</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #KEY_PROJECT_RATE_MISPRINTED}</td><td>DW-K-01</td><td>[R]</td><td></td></tr>
 *   <tr><td>{@link #KEY_PROJECT_EXCEEDS_DEPARTMENT}</td><td>DW-K-02</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #KEY_PROJECT_OVERSPENT}</td><td>DW-K-03</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #KEY_PROJECT_ADJUSTMENT_UNEXPLAINED}</td><td>DW-K-04</td><td>[P]</td><td></td></tr>
 *   <tr><td>{@link #INDICATOR_IN_WRONG_CATEGORY}</td><td>DW-K-05</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #NARRATIVE_REPEATED}</td><td>DW-N-01</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #NARRATIVE_TRUNCATED}</td><td>DW-N-01</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #MEASURES_DO_NOT_MATCH_PROBLEMS}</td><td>DW-N-02</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #AMOUNT_NOT_TWO_DECIMALS}</td><td>FMT-01</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #MARKUP_RESIDUE}</td><td>FMT-02</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #WEIGHTS_OVER_100}</td><td>PRJ-W-01</td><td>[V]</td><td>PRJ-W-02</td></tr>
 *   <tr><td>{@link #FIRST_LEVEL_WEIGHTS_OFF_DEFAULT}</td><td>PRJ-W-02</td><td>[V]</td><td></td></tr>
 *   <tr><td>{@link #CHILD_WEIGHTS_DO_NOT_ADD_UP}</td><td>PRJ-W-03</td><td>[P]</td><td></td></tr>
 *   <tr><td>{@link #ZERO_LEAF_WEIGHT}</td><td>PRJ-W-04</td><td>[P]</td><td></td></tr>
 *   <tr><td>{@link #SCORE_ABOVE_WEIGHT}</td><td>PRJ-S-01</td><td>[I]</td><td>PRJ-S-03 or PRJ-S-04</td></tr>
 *   <tr><td>{@link #TOTAL_SCORE_MISADDED}</td><td>PRJ-S-02</td><td>[R]</td><td></td></tr>
 *   <tr><td>{@link #QUALITATIVE_SCORE_OUTSIDE_BAND}</td><td>PRJ-S-03</td><td>[R]</td><td></td></tr>
 *   <tr><td>{@link #UNMET_AT_FULL_MARKS}</td><td>PRJ-S-04</td><td>[R]</td><td></td></tr>
 *   <tr><td>{@link #GRADE_MISMATCH}</td><td>PRJ-S-05</td><td>[V]</td><td></td></tr>
 *   <tr><td>{@link #SHORTFALL_UNEXPLAINED}</td><td>PRJ-D-01</td><td>[P]</td><td></td></tr>
 *   <tr><td>{@link #OVERSHOOT_UNEXPLAINED}</td><td>PRJ-D-02</td><td>[P]</td><td></td></tr>
 *   <tr><td>{@link #LOW_EXECUTION_UNEXPLAINED}</td><td>PRJ-D-03</td><td>[V]</td><td></td></tr>
 *   <tr><td>{@link #ADJUSTMENT_UNEXPLAINED}</td><td>PRJ-D-04</td><td>[V]</td><td></td></tr>
 *   <tr><td>{@link #QUANTITATIVE_ROW_WITHOUT_UNIT}</td><td>PRJ-V-01</td><td>[P]</td><td></td></tr>
 *   <tr><td>{@link #PLACEHOLDER_TARGET}</td><td>PRJ-V-02</td><td>[P]</td><td>PRJ-V-01</td></tr>
 *   <tr><td>{@link #OTHER_QUANTITATIVE_UNEXPLAINED}</td><td>PRJ-V-03</td><td>[P]</td><td></td></tr>
 *   <tr><td>{@link #NEGATIVE_ACTUAL}</td><td>PRJ-V-04</td><td>[P]</td><td></td></tr>
 *   <tr><td>{@link #INDICATOR_NAME_TOO_LONG}</td><td>PRJ-V-05</td><td>[P]</td><td></td></tr>
 *   <tr><td>{@link #EXECUTION_RATE_MISPRINTED}</td><td>PRJ-F-01</td><td>[R]</td><td></td></tr>
 *   <tr><td>{@link #FUND_SOURCES_DO_NOT_ADD_UP}</td><td>PRJ-F-02</td><td>[I]</td><td></td></tr>
 *   <tr><td>{@link #EXECUTED_OVER_BUDGET}</td><td>PRJ-F-03</td><td>[I]</td><td></td></tr>
 * </table>
 *
 * <p>Department anomalies start from {@link FormGenerators#department(RandomGenerator)}, project anomalies from
 * {@link FormGenerators#scoredProject(RandomGenerator)}; the same seed gives the same form.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Anomaly {
  //-----------------------------------------------------------------------
  // Department form: funds
  //-----------------------------------------------------------------------
  /** 预算完成率 printed at least 1 point away from 实际支出数 / 年度预算调整数 and clear of its §6.1 interval. */
  COMPLETION_RATE_MISPRINTED("DW-F-01", "[I]", true),
  /** 预算调整率 printed at least 1 point away from |年度预算调整数 − 部门年初预算收入| / 部门年初预算收入. */
  ADJUSTMENT_RATE_MISPRINTED("DW-F-02", "[I]", true),
  /** 部门调整预算收入 0.5 % to 10 % (at least 0.02) away from 年度预算调整数, as the two adjusted budgets of the sample. */
  ADJUSTED_BUDGETS_DIFFER("DW-F-03", "[I]", true),
  /** 其中：一般公共预算 1 % to 20 % (at least 0.02) above the largest total line. */
  PORTION_EXCEEDS_TOTAL("DW-F-04", "[I]", true),
  /** 实际支出数 2 % to 10 % above 年度预算调整数 (the printed 预算完成率 above 100 %, correctly computed). */
  EXPENDITURE_OVER_BUDGET("DW-F-05", "[I]", true),
  /** A negative 其中 line (政府性基金预算, 国有资本经营预算 or 其他). */
  NEGATIVE_AMOUNT("DW-F-06", "[I]", true),
  /** A task amount printed with 3 decimals; FMT-01 (exactly 2 decimals) catches it too. */
  AMOUNT_WITH_THREE_DECIMALS("DW-F-06", "[I]", true, "FMT-01"),
  /** 预算完成率 50 % to 85 % without an explanation. */
  LOW_COMPLETION_UNEXPLAINED("DW-F-07", "[I]", true),
  /** 预算调整率 35 % to 60 % without an explanation. */
  LARGE_ADJUSTMENT_UNEXPLAINED("DW-F-08", "[P]", true),
  /** Three 其中 lines printing one value (一般公共预算 copied into 政府性基金预算 and 其他). */
  COPY_FILLED_FUND_LINES("DW-F-09", "[I]", true),

  //-----------------------------------------------------------------------
  // Department form: tasks and goals
  //-----------------------------------------------------------------------
  /** Task amounts adding up to 105 % to 150 % of 实际支出数. */
  TASK_AMOUNTS_EXCEED_EXPENDITURE("DW-T-01", "[I]", true),
  /** A task without key indicators. */
  TASK_WITHOUT_KEY_INDICATOR("DW-T-02", "[I]", true),
  /** A key indicator whose completion (指标完成情况) is missing or empty. */
  KEY_INDICATOR_WITHOUT_COMPLETION("DW-T-02", "[I]", true),
  /** A task without an amount (任务涉及 left blank) in the Guangzhou layout. */
  TASK_AMOUNT_MISSING("DW-T-03", "[I]", true),
  /** A key indicator without a target (年初值), missing or empty. */
  KEY_INDICATOR_WITHOUT_TARGET("DW-T-04", "[I]", true),
  /** A goal printed twice, the copy differing only in white space, punctuation or full-width forms (sample A4). */
  DUPLICATE_GOAL("DW-G-01", "[I]", true),
  /** A task whose expected goal shares no two consecutive characters with any goal (sample A5). */
  TASK_MATCHES_NO_GOAL("DW-G-02", "[I]", true),
  /** A goal that no task takes up (sample A5). */
  GOAL_WITHOUT_TASK("DW-G-03", "[I]", true),

  //-----------------------------------------------------------------------
  // Department form: key project, narratives, format
  //-----------------------------------------------------------------------
  /** A key project's 执行率 printed at least 2 points away from executed / annual budget. */
  KEY_PROJECT_RATE_MISPRINTED("DW-K-01", "[R]", true),
  /** A key project's annual budget 5 % to 30 % above the department's 年度预算调整数 (its adjustment explained). */
  KEY_PROJECT_EXCEEDS_DEPARTMENT("DW-K-02", "[I]", true),
  /** A key project executing 2 % to 20 % more than its annual budget. */
  KEY_PROJECT_OVERSPENT("DW-K-03", "[I]", true),
  /** A key project's budget moved 35 % to 60 % in-year without a note (sample A7). */
  KEY_PROJECT_ADJUSTMENT_UNEXPLAINED("DW-K-04", "[P]", true),
  /** A key-project indicator in a category it does not fit, such as 支出的及时性 under 成本指标 (sample A8). */
  INDICATOR_IN_WRONG_CATEGORY("DW-K-05", "[I]", true),
  /** A paragraph of more than 40 characters repeated in two narrative blocks (sample A6). */
  NARRATIVE_REPEATED("DW-N-01", "[I]", true),
  /** A narrative cut off mid-sentence (sample A6). */
  NARRATIVE_TRUNCATED("DW-N-01", "[I]", true),
  /** One problem more, or one measure fewer, than the other list. */
  MEASURES_DO_NOT_MATCH_PROBLEMS("DW-N-02", "[I]", true),
  /** A task amount printed with 1 or 0 decimals, as the sample's {@code 11.6} (A14). */
  AMOUNT_NOT_TWO_DECIMALS("FMT-01", "[I]", true),
  /** Markup residue ({@code <p>}), a stray separator line or a broken label (sample A14). */
  MARKUP_RESIDUE("FMT-02", "[I]", true),

  //-----------------------------------------------------------------------
  // Project form
  //-----------------------------------------------------------------------
  /** The execution row's weight raised to 10.5–30, so the weights add up to more than 100; PRJ-W-02 sees it too. */
  WEIGHTS_OVER_100("PRJ-W-01", "[V]", false, "PRJ-W-02"),
  /** 1 to 10 points moved between two first-level categories (产出 45 / 效益 35 …), the total still 100. */
  FIRST_LEVEL_WEIGHTS_OFF_DEFAULT("PRJ-W-02", "[V]", false),
  /** A printed second-level weight 1 to 5 points away from the sum of its rows. */
  CHILD_WEIGHTS_DO_NOT_ADD_UP("PRJ-W-03", "[P]", false),
  /** An output row with weight 0, its weight given to a sibling (the sums unchanged). */
  ZERO_LEAF_WEIGHT("PRJ-W-04", "[P]", false),
  /**
   * The heaviest row scored 0.5 to 5 points above its weight; its band check (PRJ-S-03, qualitative) or its
   * recomputed score (PRJ-S-04, quantitative) fails too.
   */
  SCORE_ABOVE_WEIGHT("PRJ-S-01", "[I]", false, "PRJ-S-03", "PRJ-S-04"),
  /** The total printed 0.5 to 5 points off the sum of the printed scores (the grade that of the printed total). */
  TOTAL_SCORE_MISADDED("PRJ-S-02", "[R]", false),
  /** A qualitative row scored well outside its tier's band (ACHIEVED at 30 %–70 % of its weight …). */
  QUALITATIVE_SCORE_OUTSIDE_BAND("PRJ-S-03", "[R]", false),
  /** A ≥ row whose actual is 30 % to 85 % of its target, scored full marks. */
  UNMET_AT_FULL_MARKS("PRJ-S-04", "[R]", false),
  /** A grade printed that is not the band of the total, nor of the total ± half a unit. */
  GRADE_MISMATCH("PRJ-S-05", "[V]", false),
  /** A ≥ row at 30 % to 85 % of its target, correctly scored below its weight, without a deviation analysis. */
  SHORTFALL_UNEXPLAINED("PRJ-D-01", "[P]", false),
  /** A ≥ row at 140 % to 300 % of its target without a deviation analysis. */
  OVERSHOOT_UNEXPLAINED("PRJ-D-02", "[P]", false),
  /** An execution rate of 50 % to 85 % (budget not adjusted) without a note. */
  LOW_EXECUTION_UNEXPLAINED("PRJ-D-03", "[V]", false),
  /** A budget adjusted in-year by 5 % to 50 % (execution above 92 %) without a note. */
  ADJUSTMENT_UNEXPLAINED("PRJ-D-04", "[V]", false),
  /** A quantitative row with an operator and a number but no unit anywhere. */
  QUANTITATIVE_ROW_WITHOUT_UNIT("PRJ-V-01", "[P]", false),
  /**
   * A row with ≥ in its operator column and a placeholder ({@code *}, {@code —}, {@code /}, {@code _}) as target;
   * without a number, PRJ-V-01 fails too.
   */
  PLACEHOLDER_TARGET("PRJ-V-02", "[P]", false, "PRJ-V-01"),
  /** A 定量（其他） row without an explanation of its value. */
  OTHER_QUANTITATIVE_UNEXPLAINED("PRJ-V-03", "[P]", false),
  /** A quantitative row with a negative actual (scored as 0, as the rule says). */
  NEGATIVE_ACTUAL("PRJ-V-04", "[P]", false),
  /** An indicator name of 101 to 160 characters. */
  INDICATOR_NAME_TOO_LONG("PRJ-V-05", "[P]", false),
  /** 执行率 printed at least 2 points away from 全年执行数 / 全年预算数 and clear of its §6.1 interval. */
  EXECUTION_RATE_MISPRINTED("PRJ-F-01", "[R]", false),
  /** Fund source rows (其中) whose cell in one column is 0.10 to 100.00 off the total. */
  FUND_SOURCES_DO_NOT_ADD_UP("PRJ-F-02", "[I]", false),
  /** 全年执行数 2 % to 20 % above 全年预算数. */
  EXECUTED_OVER_BUDGET("PRJ-F-03", "[I]", false);

  private final String ruleCode;
  private final String evidence;
  private final boolean department;
  private final Set<String> alsoCaughtBy;

  Anomaly(String ruleCode, String evidence, boolean department, String... alsoCaughtBy) {
    this.ruleCode = ruleCode;
    this.evidence = evidence;
    this.department = department;
    this.alsoCaughtBy = Set.of(alsoCaughtBy);
  }

  /**
   * Returns the code of the rule that must catch this anomaly, such as {@code DW-G-01}.
   *
   * @return the code, never null
   */
  public String ruleCode() {
    return ruleCode;
  }

  /**
   * Returns the evidence tag the domain specification gives the rule: {@code [V]}, {@code [R]}, {@code [P]} or
   * {@code [I]}.
   *
   * @return the tag, never null
   */
  public String evidence() {
    return evidence;
  }

  /**
   * Returns the codes of the other rules the same defect necessarily trips (for {@link #SCORE_ABOVE_WEIGHT}, one of
   * the two, depending on the row); no rule outside these and {@link #ruleCode()} fails on a generated form.
   *
   * @return the codes, unmodifiable, never null, empty for most anomalies
   */
  public Set<String> alsoCaughtBy() {
    return alsoCaughtBy;
  }

  /**
   * Returns the kind of form this anomaly is injected into.
   *
   * @return {@code DepartmentSelfEvaluation.class} or {@code ProjectSelfEvaluation.class}, never null
   */
  public Class<? extends Record> formType() {
    return department ? DepartmentSelfEvaluation.class : ProjectSelfEvaluation.class;
  }

  /**
   * Generates a form of {@link #formType()} with this anomaly.
   *
   * @param random the source of randomness, not null
   * @return the form, never null
   */
  public Record generate(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return department ? Injections.department(this, random) : Injections.project(this, random);
  }

  /**
   * Generates a department form with this anomaly.
   *
   * @param random the source of randomness, not null
   * @return the form, never null
   * @throws IllegalStateException if this is an anomaly of the project form
   */
  public DepartmentSelfEvaluation department(RandomGenerator random) {
    if (!department) {
      throw new IllegalStateException(this + " (" + ruleCode + ") is an anomaly of the project form");
    }
    return (DepartmentSelfEvaluation) generate(random);
  }

  /**
   * Generates a project form with this anomaly.
   *
   * @param random the source of randomness, not null
   * @return the form, never null
   * @throws IllegalStateException if this is an anomaly of the department form
   */
  public ProjectSelfEvaluation project(RandomGenerator random) {
    if (department) {
      throw new IllegalStateException(this + " (" + ruleCode + ") is an anomaly of the department form");
    }
    return (ProjectSelfEvaluation) generate(random);
  }

  /**
   * Returns the anomalies of the department form, in catalogue order.
   *
   * @return the anomalies, unmodifiable, never null
   */
  public static List<Anomaly> departmentAnomalies() {
    return select(true);
  }

  /**
   * Returns the anomalies of the project form, in catalogue order.
   *
   * @return the anomalies, unmodifiable, never null
   */
  public static List<Anomaly> projectAnomalies() {
    return select(false);
  }

  /**
   * Returns the anomalies a rule must catch.
   *
   * @param ruleCode the rule's code, such as {@code DW-F-06}, not null
   * @return the anomalies, unmodifiable, never null, empty for an unknown code
   */
  public static List<Anomaly> caughtBy(String ruleCode) {
    Objects.requireNonNull(ruleCode, "ruleCode");
    List<Anomaly> out = new ArrayList<>();
    for (Anomaly a : values()) {
      if (a.ruleCode.equals(ruleCode)) {
        out.add(a);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static List<Anomaly> select(boolean department) {
    List<Anomaly> out = new ArrayList<>();
    for (Anomaly a : values()) {
      if (a.department == department) {
        out.add(a);
      }
    }
    return Collections.unmodifiableList(out);
  }
}

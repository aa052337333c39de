package io.github.jixiao.rules;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The catalogue of rules for the department-wide form (部门整体支出绩效自评表), domain specification §6.2: every
 * DW-* and FMT-* rule, in the specification's order.
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>code</th><th>severity</th><th>evidence</th><th>checks</th></tr>
 *   <tr><td>DW-F-01</td><td>ERROR</td><td>[I]</td><td>预算完成率 ≈ 实际支出数 / 年度预算调整数</td></tr>
 *   <tr><td>DW-F-02</td><td>ERROR</td><td>[I]</td><td>预算调整率 ≈ |年度预算调整数 − 年初预算收入| / 年初预算收入</td></tr>
 *   <tr><td>DW-F-03</td><td>WARNING</td><td>[I]</td><td>部门调整预算收入 = 年度预算调整数</td></tr>
 *   <tr><td>DW-F-04</td><td>ERROR</td><td>[I]</td><td>其中 portions ≤ their total</td></tr>
 *   <tr><td>DW-F-05</td><td>WARNING</td><td>[I]</td><td>实际支出数 ≤ 年度预算调整数</td></tr>
 *   <tr><td>DW-F-06</td><td>ERROR</td><td>[I]</td><td>amounts ≥ 0, at most 2 decimals</td></tr>
 *   <tr><td>DW-F-07</td><td>INFO</td><td>[I]</td><td>预算完成率 &lt; 90 % needs an explanation</td></tr>
 *   <tr><td>DW-F-08</td><td>INFO</td><td>[P]</td><td>预算调整率 &gt; 30 % needs an explanation</td></tr>
 *   <tr><td>DW-F-09</td><td>WARNING</td><td>[I]</td><td>three fund lines with one identical value (copy-fill)</td></tr>
 *   <tr><td>DW-T-01</td><td>WARNING</td><td>[I]</td><td>Σ task amounts ≤ 实际支出数</td></tr>
 *   <tr><td>DW-T-02</td><td>ERROR</td><td>[I]</td><td>tasks have key indicators with completions</td></tr>
 *   <tr><td>DW-T-03</td><td>WARNING</td><td>[I]</td><td>tasks print an amount ≥ 0</td></tr>
 *   <tr><td>DW-T-04</td><td>INFO</td><td>[I]</td><td>key indicators carry a target</td></tr>
 *   <tr><td>DW-G-01</td><td>WARNING</td><td>[I]</td><td>goals are unique</td></tr>
 *   <tr><td>DW-G-02</td><td>WARNING</td><td>[I]</td><td>each task matches a goal</td></tr>
 *   <tr><td>DW-G-03</td><td>INFO</td><td>[I]</td><td>each goal is covered by a task</td></tr>
 *   <tr><td>DW-K-01</td><td>ERROR</td><td>[R]</td><td>key project 执行率 ≈ executed / annual budget</td></tr>
 *   <tr><td>DW-K-02</td><td>WARNING</td><td>[I]</td><td>key project within the department's figures</td></tr>
 *   <tr><td>DW-K-03</td><td>WARNING</td><td>[I]</td><td>key project executed ≤ its annual budget</td></tr>
 *   <tr><td>DW-K-04</td><td>INFO</td><td>[P]</td><td>key project adjustment &gt; 30 % needs an explanation</td></tr>
 *   <tr><td>DW-K-05</td><td>WARNING</td><td>[I]</td><td>indicator fits its second-level category</td></tr>
 *   <tr><td>DW-N-01</td><td>INFO</td><td>[I]</td><td>narratives neither repeated nor truncated</td></tr>
 *   <tr><td>DW-N-02</td><td>INFO</td><td>[I]</td><td>as many measures as problems</td></tr>
 *   <tr><td>FMT-01</td><td>INFO</td><td>[I]</td><td>amounts printed with 2 decimals</td></tr>
 *   <tr><td>FMT-02</td><td>INFO</td><td>[I]</td><td>no markup residue, separator lines, broken labels</td></tr>
 * </table>
 *
 * <p>Rules the specification leaves untagged are tagged [I] (inferred): they are reasoning, not published rules.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DepartmentRules {
  private static final List<Rule<DepartmentSelfEvaluation>> CATALOGUE;
  private static final RuleSet<DepartmentSelfEvaluation> STANDARD;

  static {
    List<Rule<DepartmentSelfEvaluation>> all = new ArrayList<>();
    all.addAll(FundRules.all());
    all.addAll(TaskRules.all());
    all.addAll(GoalRules.all());
    all.addAll(KeyProjectRules.all());
    all.addAll(NarrativeRules.all());
    all.addAll(FormatRules.all());
    CATALOGUE = Collections.unmodifiableList(all);
    STANDARD = RuleSet.builder(DepartmentSelfEvaluation.class).addAll(CATALOGUE).build();
  }

  private DepartmentRules() {}

  /**
   * Returns every department-form rule, in the order of the specification.
   *
   * @return the rules, unmodifiable, never null
   */
  public static List<Rule<DepartmentSelfEvaluation>> catalogue() {
    return CATALOGUE;
  }

  /**
   * Returns the standard rule set: the whole catalogue, default severities, the {@link AuditProfile#national()
   * national} profile.
   *
   * @return the rule set, never null
   */
  public static RuleSet<DepartmentSelfEvaluation> standardSet() {
    return STANDARD;
  }

  /**
   * Returns one rule of the catalogue.
   *
   * @param code the code, such as {@code DW-F-01}, not null
   * @return the rule, never null
   * @throws IllegalArgumentException if there is no such rule
   */
  public static Rule<DepartmentSelfEvaluation> rule(String code) {
    for (Rule<DepartmentSelfEvaluation> r : CATALOGUE) {
      if (r.info().code().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no department rule " + code);
  }
}

package io.github.jixiao.rules;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * The result of an audit: every rule's outcome at every place it checked, passes included (an audit trail), in a
 * deterministic order — the rule set's order, then the order in which each rule visits the form.
 *
 * <p>Outcomes are stored compactly (a rule index, an outcome, a path, and details only for non-passing outcomes);
 * {@link Finding} views are created when read.
 *
 * <pre>{@code
 * AuditResult result = DepartmentRules.standardSet().audit(form);
 * result.count(Severity.ERROR, Outcome.FAIL);   // 0 for the Tianhe 2021 form
 * result.failures();                             // the findings to act on
 * result.byCode("DW-F-03");                      // one rule's outcomes
 * result.at(FindingPath.of("funds.adjustedBudgetRevenue"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditResult {
  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final Severity[] SEVERITIES = Severity.values();

  private final RuleInfo[] rules;
  private final Severity[] severities;
  private final int size;
  /** Per outcome: rule index << 2 | outcome ordinal. */
  private final int[] codes;
  /** Per outcome: a FindingPath for a pass, else the FindingDetails. */
  private final Object[] slots;
  private final int[] counts;

  AuditResult(RuleInfo[] rules, Severity[] severities, AuditContext ctx) {
    this.rules = rules;
    this.severities = severities;
    this.size = ctx.size;
    this.codes = ctx.codes;
    this.slots = ctx.slots;
    this.counts = ctx.counts; // counted as recorded; the closed context changes them no more
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the number of outcomes recorded, passes included.
   *
   * @return the number of outcomes
   */
  public int size() {
    return size;
  }

  /**
   * Returns how many outcomes of the given kind were recorded.
   *
   * @param outcome the outcome, not null
   * @return the count
   */
  public int count(Outcome outcome) {
    int n = 0;
    for (Severity s : SEVERITIES) {
      n += count(s, outcome);
    }
    return n;
  }

  /**
   * Returns how many outcomes of the given kind were recorded by rules of the given severity.
   *
   * @param severity the severity, not null
   * @param outcome the outcome, not null
   * @return the count
   */
  public int count(Severity severity, Outcome outcome) {
    return counts[AuditContext.countBase(severity) + outcome.ordinal()];
  }

  /**
   * Returns the counts by severity and outcome, every combination present.
   *
   * @return the counts, unmodifiable, never null
   */
  public Map<Severity, Map<Outcome, Integer>> counts() {
    Map<Severity, Map<Outcome, Integer>> map = new EnumMap<>(Severity.class);
    for (Severity s : SEVERITIES) {
      Map<Outcome, Integer> inner = new EnumMap<>(Outcome.class);
      for (Outcome o : OUTCOMES) {
        inner.put(o, count(s, o));
      }
      map.put(s, Collections.unmodifiableMap(inner));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns true if some rule of the given severity failed.
   *
   * @param severity the severity, not null
   * @return whether there is such a failure
   */
  public boolean hasFailures(Severity severity) {
    return count(severity, Outcome.FAIL) > 0;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns every outcome, passes included, in order.
   *
   * @return the findings, unmodifiable, never null; elements are created when read
   */
  public List<Finding> findings() {
    return new View();
  }

  /**
   * Returns the failing findings, in order.
   *
   * @return the failures, unmodifiable, never null
   */
  public List<Finding> failures() {
    return findings(Outcome.FAIL);
  }

  /**
   * Returns the findings with the given outcome, in order.
   *
   * @param outcome the outcome, not null
   * @return the findings, unmodifiable, never null
   */
  public List<Finding> findings(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    List<Finding> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if ((codes[i] & 3) == outcome.ordinal()) {
        list.add(finding(i));
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns the outcomes of one rule, in order.
   *
   * @param code the rule code, such as {@code DW-F-03}, not null
   * @return the findings, unmodifiable, never null; empty if the rule did not run
   */
  public List<Finding> byCode(String code) {
    Objects.requireNonNull(code, "code");
    return filter(i -> rules[codes[i] >>> 2].code().equals(code));
  }

  /**
   * Returns the outcomes at exactly this place, in order.
   *
   * @param path the place, not null
   * @return the findings, unmodifiable, never null
   */
  public List<Finding> at(FindingPath path) {
    Objects.requireNonNull(path, "path");
    return filter(i -> pathOf(i).equals(path));
  }

  /**
   * Returns the outcomes at this place or below it (so {@code keyProjects[0]} gives the key project's findings).
   *
   * @param path the place, not null
   * @return the findings, unmodifiable, never null
   */
  public List<Finding> under(FindingPath path) {
    Objects.requireNonNull(path, "path");
    return filter(i -> pathOf(i).startsWith(path));
  }

  private List<Finding> filter(Predicate<Integer> keep) {
    List<Finding> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (keep.test(i)) {
        list.add(finding(i));
      }
    }
    return Collections.unmodifiableList(list);
  }

  private FindingPath pathOf(int i) {
    Object slot = slots[i];
    return slot instanceof FindingDetails d ? d.path : (FindingPath) slot;
  }

  private Finding finding(int i) {
    int r = codes[i] >>> 2;
    Object slot = slots[i];
    FindingDetails d = slot instanceof FindingDetails fd ? fd : null;
    return new Finding(rules[r], severities[r], OUTCOMES[codes[i] & 3], pathOf(i), d);
  }

  /**
   * Returns a summary of the counts, such as {@code AuditResult[82 outcomes: 0 ERROR, 5 WARNING, 20 INFO failing]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return "AuditResult[" + size + " outcomes: " + count(Severity.ERROR, Outcome.FAIL) + " ERROR, "
        + count(Severity.WARNING, Outcome.FAIL) + " WARNING, " + count(Severity.INFO, Outcome.FAIL)
        + " INFO failing, " + count(Outcome.INDETERMINATE) + " indeterminate]";
  }

  private final class View extends AbstractList<Finding> implements RandomAccess {
    @Override
    public Finding get(int index) {
      Objects.checkIndex(index, size);
      return finding(index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}

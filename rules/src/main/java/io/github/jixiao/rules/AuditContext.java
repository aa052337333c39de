package io.github.jixiao.rules;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule records its outcomes during one audit. One context serves one audit on one thread; a rule must not
 * keep it after {@link Rule#check(Object, AuditContext)} returns.
 *
 * <p>Passes are recorded compactly (the rule and the path, nothing else). Other outcomes return a
 * {@link FindingDetails} to which the rule adds what it knows; nothing is formatted until read.
 */
public final class AuditContext {
  private final AuditProfile profile;
  private int rule;
  private FindingPath prefix = FindingPath.root();
  /** Whether {@link #prefix} is not the root: paths are resolved against it. */
  private boolean prefixed;
  /** Set when the audit ends: the findings' details refuse changes from then on. */
  boolean closed;

  int size;
  /**
   * Counts by severity and outcome, at {@code severity.ordinal() * 4 + outcome.ordinal()}: other outcomes counted as
   * recorded, passes per rule when it ends (its outcomes less its other outcomes).
   */
  final int[] counts = new int[Severity.values().length * 4];
  /** Per rule index: {@link #countBase} of its severity. */
  private final int[] countBases;
  private int countBase;
  /** Where the current rule's outcomes start, and how many other outcomes than passes were recorded before it. */
  private int ruleStart;
  private int otherStart;
  private int others;
  /** Per outcome: the rule index shifted left by 2, or-ed with the outcome's ordinal. */
  int[] codes;
  /** Per outcome: the path of a pass, or the {@link FindingDetails} (holding the path) of any other outcome. */
  Object[] slots;
  /** DW-G-02 and DW-G-03 ask the same question of the goals and tasks; the first to ask keeps the answer here. */
  @Nullable GoalMatching goalMatching;

  AuditContext(AuditProfile profile, int capacity, int[] countBases) {
    this.profile = profile;
    this.countBases = countBases;
    int c = Math.max(8, capacity);
    codes = new int[c];
    slots = new Object[c];
  }

  /**
   * Returns the profile of thresholds in force.
   *
   * @return the profile, never null
   */
  public AuditProfile profile() {
    return profile;
  }

  /**
   * Records that the place passes the rule.
   *
   * @param path the place, not null
   */
  public void pass(FindingPath path) {
    Objects.requireNonNull(path, "path");
    int s = size;
    if (closed || prefixed || s == codes.length) {
      add(Outcome.PASS, path, null);
      return;
    }
    // the common case, kept short: a pass is the rule and the place, nothing else
    codes[s] = rule << 2; // | Outcome.PASS.ordinal(), which is 0
    slots[s] = path;
    size = s + 1;
  }

  /**
   * Records that the place fails the rule.
   *
   * @param path the place, not null
   * @return the details to fill in, never null
   */
  public FindingDetails fail(FindingPath path) {
    FindingDetails d = new FindingDetails(this, null);
    add(Outcome.FAIL, path, d);
    return d;
  }

  /**
   * Records that the rule cannot decide at the place.
   *
   * @param path the place, not null
   * @param reason why, not null
   * @return the details to fill in, never null
   */
  public FindingDetails indeterminate(FindingPath path, Reason reason) {
    FindingDetails d = new FindingDetails(this, Objects.requireNonNull(reason, "reason"));
    add(Outcome.INDETERMINATE, path, d);
    return d;
  }

  /**
   * Records that the rule does not apply at the place.
   *
   * @param path the place, not null
   * @param reason why, not null
   * @return the details to fill in, never null
   */
  public FindingDetails notApplicable(FindingPath path, Reason reason) {
    FindingDetails d = new FindingDetails(this, Objects.requireNonNull(reason, "reason"));
    add(Outcome.NOT_APPLICABLE, path, d);
    return d;
  }

  private void add(Outcome outcome, FindingPath path, @Nullable FindingDetails d) {
    Objects.requireNonNull(path, "path");
    if (closed) {
      throw new IllegalStateException("the audit has ended; a rule must not keep its context");
    }
    if (size == codes.length) {
      int c = size * 2;
      codes = Arrays.copyOf(codes, c);
      slots = Arrays.copyOf(slots, c);
    }
    FindingPath full = prefix.isRoot() ? path : prefix.resolve(path);
    codes[size] = (rule << 2) | outcome.ordinal();
    if (d == null) {
      slots[size] = full;
    } else {
      d.path = full;
      slots[size] = d;
      counts[countBase + outcome.ordinal()]++;
      others++;
    }
    size++;
  }

  //-----------------------------------------------------------------------
  /** How many outcomes have been recorded so far in this audit. */
  int mark() {
    return size;
  }

  static int countBase(Severity severity) {
    return severity.ordinal() * 4;
  }

  void begin(int ruleIndex, FindingPath pathPrefix) {
    this.rule = ruleIndex;
    this.prefix = pathPrefix;
    this.prefixed = !pathPrefix.isRoot();
    this.countBase = countBases[ruleIndex];
    this.ruleStart = size;
    this.otherStart = others;
  }

  /** Counts the current rule's passes. */
  void end() {
    counts[countBase + Outcome.PASS.ordinal()] += (size - ruleStart) - (others - otherStart);
  }

  /** Drops what the current rule recorded and records the exception instead. */
  void failedWith(FindingPath at, RuntimeException e) {
    for (int i = ruleStart; i < size; i++) {
      if (slots[i] instanceof FindingDetails) {
        counts[countBase + (codes[i] & 3)]--;
        others--;
      }
    }
    Arrays.fill(slots, ruleStart, size, null);
    size = ruleStart;
    FindingPath keep = prefix;
    prefix = FindingPath.root();
    add(Outcome.INDETERMINATE, at, new FindingDetails(this, Reason.RULE_ERROR).cause(e));
    prefix = keep;
  }

  void close() {
    closed = true;
    goalMatching = null; // the findings keep this context: it must not keep parts of the form
  }
}

package io.github.jixiao.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An immutable, ordered set of rules for forms of type {@code F}, with the severities and the {@link AuditProfile}
 * in force: the precomputed plan an audit runs.
 *
 * <pre>{@code
 * RuleSet<DepartmentSelfEvaluation> rules = DepartmentRules.standardSet().toBuilder()
 *     .exclude("FMT-01", "FMT-02")                 // no format remarks
 *     .severity("DW-F-03", Severity.ERROR)         // stricter than the default WARNING
 *     .add(myRule)                                 // a class or a lambda
 *     .addRulePacks()                              // packs found by ServiceLoader
 *     .build();
 * AuditResult result = rules.audit(form);
 * }</pre>
 *
 * <p>A rule set may also run another rule set on each element of a list inside the form — the rules of a project
 * form on each key project of a department form — with paths prefixed by the element's path
 * ({@code keyProjects[0].…}); see {@link Builder#nested(String, Function, RuleSet)}.
 *
 * <p>This class is immutable and thread-safe; {@link #audit(Object)} may be called from many threads at once.
 *
 * @param <F> the form type
 */
public final class RuleSet<F> {
  private final Class<F> formType;
  private final List<Rule<? super F>> rules;
  private final Map<String, Severity> overrides;
  private final List<Nested<F, ?>> nested;
  private final AuditProfile profile;

  /** The flattened plan: rules and nested rules, their metadata and effective severities, by index. */
  private final RuleInfo[] infos;
  private final Severity[] severities;
  /** Per rule index: where its severity's counts start in {@link AuditContext#counts}. */
  private final int[] countBases;
  private final Rule<? super F>[] plan;
  private int capacityHint = 32;

  @SuppressWarnings("unchecked")
  private RuleSet(Builder<F> b) {
    this.formType = b.formType;
    this.rules = List.copyOf(b.rules);
    this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(b.overrides));
    this.nested = List.copyOf(b.nested);
    this.profile = b.profile;
    List<RuleInfo> infoList = new ArrayList<>();
    List<Severity> sevList = new ArrayList<>();
    flatten(infoList, sevList);
    this.infos = infoList.toArray(new RuleInfo[0]);
    this.severities = sevList.toArray(new Severity[0]);
    this.countBases = new int[severities.length];
    for (int i = 0; i < severities.length; i++) {
      countBases[i] = AuditContext.countBase(severities[i]);
    }
    this.plan = rules.toArray(new Rule[0]);
  }

  private void flatten(List<RuleInfo> infoList, List<Severity> sevList) {
    for (Rule<? super F> r : rules) {
      RuleInfo info = r.info();
      infoList.add(info);
      sevList.add(overrides.getOrDefault(info.code(), info.severity()));
    }
    for (Nested<F, ?> n : nested) {
      n.rules.flatten(infoList, sevList);
    }
  }

  /**
   * Returns a builder for an empty rule set.
   *
   * @param <F> the form type
   * @param formType the form type, not null
   * @return a new builder, never null
   */
  public static <F> Builder<F> builder(Class<F> formType) {
    return new Builder<>(Objects.requireNonNull(formType, "formType"));
  }

  /**
   * Returns a builder holding this set's rules, nested sets, severities and profile.
   *
   * @return a new builder, never null
   */
  public Builder<F> toBuilder() {
    Builder<F> b = new Builder<>(formType);
    b.rules.addAll(rules);
    b.overrides.putAll(overrides);
    b.nested.addAll(nested);
    b.profile = profile;
    return b;
  }

  //-----------------------------------------------------------------------
  /**
   * Audits a form with this set's profile.
   *
   * @param form the form, not null
   * @return the result, never null
   */
  public AuditResult audit(F form) {
    return audit(form, profile);
  }

  /**
   * Audits a form with another profile.
   *
   * @param form the form, not null
   * @param profile the thresholds, not null
   * @return the result, never null
   */
  public AuditResult audit(F form, AuditProfile profile) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(profile, "profile");
    AuditContext ctx = new AuditContext(profile, capacityHint, countBases);
    run(form, ctx, FindingPath.root(), 0);
    ctx.close();
    if (ctx.size > capacityHint) {
      capacityHint = ctx.size;
    }
    return new AuditResult(infos, severities, ctx);
  }

  /** Runs the plan on a form, the rules' indexes starting at {@code offset}; returns the next free index. */
  private int run(F form, AuditContext ctx, FindingPath prefix, int offset) {
    Rule<? super F>[] p = plan;
    for (int i = 0; i < p.length; i++) {
      ctx.begin(offset + i, prefix);
      try {
        p[i].check(form, ctx);
      } catch (RuntimeException e) {
        ctx.failedWith(prefix, e);
      }
      ctx.end();
    }
    int next = offset + p.length;
    for (Nested<F, ?> n : nested) {
      next = n.run(form, ctx, prefix, next);
    }
    return next;
  }

  private int size() {
    int n = plan.length;
    for (Nested<F, ?> nest : nested) {
      n += nest.rules.size();
    }
    return n;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the form type.
   *
   * @return the form type, never null
   */
  public Class<F> formType() {
    return formType;
  }

  /**
   * Returns the metadata of every rule, nested sets' rules after the set's own, in the order they run.
   *
   * @return the metadata, unmodifiable, never null
   */
  public List<RuleInfo> rules() {
    return List.of(infos);
  }

  /**
   * Returns the codes of every rule, in the order they run.
   *
   * @return the codes, unmodifiable, never null
   */
  public List<String> codes() {
    List<String> codes = new ArrayList<>(infos.length);
    for (RuleInfo i : infos) {
      codes.add(i.code());
    }
    return Collections.unmodifiableList(codes);
  }

  /**
   * Returns the severity in force for a rule of this set (not of nested sets).
   *
   * @param code the rule code, not null
   * @return the severity, never null
   * @throws IllegalArgumentException if the set has no such rule
   */
  public Severity severity(String code) {
    for (int i = 0; i < plan.length; i++) {
      if (infos[i].code().equals(code)) {
        return severities[i];
      }
    }
    throw new IllegalArgumentException("no rule " + code + " in this set");
  }

  /**
   * Returns the profile the set audits with by default.
   *
   * @return the profile, never null
   */
  public AuditProfile profile() {
    return profile;
  }

  @Override
  public String toString() {
    return "RuleSet<" + formType.getSimpleName() + ">" + Arrays.toString(infos);
  }

  //-----------------------------------------------------------------------
  /** A rule set run on each element of a list inside the form. */
  private static final class Nested<F, S> {
    private final String property;
    private final Function<? super F, ? extends List<? extends S>> items;
    private final RuleSet<S> rules;

    Nested(String property, Function<? super F, ? extends List<? extends S>> items, RuleSet<S> rules) {
      this.property = property;
      this.items = items;
      this.rules = rules;
    }

    int run(F form, AuditContext ctx, FindingPath prefix, int offset) {
      List<? extends S> list = items.apply(form);
      FindingPath base = prefix.property(property);
      for (int i = 0; i < list.size(); i++) {
        rules.run(list.get(i), ctx, base.index(i), offset);
      }
      return offset + rules.size();
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Builds a {@link RuleSet}. Selection methods act at once on the rules added so far, in order. This class is not
   * thread-safe.
   *
   * @param <F> the form type
   */
  public static final class Builder<F> {
    private final Class<F> formType;
    private final List<Rule<? super F>> rules = new ArrayList<>();
    private final Map<String, Severity> overrides = new LinkedHashMap<>();
    private final List<Nested<F, ?>> nested = new ArrayList<>();
    private AuditProfile profile = AuditProfile.national();

    private Builder(Class<F> formType) {
      this.formType = formType;
    }

    /**
     * Adds a rule at the end.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder<F> add(Rule<? super F> rule) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(rule.info(), "rule.info()");
      rules.add(rule);
      return this;
    }

    /**
     * Adds a rule given as metadata and a lambda.
     *
     * @param info the metadata, not null
     * @param check the check, not null
     * @return this builder
     */
    public Builder<F> add(RuleInfo info, Rule.Check<? super F> check) {
      return add(Rule.<F>of(info, check));
    }

    /**
     * Adds rules at the end, in order.
     *
     * @param more the rules, not null
     * @return this builder
     */
    public Builder<F> addAll(Iterable<? extends Rule<? super F>> more) {
      for (Rule<? super F> r : more) {
        add(r);
      }
      return this;
    }

    /**
     * Adds the rules of every {@link RulePack} found by {@link ServiceLoader} in this library's class loader whose
     * form type fits.
     *
     * @return this builder
     */
    public Builder<F> addRulePacks() {
      return addRulePacks(RuleSet.class.getClassLoader());
    }

    /**
     * Adds the rules of every {@link RulePack} found by {@link ServiceLoader} in the given class loader whose form
     * type is {@code F} or a supertype of it, packs in the order the loader lists them.
     *
     * @param loader the class loader, not null
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public Builder<F> addRulePacks(ClassLoader loader) {
      for (RulePack pack : ServiceLoader.load(RulePack.class, loader)) {
        if (pack.formType().isAssignableFrom(formType)) {
          for (Rule<?> r : pack.rules()) {
            add((Rule<? super F>) r);
          }
        }
      }
      return this;
    }

    /**
     * Runs a rule set on each element of a list of the form, prefixing paths with {@code property[i]}.
     *
     * @param <S> the element type
     * @param property the list's property name, such as {@code keyProjects}, not null
     * @param items gets the list from the form, not null; must be pure
     * @param elementRules the rules for each element, not null
     * @return this builder
     */
    public <S> Builder<F> nested(String property, Function<? super F, ? extends List<? extends S>> items,
        RuleSet<S> elementRules) {
      FindingPath.root().property(property);
      nested.add(new Nested<>(property, Objects.requireNonNull(items, "items"),
          Objects.requireNonNull(elementRules, "elementRules")));
      return this;
    }

    /**
     * Keeps only the rules with the given codes.
     *
     * @param codes the codes, not null
     * @return this builder
     */
    public Builder<F> select(String... codes) {
      Set<String> keep = Set.of(codes);
      return retain(r -> keep.contains(r.info().code()));
    }

    /**
     * Removes the rules with the given codes.
     *
     * @param codes the codes, not null
     * @return this builder
     */
    public Builder<F> exclude(String... codes) {
      Set<String> drop = Set.of(codes);
      return retain(r -> !drop.contains(r.info().code()));
    }

    /**
     * Keeps only the rules carrying at least one of the given tags.
     *
     * @param tags the tags, not null
     * @return this builder
     */
    public Builder<F> selectTags(String... tags) {
      Set<String> keep = Set.of(tags);
      return retain(r -> !Collections.disjoint(r.info().tags(), keep));
    }

    /**
     * Removes the rules carrying any of the given tags.
     *
     * @param tags the tags, not null
     * @return this builder
     */
    public Builder<F> excludeTags(String... tags) {
      Set<String> drop = Set.of(tags);
      return retain(r -> Collections.disjoint(r.info().tags(), drop));
    }

    private Builder<F> retain(Predicate<Rule<? super F>> keep) {
      rules.removeIf(keep.negate());
      return this;
    }

    /**
     * Overrides the severity of a rule of this set.
     *
     * @param code the rule code, not null; {@link #build()} fails if the set has no such rule
     * @param severity the severity, not null
     * @return this builder
     */
    public Builder<F> severity(String code, Severity severity) {
      overrides.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Sets the profile of thresholds.
     *
     * @param profile the profile, not null
     * @return this builder
     */
    public Builder<F> profile(AuditProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Builds the rule set.
     *
     * @return the rule set, never null
     * @throws IllegalArgumentException if two rules share a code, or a severity override names no rule of the set
     */
    public RuleSet<F> build() {
      Set<String> codes = new HashSet<>();
      for (Rule<? super F> r : rules) {
        if (!codes.add(r.info().code())) {
          throw new IllegalArgumentException("two rules share the code " + r.info().code());
        }
      }
      for (String code : overrides.keySet()) {
        if (!codes.contains(code)) {
          throw new IllegalArgumentException("severity override for " + code + ", which is not in the set");
        }
      }
      return new RuleSet<>(this);
    }
  }
}

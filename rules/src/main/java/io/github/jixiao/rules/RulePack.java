package io.github.jixiao.rules;

import java.util.List;

/**
 * A set of rules shipped in a jar and found through {@link java.util.ServiceLoader}: declare the implementation in
 * {@code META-INF/services/io.github.jixiao.rules.RulePack} (and {@code provides} in a module descriptor), then call
 * {@link RuleSet.Builder#addRulePacks()}.
 *
 * <p>Implementations must have a public no-argument constructor, and their rules must follow the contract of
 * {@link Rule}.
 */
public interface RulePack {
  /**
   * Returns the pack's name, for diagnostics.
   *
   * @return the name, never null
   */
  String name();

  /**
   * Returns the type of form the pack's rules check; a rule set for forms of type {@code F} takes the pack when this
   * type is {@code F} or a supertype of it.
   *
   * @return the form type, never null
   */
  Class<?> formType();

  /**
   * Returns the pack's rules, all checking forms of {@link #formType()}.
   *
   * @return the rules, never null
   */
  List<? extends Rule<?>> rules();
}

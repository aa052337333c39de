/**
 * The jixiao rule engine: audits a self-evaluation form against rules with stable codes and reports, for every rule
 * and every place it checks, an {@link io.github.jixiao.rules.Outcome outcome}.
 *
 * <p>Start with {@link io.github.jixiao.rules.DepartmentRules#standardSet()}:
 * <pre>{@code
 * RuleSet<DepartmentSelfEvaluation> rules = DepartmentRules.standardSet();
 * AuditResult result = rules.audit(form);
 * for (Finding f : result.failures()) {
 *   System.out.println(f.code() + " " + f.path() + " " + f.message(Locale.SIMPLIFIED_CHINESE));
 * }
 * }</pre>
 *
 * <p>Conventions:
 * <ul>
 *   <li>Rules are pure, deterministic and thread-safe: the same form gives the same findings in the same order, and
 *       no verdict depends on a clock or the default locale.</li>
 *   <li>Every comparison with a printed figure uses the tolerance its printed precision implies
 *       ({@link io.github.jixiao.rules.Tolerance}); there are no epsilon constants.</li>
 *   <li>Messages are rendered late, from a key and arguments, in the {@link java.util.Locale} the caller passes.</li>
 *   <li>Every rule carries the evidence tag of its source ({@link io.github.jixiao.rules.Evidence}): [V] verified,
 *       [R] recalled, [P] practice, [I] inferred. A tag is never promoted.</li>
 * </ul>
 */
@NullMarked
package io.github.jixiao.rules;

import org.jspecify.annotations.NullMarked;

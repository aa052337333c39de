package io.github.jixiao.rules;

import java.util.Objects;

/**
 * A rule that checks forms of type {@code F}: it reports an {@link Outcome} for every place it checks, through the
 * {@link AuditContext} it is given.
 *
 * <p>Implementations must be stateless and thread-safe, and must report the same outcomes in the same order for the
 * same form. A rule that throws does not abort an audit: the engine records {@link Outcome#INDETERMINATE} with
 * {@link Reason#RULE_ERROR} and the cause.
 *
 * <p>A rule can be a class or a lambda:
 * <pre>{@code
 * Rule<DepartmentSelfEvaluation> named = Rule.of(
 *     RuleInfo.of("MY-01", Severity.WARNING, "internal policy 7", Evidence.INFERRED, "custom"),
 *     (form, ctx) -> {
 *       FindingPath path = FindingPath.of("departmentName");
 *       if (form.departmentName().length() > 3) ctx.pass(path); else ctx.fail(path).reported(form.departmentName());
 *     });
 * }</pre>
 *
 * @param <F> the form type
 */
public interface Rule<F> {
  /**
   * Returns the rule's metadata.
   *
   * @return the metadata, never null
   */
  RuleInfo info();

  /**
   * Checks a form, reporting one outcome per place through the context.
   *
   * @param form the form, not null
   * @param context where outcomes are recorded, not null; valid only during this call
   */
  void check(F form, AuditContext context);

  /**
   * The body of a rule given as a lambda.
   *
   * @param <F> the form type
   */
  @FunctionalInterface
  interface Check<F> {
    /**
     * Checks a form.
     *
     * @param form the form, not null
     * @param context where outcomes are recorded, not null
     */
    void check(F form, AuditContext context);
  }

  /**
   * Obtains a rule from metadata and a check.
   *
   * @param <F> the form type
   * @param info the metadata, not null
   * @param check the check, not null; must be stateless and thread-safe
   * @return the rule, never null
   */
  static <F> Rule<F> of(RuleInfo info, Check<? super F> check) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(check, "check");
    return new Rule<>() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public void check(F form, AuditContext context) {
        check.check(form, context);
      }

      @Override
      public String toString() {
        return info.toString();
      }
    };
  }
}

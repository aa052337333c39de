package io.github.jixiao.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: the form passes a jixiao audit. Its validator runs a {@link RuleSet} and reports one
 * {@link jakarta.validation.ConstraintViolation} per finding of the chosen severities and outcomes, with
 * <ul>
 *   <li>the property path of the offending field ({@code funds.adjustedBudgetRevenue}, {@code mainTasks[3].amount}),
 *       not the form;</li>
 *   <li>a message template starting with the rule code, such as {@code DW-F-03 {io.github.jixiao.rules.DW-F-03.title}},
 *       the title interpolated by the provider in its locale;</li>
 *   <li>the {@link Finding} itself as the dynamic payload, where the provider is Hibernate Validator:
 *       {@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Finding.class)}.</li>
 * </ul>
 *
 * <p>The core records cannot carry this annotation (core does not depend on the rules). Two ways to use it:
 * <ol>
 *   <li>On the form records themselves, through the XML constraint mapping shipped in this jar:
 *       {@code AuditedConstraints.addTo(Validation.byDefaultProvider().configure())}; under Spring Boot, declare a
 *       {@code ValidationConfigurationCustomizer} bean {@code AuditedConstraints::addTo}.</li>
 *   <li>On a field, getter or parameter of a user type: {@code @Valid @Audited DepartmentSelfEvaluation form}.</li>
 * </ol>
 * Use one or the other for a given form, not both, or every finding is reported twice.
 *
 * <p>With the mapping, Bean Validation's cascade validates a department form's key projects ({@code keyProjects})
 * as project forms: each is audited with the project catalogue, its violations at {@code keyProjects[i].…}, as
 * {@link ProjectRules#forKeyProjects()} does. On a field, {@code @Valid @Audited DepartmentSelfEvaluation} without
 * the mapping runs the department catalogue only.
 */
@Documented
@Constraint(validatedBy = AuditedValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Audited {
  /**
   * The message of a violation the validator does not create itself (never used for findings).
   *
   * @return the template
   */
  String message() default "{io.github.jixiao.rules.Audited.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The severities whose findings become violations; by default ERROR and WARNING.
   *
   * @return the severities
   */
  Severity[] severities() default {Severity.ERROR, Severity.WARNING};

  /**
   * The outcomes that become violations; by default FAIL only. Add INDETERMINATE to reject forms the rules cannot
   * decide on.
   *
   * @return the outcomes
   */
  Outcome[] outcomes() default {Outcome.FAIL};

  /**
   * The source of the rule set for a form type; by default {@link AuditedRuleSets.Standard}: the standard department
   * set for {@code DepartmentSelfEvaluation}, the standard project set for {@code ProjectSelfEvaluation}.
   * Implementations need a public no-argument constructor.
   *
   * @return the rule set source
   */
  Class<? extends AuditedRuleSets> rules() default AuditedRuleSets.Standard.class;
}

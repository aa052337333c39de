package io.github.jixiao.rules;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the rule set {@link Audited @Audited} runs for a type of form. Implementations need a public no-argument
 * constructor and must be thread-safe.
 */
public interface AuditedRuleSets {
  /**
   * Returns the rule set for forms of the given type.
   *
   * @param formType the class of the validated value, not null
   * @return the rule set, or null if this source has none for the type
   */
  @Nullable RuleSet<?> forType(Class<?> formType);

  /**
   * The standard rule sets: {@link DepartmentRules#standardSet()} for {@link DepartmentSelfEvaluation}; for
   * {@link ProjectSelfEvaluation} an empty set until the project-form catalogue exists.
   */
  final class Standard implements AuditedRuleSets {
    private static final RuleSet<ProjectSelfEvaluation> PROJECT = RuleSet.builder(ProjectSelfEvaluation.class).build();

    /** Creates the standard source; called by the validator. */
    public Standard() {}

    @Override
    public @Nullable RuleSet<?> forType(Class<?> formType) {
      if (DepartmentSelfEvaluation.class.isAssignableFrom(formType)) {
        return DepartmentRules.standardSet();
      }
      if (ProjectSelfEvaluation.class.isAssignableFrom(formType)) {
        return PROJECT;
      }
      return null;
    }
  }
}

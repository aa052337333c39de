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
   * The standard rule sets: {@link DepartmentRules#standardSet()} for {@link DepartmentSelfEvaluation} and
   * {@link ProjectRules#standardSet()} for {@link ProjectSelfEvaluation}.
   *
   * <p>A department form's key projects ({@code keyProjects}) are project forms validated by cascade: where the
   * project record carries {@link Audited @Audited} (the XML mapping of {@link AuditedConstraints} puts it there),
   * each key project is audited with the project catalogue too, its violations at {@code keyProjects[i].…}, as
   * {@link ProjectRules#forKeyProjects()} does in one rule set.
   */
  final class Standard implements AuditedRuleSets {
    /** Creates the standard source; called by the validator. */
    public Standard() {}

    @Override
    public @Nullable RuleSet<?> forType(Class<?> formType) {
      if (DepartmentSelfEvaluation.class.isAssignableFrom(formType)) {
        return DepartmentRules.standardSet();
      }
      if (ProjectSelfEvaluation.class.isAssignableFrom(formType)) {
        return ProjectRules.standardSet();
      }
      return null;
    }
  }
}

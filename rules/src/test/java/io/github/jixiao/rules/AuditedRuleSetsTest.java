package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import org.junit.jupiter.api.Test;

class AuditedRuleSetsTest {
  private final AuditedRuleSets standard = new AuditedRuleSets.Standard();

  @Test
  void standard_departmentForm_theDepartmentCatalogue() {
    assertThat(standard.forType(DepartmentSelfEvaluation.class)).isSameAs(DepartmentRules.standardSet());
  }

  @Test
  void standard_projectForm_theProjectCatalogue() {
    RuleSet<?> set = standard.forType(ProjectSelfEvaluation.class);
    assertThat(set).isSameAs(ProjectRules.standardSet());
    assertThat(set.codes()).hasSize(21).allMatch(code -> code.startsWith("PRJ-"));
  }

  @Test
  void standard_otherType_none() {
    assertThat(standard.forType(String.class)).isNull();
    assertThat(standard.forType(Object.class)).isNull();
  }
}

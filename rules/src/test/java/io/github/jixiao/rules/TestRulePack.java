package io.github.jixiao.rules;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import java.util.List;

/** A rule pack declared in {@code META-INF/services} of the test resources, to prove ServiceLoader discovery. */
public final class TestRulePack implements RulePack {
  /** Creates the pack; called by ServiceLoader. */
  public TestRulePack() {}

  @Override
  public String name() {
    return "test-pack";
  }

  @Override
  public Class<?> formType() {
    return DepartmentSelfEvaluation.class;
  }

  @Override
  public List<? extends Rule<?>> rules() {
    return List.of(Rule.<DepartmentSelfEvaluation>of(
        RuleInfo.of("PACK-01", Severity.INFO, "test pack: the department name is short", Evidence.INFERRED, "pack"),
        (form, ctx) -> {
          FindingPath at = FindingPath.of("departmentName");
          if (form.departmentName().length() <= 20) {
            ctx.pass(at);
          } else {
            ctx.fail(at).reported(form.departmentName());
          }
        }));
  }
}

package io.github.jixiao.examples;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.rules.AuditResult;
import io.github.jixiao.rules.DepartmentRules;
import io.github.jixiao.rules.Evidence;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.FindingPath;
import io.github.jixiao.rules.Rule;
import io.github.jixiao.rules.RuleInfo;
import io.github.jixiao.rules.RulePack;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.testing.SampleForms;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Adds rules of one's own to the standard set: a lambda rule in code, and a rule pack found through
 * {@link java.util.ServiceLoader} (declared in {@code META-INF/services/io.github.jixiao.rules.RulePack} of this
 * module).
 */
public final class AddACustomRule {
  private AddACustomRule() {}

  /** A local policy, shipped as a rule pack: every task must involve at least 1 万元. */
  public static final class LocalPolicyPack implements RulePack {
    /** Creates the pack; called by {@link java.util.ServiceLoader}. */
    public LocalPolicyPack() {}

    @Override
    public String name() {
      return "local policy";
    }

    @Override
    public Class<?> formType() {
      return DepartmentSelfEvaluation.class;
    }

    @Override
    public List<? extends Rule<?>> rules() {
      return List.of(Rule.<DepartmentSelfEvaluation>of(
          RuleInfo.of("LOCAL-02", Severity.INFO, "local policy 2: a task involves at least 1 万元", Evidence.INFERRED,
              "local"),
          (form, ctx) -> {
            List<MainTask> tasks = form.mainTasks();
            for (int i = 0; i < tasks.size(); i++) {
              FindingPath at = FindingPath.of("mainTasks[" + i + "].amount");
              if (tasks.get(i).amount() == null || tasks.get(i).amount().value().compareTo(BigDecimal.ONE) >= 0) {
                ctx.pass(at);
              } else {
                ctx.fail(at).reported(tasks.get(i).amount()).expected("≥ 1万元");
              }
            }
          }));
    }
  }

  /**
   * Audits the sample with the standard set, a lambda rule and the rule packs on the class path, and prints the
   * findings of the two local rules.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Rule<DepartmentSelfEvaluation> shortName = Rule.of(
        RuleInfo.of("LOCAL-01", Severity.WARNING, "local policy 1: at most 6 goals", Evidence.INFERRED, "local"),
        (form, ctx) -> {
          FindingPath at = FindingPath.of("annualGoals.expectedGoals");
          if (form.annualGoals().expectedGoals().size() <= 6) {
            ctx.pass(at);
          } else {
            ctx.fail(at).reported(form.annualGoals().expectedGoals().size()).expected("≤ 6");
          }
        });
    RuleSet<DepartmentSelfEvaluation> rules = DepartmentRules.standardSet().toBuilder()
        .add(shortName)
        .addRulePacks()
        .build();
    AuditResult result = rules.audit(SampleForms.tianhe2021());
    for (Finding f : result.failures()) {
      if (f.code().startsWith("LOCAL-")) {
        out.println(f.severity() + " " + f.code() + " " + f.path() + " " + f.message(Locale.ENGLISH));
      }
    }
    out.println(rules.codes().size() + " rules");
  }
}

package io.github.jixiao.benchmarks;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.rules.AuditResult;
import io.github.jixiao.rules.DepartmentRules;
import io.github.jixiao.rules.Evidence;
import io.github.jixiao.rules.FindingPath;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Outcome;
import io.github.jixiao.rules.RuleInfo;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Severity;
import java.util.List;

/**
 * The same 12 checks as a jixiao rule subset: nine catalogue rules and three user rules given as lambdas (the
 * indicator checks 9, 10 and 12 belong to the scoring side of the project form and have no department code).
 */
public final class JixiaoChecks {
  private static final FindingPath KEY_PROJECTS = FindingPath.of("keyProjects");

  /** The 12-check subset. */
  public static final RuleSet<DepartmentSelfEvaluation> TWELVE = RuleSet.builder(DepartmentSelfEvaluation.class)
      .addAll(DepartmentRules.standardSet().toBuilder().select("DW-F-01", "DW-F-02", "DW-F-04", "DW-F-05",
          "DW-F-06", "DW-T-01", "DW-T-02", "DW-G-01", "DW-K-01").build().rules().stream()
          .map(info -> DepartmentRules.rule(info.code())).toList())
      .add(RuleInfo.of("BENCH-09", Severity.ERROR, "indicator has target and actual", Evidence.INFERRED),
          (form, ctx) -> eachIndicator(form, (row, base) -> {
            FindingPath t = base.property("target");
            FindingPath a = base.property("actual");
            if (PlainChecks.blank(row.target())) {
              ctx.fail(t);
            } else {
              ctx.pass(t);
            }
            if (PlainChecks.blank(row.actual())) {
              ctx.fail(a);
            } else {
              ctx.pass(a);
            }
          }))
      .add(RuleInfo.of("BENCH-10", Severity.WARNING, "quantitative target met", Evidence.INFERRED),
          (form, ctx) -> eachIndicator(form, (row, base) -> {
            FindingPath a = base.property("actual");
            if (PlainChecks.quantitativeMet(row)) {
              ctx.pass(a);
            } else {
              ctx.fail(a).reported(row.actual()).expected(row.target());
            }
          }))
      .add(RuleInfo.of("BENCH-12", Severity.INFO, "qualitative actual restates target", Evidence.INFERRED),
          (form, ctx) -> eachIndicator(form, (row, base) -> {
            FindingPath a = base.property("actual");
            if (PlainChecks.qualitativeRestated(row)) {
              ctx.pass(a);
            } else {
              ctx.fail(a).reported(row.actual()).expected(row.target());
            }
          }))
      .build();

  /** The full catalogue. */
  public static final RuleSet<DepartmentSelfEvaluation> FULL = DepartmentRules.standardSet();

  interface RowCheck {
    void check(PerformanceIndicator row, FindingPath base);
  }

  private JixiaoChecks() {}

  static void eachIndicator(DepartmentSelfEvaluation form, RowCheck check) {
    List<ProjectSelfEvaluation> projects = form.keyProjects();
    for (int p = 0; p < projects.size(); p++) {
      List<PerformanceIndicator> rows = projects.get(p).indicators();
      FindingPath rowsPath = KEY_PROJECTS.index(p).property("indicators");
      for (int j = 0; j < rows.size(); j++) {
        check.check(rows.get(j), rowsPath.index(j));
      }
    }
  }

  /**
   * The failures of an audit as {@code "CODE path"}, sorted, for agreement checks.
   *
   * @param result the result
   * @return the failures
   */
  public static List<String> failures(AuditResult result) {
    return result.findings(Outcome.FAIL).stream().map(f -> f.code() + " " + f.path()).sorted().toList();
  }

  static String describe(Finding f) {
    return f.code() + " " + f.path();
  }
}

package io.github.jixiao.examples;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.rules.AuditResult;
import io.github.jixiao.rules.DepartmentRules;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Severity;
import io.github.jixiao.testing.SampleForms;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Audits the sample form (广州市天河区工商业联合会 2021) with the standard department rules and prints the counts and
 * every failing finding in Chinese: 0 ERROR, 6 WARNING, 27 INFO.
 */
public final class AuditTheSample {
  private AuditTheSample() {}

  /**
   * Prints the audit.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    DepartmentSelfEvaluation form = SampleForms.tianhe2021();
    AuditResult result = DepartmentRules.standardSet().audit(form);
    out.println(form.departmentName() + " " + form.evaluationYear() + ": " + result);
    for (Finding f : result.failures()) {
      out.println(f.severity() + " " + f.code() + " " + f.path() + " " + f.message(Locale.SIMPLIFIED_CHINESE));
    }
    out.println(result.hasFailures(Severity.ERROR) ? "ERRORS FOUND" : "no ERROR");
  }
}

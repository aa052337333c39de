package io.github.jixiao.benchmarks;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.rules.AuditResult;
import io.github.jixiao.rules.DepartmentRules;
import io.github.jixiao.testing.SampleForms;
import java.lang.management.ManagementFactory;

/**
 * Prints how long after JVM start the first audit result of the sample exists, with the standard catalogue:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.jixiao.benchmarks.FirstAudit}.
 */
public final class FirstAudit {
  private FirstAudit() {}

  /**
   * Runs one audit and prints the JVM uptime at its end.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    DepartmentSelfEvaluation sample = SampleForms.tianhe2021();
    long built = ManagementFactory.getRuntimeMXBean().getUptime();
    AuditResult result = DepartmentRules.standardSet().audit(sample);
    long audited = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.println("first audit result " + audited + " ms after JVM start (sample built at " + built
        + " ms; audit " + (audited - built) + " ms): " + result);
  }
}

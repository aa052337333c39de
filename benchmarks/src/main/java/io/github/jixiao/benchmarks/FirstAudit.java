package io.github.jixiao.benchmarks;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.rules.AuditResult;
import io.github.jixiao.rules.DepartmentRules;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testing.SampleForms;
import java.lang.management.ManagementFactory;

/**
 * Prints how long after JVM start the first audit result of the sample exists, with the standard catalogue, and
 * where the time went: {@code java -cp benchmarks/target/benchmarks.jar io.github.jixiao.benchmarks.FirstAudit}.
 *
 * <p>The shaded {@code benchmarks.jar} holds JMH, Hibernate Validator and the readers too: opening it delays
 * {@code main} by some 10 to 15 ms on the 2-core development machine. A program using jixiao has the library's own
 * small jars on its class path; to measure that, run from the modules' classes (or jars), which need nothing else:
 * <pre>{@code
 * mvn -B -ntp -pl benchmarks -am package -DskipTests
 * java -cp core/target/classes:rules/target/classes:testing/target/classes:benchmarks/target/classes \
 *     io.github.jixiao.benchmarks.FirstAudit
 * }</pre>
 * The JVM is noisy on a shared machine: compare medians of 20 or more fresh runs, alternating the versions compared.
 *
 * <p>The phases are timed with {@link System#nanoTime()}; the JVM's uptime is read once, at the end, and the
 * moments are dated back from it, so that loading the management classes (tens of milliseconds) is not counted.
 * The output is one line: {@code main=… built=… ruleSet=… audited=…} in milliseconds since JVM start, then the
 * result's summary.
 */
public final class FirstAudit {
  private FirstAudit() {}

  /**
   * Builds the sample, takes the standard rule set, runs one audit and prints the times.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long main = System.nanoTime();
    DepartmentSelfEvaluation sample = SampleForms.tianhe2021();
    long built = System.nanoTime();
    RuleSet<DepartmentSelfEvaluation> rules = DepartmentRules.standardSet();
    long ruleSet = System.nanoTime();
    AuditResult result = rules.audit(sample);
    long audited = System.nanoTime();
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    long now = System.nanoTime();
    System.out.println("main=" + since(uptime, now, main) + " built=" + since(uptime, now, built) + " ruleSet="
        + since(uptime, now, ruleSet) + " audited=" + since(uptime, now, audited) + " ms after JVM start: " + result);
  }

  /** Milliseconds since JVM start at {@code moment}, dated back from the uptime read at {@code now}. */
  static long since(long uptimeMillis, long now, long moment) {
    return uptimeMillis - (now - moment) / 1_000_000;
  }
}

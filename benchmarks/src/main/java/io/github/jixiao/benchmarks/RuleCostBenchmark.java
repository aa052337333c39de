package io.github.jixiao.benchmarks;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.rules.AuditResult;
import io.github.jixiao.rules.DepartmentRules;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.testing.SampleForms;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the full catalogue's time goes: one op = auditing the Tianhe 2021 sample with one catalogue rule alone
 * ({@code rule=DW-G-01}), or with none ({@code rule=none}: the cost of an audit itself). The per-rule figures do not
 * add up to the full catalogue's exactly (DW-G-02 and DW-G-03 share one goal↔task matching per audit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RuleCostBenchmark {
  @Param({"none", "DW-F-01", "DW-F-02", "DW-F-03", "DW-F-04", "DW-F-05", "DW-F-06", "DW-F-07", "DW-F-08", "DW-F-09",
      "DW-T-01", "DW-T-02", "DW-T-03", "DW-T-04", "DW-G-01", "DW-G-02", "DW-G-03", "DW-K-01", "DW-K-02", "DW-K-03",
      "DW-K-04", "DW-K-05", "DW-N-01", "DW-N-02", "FMT-01", "FMT-02"})
  public String rule;

  private RuleSet<DepartmentSelfEvaluation> rules;
  private DepartmentSelfEvaluation sample;

  @Setup
  public void setUp() {
    RuleSet.Builder<DepartmentSelfEvaluation> b = RuleSet.builder(DepartmentSelfEvaluation.class);
    if (!rule.equals("none")) {
      b.add(DepartmentRules.rule(rule));
    }
    rules = b.build();
    sample = SampleForms.tianhe2021();
  }

  @Benchmark
  public AuditResult audit() {
    return rules.audit(sample);
  }
}

package io.github.jixiao.benchmarks;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** 10 000 distinct generated forms per invocation; the score is per form (forms/s = 10⁹ / score). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BatchBenchmark {
  static final int FORMS = 10_000;

  @Param({"plain", "hv", "jixiao12", "jixiaoFull"})
  public String tool;

  private Function<DepartmentSelfEvaluation, Object> validator;
  private List<DepartmentSelfEvaluation> forms;

  @Setup
  public void setUp() {
    validator = Tools.build(tool);
    forms = DepartmentForms.generate(42, FORMS);
  }

  @Benchmark
  @OperationsPerInvocation(FORMS)
  public void validateBatch(Blackhole bh) {
    for (int i = 0; i < FORMS; i++) {
      bh.consume(validator.apply(forms.get(i)));
    }
  }
}

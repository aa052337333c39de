package io.github.jixiao.benchmarks;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.testing.SampleForms;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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

/** One op = checking one form: the Tianhe 2021 sample (2 findings of the 12 checks, 33 of the catalogue) or a clean one. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SingleFormBenchmark {
  @Param({"plain", "hv", "jixiao12", "jixiaoFull"})
  public String tool;

  @Param({"sample", "clean"})
  public String form;

  private Function<DepartmentSelfEvaluation, Object> validator;
  private DepartmentSelfEvaluation input;

  @Setup
  public void setUp() {
    validator = Tools.build(tool);
    input = form.equals("sample") ? SampleForms.tianhe2021() : DepartmentForms.clean();
  }

  @Benchmark
  public Object validate() {
    return validator.apply(input);
  }
}

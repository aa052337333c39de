package io.github.jixiao.benchmarks;

import io.github.jixiao.core.DepartmentSelfEvaluation;
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

/** Cold start: build the tool and check the sample once, in a fresh JVM (the sample itself is built beforehand). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BootstrapBenchmark {
  @Param({"plain", "hv", "jixiao12", "jixiaoFull"})
  public String tool;

  private DepartmentSelfEvaluation sample;

  @Setup
  public void setUp() {
    sample = SampleForms.tianhe2021();
  }

  @Benchmark
  public Object buildAndFirstCheck() {
    return Tools.build(tool).apply(sample);
  }
}

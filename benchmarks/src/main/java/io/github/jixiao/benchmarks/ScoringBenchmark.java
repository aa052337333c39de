package io.github.jixiao.benchmarks;

import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.rules.scoring.QualitativeScoring;
import io.github.jixiao.rules.scoring.ScoreCard;
import io.github.jixiao.rules.scoring.ScoringModel;
import io.github.jixiao.rules.scoring.ScoringModels;
import io.github.jixiao.rules.scoring.ScoringProfile;
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
 * One op = the score card of the sample's key project (2021年区工商联工作经费项目, 12 indicators, equal split) under
 * the national model; the target is under 10 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScoringBenchmark {
  /** The qualitative mode: {@code floor} scores every row (90.67), {@code asPrinted} leaves five rows unscored. */
  @Param({"floor", "asPrinted"})
  public String mode;

  private final ScoringModel model = ScoringModels.national();
  private ProjectSelfEvaluation project;
  private ScoringProfile profile;

  @Setup
  public void setUp() {
    project = SampleForms.tianhe2021KeyProject();
    profile = mode.equals("floor")
        ? ScoringProfile.national().toBuilder().qualitativeScoring(QualitativeScoring.FLOOR)
            .assumedTier(QualitativeTier.ACHIEVED).build()
        : ScoringProfile.national();
  }

  @Benchmark
  public ScoreCard score() {
    return model.score(project, profile);
  }
}

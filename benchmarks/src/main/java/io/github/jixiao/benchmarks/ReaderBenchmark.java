package io.github.jixiao.benchmarks;

import io.github.jixiao.io.FormReadException;
import io.github.jixiao.io.FormReader;
import io.github.jixiao.io.ReadResult;
import io.github.jixiao.testing.SampleForms;
import java.nio.charset.StandardCharsets;
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
 * Reading the sample form (Tianhe 2021) as published text and as an HTML page, at 1×, 10× and 100× its size, to
 * show the reader's throughput and that its time grows linearly with the input.
 *
 * <p>The 10× and 100× inputs repeat the form's body (text) or table rows (HTML): the reader sees one long form with
 * repeated labels, which is the worst case for its duplicate checks. Throughput in MB/s is the input's UTF-8 size
 * divided by the time per operation; the README of this module gives the figures.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ReaderBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ReaderBenchmark {
  /** How many times the form's body is repeated. */
  @Param({"1", "10", "100"})
  public int size;

  private String text;
  private String html;

  /** Builds the inputs. */
  @Setup
  public void setUp() {
    text = repeatText(SampleForms.tianhe2021Text(), size);
    html = repeatHtml(SampleForms.tianhe2021Html(), size);
  }

  /** The sample text with its body (everything after the title block) repeated. */
  static String repeatText(String sample, int times) {
    int body = sample.indexOf("部门名称");
    StringBuilder sb = new StringBuilder(sample.length() * times);
    sb.append(sample, 0, body);
    for (int i = 0; i < times; i++) {
      sb.append(sample, body, sample.length()).append('\n');
    }
    return sb.toString();
  }

  /** The sample page with its table rows repeated. */
  static String repeatHtml(String sample, int times) {
    int start = sample.indexOf("<tbody>") + "<tbody>".length();
    int end = sample.indexOf("</tbody>");
    StringBuilder sb = new StringBuilder(sample.length() * times);
    sb.append(sample, 0, start);
    for (int i = 0; i < times; i++) {
      sb.append(sample, start, end);
    }
    sb.append(sample, end, sample.length());
    return sb.toString();
  }

  /**
   * Returns the UTF-8 size of the text input, for the MB/s figures.
   *
   * @return the size in bytes
   */
  public int textBytes() {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Reads the published text.
   *
   * @return the result, so that the work is not eliminated
   * @throws FormReadException never for this input
   */
  @Benchmark
  public ReadResult readText() throws FormReadException {
    return FormReader.standard().readText(text);
  }

  /**
   * Reads the HTML page.
   *
   * @return the result, so that the work is not eliminated
   * @throws FormReadException never for this input
   */
  @Benchmark
  public ReadResult readHtml() throws FormReadException {
    return FormReader.standard().readHtml(html);
  }
}

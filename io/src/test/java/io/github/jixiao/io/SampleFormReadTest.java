package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.SourceIrregularity;
import java.util.List;
import io.github.jixiao.testing.SampleForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's published text, read by the reader, equals the fixture built by hand, field by field. */
class SampleFormReadTest {
  private static ReadResult result;
  private static DepartmentSelfEvaluation read;
  private static final DepartmentSelfEvaluation EXPECTED = SampleForms.tianhe2021();

  @BeforeAll
  static void readSample() throws Exception {
    result = FormReader.standard().read(SampleForms.tianhe2021Text());
    read = result.department().orElseThrow();
  }

  @Test
  void header() {
    assertThat(read.title()).isEqualTo(EXPECTED.title());
    assertThat(read.departmentName()).isEqualTo(EXPECTED.departmentName());
    assertThat(read.consolidated()).isEqualTo(EXPECTED.consolidated());
    assertThat(read.evaluationYear()).isEqualTo(EXPECTED.evaluationYear());
    assertThat(read.reportDate()).isEqualTo(EXPECTED.reportDate());
    assertThat(read.amountUnit()).isEqualTo(EXPECTED.amountUnit());
    assertThat(read.layout()).isEqualTo(EXPECTED.layout());
    assertThat(result.layout()).isEqualTo(EXPECTED.layout());
  }

  @Test
  void funds() {
    assertThat(read.funds()).isEqualTo(EXPECTED.funds());
  }

  @Test
  void goals() {
    assertThat(read.annualGoals().expectedGoals()).containsExactlyElementsOf(EXPECTED.annualGoals().expectedGoals());
    assertThat(read.annualGoals().goalCompletionNarrative())
        .isEqualTo(EXPECTED.annualGoals().goalCompletionNarrative());
  }

  @Test
  void mainTasks() {
    assertThat(read.mainTasks()).hasSameSizeAs(EXPECTED.mainTasks());
    for (int i = 0; i < EXPECTED.mainTasks().size(); i++) {
      assertThat(read.mainTasks().get(i)).as("task %d", i + 1).isEqualTo(EXPECTED.mainTasks().get(i));
    }
  }

  @Test
  void keyProject() {
    assertThat(read.keyProjects()).hasSize(1);
    ProjectSelfEvaluation p = read.keyProjects().get(0);
    ProjectSelfEvaluation e = EXPECTED.keyProjects().get(0);
    assertThat(p.projectName()).isEqualTo(e.projectName());
    assertThat(p.funds()).isEqualTo(e.funds());
    assertThat(p.indicators()).hasSize(12);
    for (int i = 0; i < e.indicators().size(); i++) {
      PerformanceIndicator actual = p.indicators().get(i);
      assertThat(actual).as("indicator %d (%s)", i + 1, e.indicators().get(i).name())
          .isEqualTo(e.indicators().get(i));
    }
    assertThat(p.achievements()).isEqualTo(e.achievements());
    assertThat(p).isEqualTo(e);
  }

  @Test
  void narratives() {
    assertThat(read.overallPerformanceNarrative()).isEqualTo(EXPECTED.overallPerformanceNarrative());
    assertThat(read.problems()).containsExactlyElementsOf(EXPECTED.problems());
    assertThat(read.improvementMeasures()).containsExactlyElementsOf(EXPECTED.improvementMeasures());
  }

  @Test
  void irregularities() {
    assertThat(read.irregularities()).containsExactlyElementsOf(EXPECTED.irregularities());
  }

  @Test
  void wholeFormEqualsTheFixture() {
    assertThat(read).isEqualTo(EXPECTED);
  }

  @Test
  void readingTheSampleLeavesNothingUnmappedAndWarnsOfTheOneDecimalAmount() {
    assertThat(result.unmapped()).isEmpty();
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ReadWarning.Code.UNUSUAL_SCALE);
      assertThat(w.arguments()).contains("11.6");
      assertThat(w.line()).isEqualTo(27);
    });
  }

  @Test
  void htmlPageOfTheSampleGivesTheFixtureWithoutTheTextExtractionsIrregularities() throws Exception {
    ReadResult html = FormReader.standard().read(SampleForms.tianhe2021Html());
    DepartmentSelfEvaluation expected = EXPECTED.withIrregularities(List.of(
        SourceIrregularity.of(SourceIrregularity.Kind.BROKEN_LABEL, "mainTasks", "任务涉 及")));
    DepartmentSelfEvaluation form = html.department().orElseThrow();
    assertThat(form.mainTasks()).isEqualTo(expected.mainTasks());
    assertThat(form.keyProjects()).isEqualTo(expected.keyProjects());
    assertThat(form).isEqualTo(expected);
    assertThat(html.unmapped()).isEmpty();
  }

  @Test
  void sampleRoundTripsTextToModelToJsonToModel() throws Exception {
    String json = FormJson.standard().write(read);
    DepartmentSelfEvaluation back = FormJson.standard().readDepartment(json);
    assertThat(back).isEqualTo(read).isEqualTo(EXPECTED);
    assertThat(json).contains("\"value\" : \"11.6\"");
  }
}

package io.github.jixiao.core;

import static io.github.jixiao.core.TestForms.wan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProjectSelfEvaluationTest {
  private static final ProjectSelfEvaluation KEY_PROJECT = TestForms.tianheKeyProject();
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<ProjectSelfEvaluation> contract() {
    return RecordContract.of(ProjectSelfEvaluation.class, TestForms.fullProject(), TestForms.otherProject());
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent() {
    contract().assertEqualsAndHashCode();
  }

  @Test
  void constructor_refusesNullRequiredComponents_namingThem_andAcceptsNullOptionalOnes() {
    contract().assertNullHostility();
  }

  @Test
  void lists_areCopiedDefensively_unmodifiable_andRefuseNullElements() {
    contract().assertListsCopiedAndUnmodifiable();
  }

  @Test
  void builder_fromCopiesEveryComponent_andNamesMissingRequiredAttributes() {
    contract().assertBuilder();
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  @Test
  void keyProject_holdsTheSeedFiguresWithoutScores() {
    FundRow total = KEY_PROJECT.funds().total();
    assertThat(total.initialBudget()).isEqualTo(wan("64.94"));
    assertThat(total.annualBudget()).isEqualTo(wan("39.46"));
    assertThat(total.executed()).isEqualTo(wan("39.46"));
    assertThat(total.executionRate()).isEqualTo(Percentage.parse("100%"));
    assertThat(total.weight()).isNull();
    assertThat(total.score()).isNull();
    assertThat(KEY_PROJECT.totalScore()).isNull();
    assertThat(KEY_PROJECT.grade()).isNull();
    assertThat(KEY_PROJECT.indicators()).extracting(PerformanceIndicator::weight).containsOnlyNulls();
  }

  //----- Bean Validation -----
  @Test
  void validation_acceptsTheSampleKeyProject() {
    assertThat(validation.violations(KEY_PROJECT)).isEmpty();
    assertThat(validation.violations(TestForms.fullProject())).isEmpty();
  }

  @Test
  void validation_blankProjectName_isOneViolation() {
    assertThat(validation.violations(KEY_PROJECT.withProjectName("\t"))).containsExactly("projectName NotBlank");
  }

  @Test
  void validation_negativeCarryover_isOneViolationAtItsRow() {
    ProjectSelfEvaluation project = KEY_PROJECT.withFunds(
        KEY_PROJECT.funds().withPriorYearCarryover(FundRow.of(wan("-1.00"), null, null)));
    assertThat(validation.violations(project)).containsExactly("funds.priorYearCarryover.initialBudget NonNegative");
  }

  @Test
  void validation_negativeScores_areOneViolationEach() {
    ProjectSelfEvaluation project = KEY_PROJECT.withTotalScore(new BigDecimal("-1"))
        .withTotalWeight(new BigDecimal("-100"));
    assertThat(validation.violations(project))
        .containsExactly("totalScore PositiveOrZero", "totalWeight PositiveOrZero");
  }

  @Test
  void validation_implausibleYear_isOneViolation() {
    assertThat(validation.violations(KEY_PROJECT.withEvaluationYear(Year.of(2201))))
        .containsExactly("evaluationYear PlausibleYear");
  }

  @Test
  void validation_blankIndicatorName_isOneViolationAtItsIndex() {
    PerformanceIndicator blank = KEY_PROJECT.indicators().get(11).withName("");
    java.util.List<PerformanceIndicator> rows = new java.util.ArrayList<>(KEY_PROJECT.indicators());
    rows.set(11, blank);
    assertThat(validation.violations(KEY_PROJECT.withIndicators(rows))).containsExactly("indicators[11].name NotBlank");
  }

  @Test
  void validation_overLongConclusion_isOneViolation() {
    assertThat(validation.violations(KEY_PROJECT.withConclusion("论".repeat(FormLimits.MAX_TEXT_LENGTH + 1))))
        .containsExactly("conclusion Size");
  }
}

package io.github.jixiao.core;

import static io.github.jixiao.core.TestForms.wan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DepartmentSelfEvaluationTest {
  private static final DepartmentSelfEvaluation TIANHE = TestForms.tianhe2021();
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<DepartmentSelfEvaluation> contract() {
    return RecordContract.of(DepartmentSelfEvaluation.class, TestForms.fullDepartment(), TestForms.otherDepartment());
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
  void builder_withoutConsolidatedFlag_refusesToBuild() {
    DepartmentSelfEvaluationBuilder builder = new DepartmentSelfEvaluationBuilder().from(TIANHE);
    assertThat(builder.build()).isEqualTo(TIANHE);
    assertThatThrownBy(() -> new DepartmentSelfEvaluationBuilder()
            .departmentName("x").amountUnit(AmountUnit.YUAN).layout(FormLayout.OTHER)
            .funds(DepartmentFunds.empty()).annualGoals(AnnualGoals.empty()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("consolidated");
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  @Test
  void sample_keepsTheSeedOddities() {
    assertThat(TIANHE.funds().adjustedBudgetRevenue()).isEqualTo(wan("422.69"));
    assertThat(TIANHE.funds().annualAdjustedBudget()).isEqualTo(wan("424.06"));
    assertThat(TIANHE.annualGoals().expectedGoals().get(4).text())
        .isEqualTo(TIANHE.annualGoals().expectedGoals().get(5).text().replace("。", ""));
    Amount task4 = TIANHE.mainTasks().get(3).amount();
    assertThat(task4).isNotNull();
    assertThat(task4.scale()).isEqualTo(1);
    assertThat(task4).isNotEqualTo(wan("11.60"));
    assertThat(task4.isEqual(wan("11.60"))).isTrue();
    assertThat(TIANHE.keyProjects().get(0).indicators()).hasSize(12);
  }

  //----- Bean Validation -----
  @Test
  void validation_acceptsTheSampleForm() {
    assertThat(validation.violations(TIANHE)).isEmpty();
  }

  @Test
  void validation_negativeInitialBudgetRevenue_isOneViolationAtFundsPath() {
    DepartmentSelfEvaluation form = TIANHE.withFunds(TIANHE.funds().withInitialBudgetRevenue(wan("-526.59")));
    assertThat(validation.violations(form)).containsExactly("funds.initialBudgetRevenue NonNegative");
  }

  @Test
  void validation_negativeCompletionRate_isOneViolationAtFundsPath() {
    DepartmentSelfEvaluation form =
        TIANHE.withFunds(TIANHE.funds().withBudgetCompletionRate(Percentage.parse("-99.68%")));
    assertThat(validation.violations(form)).containsExactly("funds.budgetCompletionRate NonNegative");
  }

  @Test
  void validation_negativeTaskAmount_isOneViolationAtTaskPath() {
    DepartmentSelfEvaluation form = withTask(0, TIANHE.mainTasks().get(0).withAmount(wan("-0.55")));
    assertThat(validation.violations(form)).containsExactly("mainTasks[0].amount NonNegative");
  }

  @Test
  void validation_negativeKeyProjectExecuted_isOneViolationAtNestedFundRowPath() {
    ProjectSelfEvaluation project = TIANHE.keyProjects().get(0);
    ProjectSelfEvaluation changed =
        project.withFunds(project.funds().withTotal(project.funds().total().withExecuted(wan("-39.46"))));
    DepartmentSelfEvaluation form = TIANHE.withKeyProjects(changed);
    assertThat(validation.violations(form)).containsExactly("keyProjects[0].funds.total.executed NonNegative");
  }

  @Test
  void validation_negativeIndicatorWeight_isOneViolationAtIndicatorPath() {
    ProjectSelfEvaluation project = TIANHE.keyProjects().get(0);
    List<PerformanceIndicator> indicators = new ArrayList<>(project.indicators());
    indicators.set(2, indicators.get(2).withWeight(new BigDecimal("-10")));
    DepartmentSelfEvaluation form = TIANHE.withKeyProjects(project.withIndicators(indicators));
    assertThat(validation.violations(form)).containsExactly("keyProjects[0].indicators[2].weight PositiveOrZero");
  }

  @Test
  void validation_blankDepartmentName_isOneViolationAtItsPath() {
    assertThat(validation.violations(TIANHE.withDepartmentName(" \u3000"))).containsExactly("departmentName NotBlank");
    assertThat(validation.violations(TIANHE.withDepartmentName(""))).containsExactly("departmentName NotBlank");
  }

  @Test
  void validation_blankTaskGoal_isOneViolationAtItsPath() {
    DepartmentSelfEvaluation form = withTask(1, TIANHE.mainTasks().get(1).withExpectedGoal(""));
    assertThat(validation.violations(form)).containsExactly("mainTasks[1].expectedGoal NotBlank");
  }

  @Test
  void validation_blankIndicatorName_isOneViolationAtItsPath() {
    ProjectSelfEvaluation project = TIANHE.keyProjects().get(0);
    List<PerformanceIndicator> indicators = new ArrayList<>(project.indicators());
    indicators.set(0, indicators.get(0).withName(" "));
    DepartmentSelfEvaluation form = TIANHE.withKeyProjects(project.withIndicators(indicators));
    assertThat(validation.violations(form)).containsExactly("keyProjects[0].indicators[0].name NotBlank");
  }

  @Test
  void validation_blankKeyIndicatorName_isOneViolationAtItsPath() {
    MainTask task = TIANHE.mainTasks().get(2);
    List<KeyIndicator> indicators = new ArrayList<>(task.keyIndicators());
    indicators.set(3, indicators.get(3).withName(""));
    DepartmentSelfEvaluation form = withTask(2, task.withKeyIndicators(indicators));
    assertThat(validation.violations(form)).containsExactly("mainTasks[2].keyIndicators[3].name NotBlank");
  }

  @Test
  void validation_implausibleYear_isOneViolation_andTheLimitsAreAccepted() {
    assertThat(validation.violations(TIANHE.withEvaluationYear(Year.of(21)))).containsExactly("evaluationYear PlausibleYear");
    assertThat(validation.violations(TIANHE.withEvaluationYear(Year.of(1989))))
        .containsExactly("evaluationYear PlausibleYear");
    assertThat(validation.violations(TIANHE.withEvaluationYear(Year.of(2101))))
        .containsExactly("evaluationYear PlausibleYear");
    assertThat(validation.violations(TIANHE.withEvaluationYear(Year.of(FormLimits.MIN_YEAR)))).isEmpty();
    assertThat(validation.violations(TIANHE.withEvaluationYear(Year.of(FormLimits.MAX_YEAR)))).isEmpty();
    assertThat(validation.violations(TIANHE.withEvaluationYear(null))).isEmpty();
  }

  @Test
  void validation_implausibleKeyProjectYear_isOneViolationAtItsPath() {
    DepartmentSelfEvaluation form = TIANHE.withKeyProjects(TIANHE.keyProjects().get(0).withEvaluationYear(Year.of(3021)));
    assertThat(validation.violations(form)).containsExactly("keyProjects[0].evaluationYear PlausibleYear");
  }

  @Test
  void validation_overLongName_isOneViolation_andTheLimitIsAccepted() {
    String limit = "会".repeat(FormLimits.MAX_NAME_LENGTH);
    assertThat(validation.violations(TIANHE.withDepartmentName(limit))).isEmpty();
    assertThat(validation.violations(TIANHE.withDepartmentName(limit + "会"))).containsExactly("departmentName Size");
  }

  @Test
  void validation_overLongCompletionText_isOneViolationAtItsPath() {
    MainTask task = TIANHE.mainTasks().get(0);
    List<KeyIndicator> indicators = new ArrayList<>(task.keyIndicators());
    indicators.set(1, indicators.get(1).withCompletion(IndicatorValue.parse("5次".repeat(10_001))));
    DepartmentSelfEvaluation form = withTask(0, task.withKeyIndicators(indicators));
    assertThat(validation.violations(form)).containsExactly("mainTasks[0].keyIndicators[1].completion PrintedLength");
  }

  @Test
  void validation_overLongProblem_isOneViolationAtTheListElement() {
    DepartmentSelfEvaluation form = TIANHE.withProblems("问".repeat(FormLimits.MAX_TEXT_LENGTH + 1));
    assertThat(validation.violations(form)).containsExactly("problems[0].<list element> Size");
  }

  @Test
  void validation_tooManyItems_isOneViolationAtTheList() {
    DepartmentSelfEvaluation form = TIANHE.withImprovementMeasures(Collections.nCopies(FormLimits.MAX_ITEMS + 1, "措施"));
    assertThat(validation.violations(form)).containsExactly("improvementMeasures Size");
    assertThat(validation.violations(TIANHE.withImprovementMeasures(Collections.nCopies(FormLimits.MAX_ITEMS, "措施"))))
        .isEmpty();
  }

  @Test
  void validation_negativeTotalScore_isOneViolation() {
    assertThat(validation.violations(TIANHE.withTotalScore(new BigDecimal("-0.01"))))
        .containsExactly("totalScore PositiveOrZero");
  }

  @Test
  void validation_manyFaultsAtOnce_reportEachFieldExactlyOnce() {
    MainTask task = TIANHE.mainTasks().get(0).withExpectedGoal("").withAmount(wan("-1"));
    DepartmentSelfEvaluation form = withTask(0, task)
        .withDepartmentName("")
        .withTitle("题".repeat(FormLimits.MAX_NAME_LENGTH + 1))
        .withEvaluationYear(Year.of(1900))
        .withFunds(TIANHE.funds().withActualExpenditure(wan("-1")).withBudgetAdjustmentRate(Percentage.parse("-1%")))
        .withAnnualGoals(new AnnualGoals(List.of(Goal.of(0, " ")), "x"))
        .withTotalScore(new BigDecimal("-1"));
    List<String> violations = validation.violations(form);
    assertThat(violations).containsExactlyInAnyOrder(
        "annualGoals.expectedGoals[0].number Positive",
        "annualGoals.expectedGoals[0].text NotBlank",
        "departmentName NotBlank",
        "evaluationYear PlausibleYear",
        "funds.actualExpenditure NonNegative",
        "funds.budgetAdjustmentRate NonNegative",
        "mainTasks[0].amount NonNegative",
        "mainTasks[0].expectedGoal NotBlank",
        "title Size",
        "totalScore PositiveOrZero");
    assertThat(violations.stream().map(v -> v.substring(0, v.indexOf(' '))).collect(Collectors.toList()))
        .doesNotHaveDuplicates();
  }

  private static DepartmentSelfEvaluation withTask(int index, MainTask task) {
    List<MainTask> tasks = new ArrayList<>(TIANHE.mainTasks());
    tasks.set(index, task);
    return TIANHE.withMainTasks(tasks);
  }
}

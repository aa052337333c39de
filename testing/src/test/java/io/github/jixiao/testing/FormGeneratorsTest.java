package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.CategoryWeight;
import io.github.jixiao.core.DepartmentFunds;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generators checked without the rules (the rules' own tests audit 10 000 generated forms): the arithmetic and
 * the structure their documentation promises, recomputed here, over 2 000 seeds each.
 */
class FormGeneratorsTest {
  private static final int CASES = 2_000;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static BigDecimal v(Amount a) {
    return a.value();
  }

  //-----------------------------------------------------------------------
  @Test
  void sameSeed_sameForm_otherSeeds_otherForms() {
    assertThat(FormGenerators.department(new SplittableRandom(5)))
        .isEqualTo(FormGenerators.department(new SplittableRandom(5)))
        .isNotEqualTo(FormGenerators.department(new SplittableRandom(6)));
    assertThat(FormGenerators.scoredProject(new SplittableRandom(5)))
        .isEqualTo(FormGenerators.scoredProject(new SplittableRandom(5)))
        .isNotEqualTo(FormGenerators.scoredProject(new SplittableRandom(6)));
    Set<DepartmentSelfEvaluation> distinct = new HashSet<>();
    for (long seed = 0; seed < 500; seed++) {
      distinct.add(FormGenerators.department(new SplittableRandom(seed)));
    }
    assertThat(distinct).hasSize(500);
  }

  @Test
  void department_funds_areConsistent_andTheRatesCorrectlyRounded() {
    ForAll.forAll(FormGenerators::department).cases(CASES).check(form -> {
      DepartmentFunds f = form.funds();
      BigDecimal initial = v(f.initialBudgetRevenue());
      BigDecimal annual = v(f.annualAdjustedBudget());
      BigDecimal actual = v(f.actualExpenditure());
      assertThat(f.adjustedBudgetRevenue()).isEqualTo(f.annualAdjustedBudget());
      assertThat(actual).isLessThan(annual);
      assertThat(v(f.generalPublicBudgetPortion())).isLessThanOrEqualTo(actual).isPositive();
      assertThat(f.budgetCompletionRate().percent())
          .isEqualTo(actual.multiply(HUNDRED).divide(annual, 2, RoundingMode.HALF_UP));
      assertThat(f.budgetAdjustmentRate().percent())
          .isEqualTo(annual.subtract(initial).abs().multiply(HUNDRED).divide(initial, 2, RoundingMode.HALF_UP));
      assertThat(f.budgetCompletionExplanation() != null)
          .isEqualTo(actual.multiply(HUNDRED).compareTo(BigDecimal.valueOf(92).multiply(annual)) < 0);
      assertThat(f.budgetAdjustmentExplanation() != null).isEqualTo(
          annual.subtract(initial).abs().multiply(HUNDRED).compareTo(BigDecimal.valueOf(28).multiply(initial)) > 0);
      List<BigDecimal> lines = new ArrayList<>();
      for (Amount a : new Amount[] {f.initialBudgetRevenue(), f.annualAdjustedBudget(), f.actualExpenditure(),
          f.generalPublicBudgetPortion(), f.governmentFundBudgetPortion(), f.stateCapitalOperationBudgetPortion(),
          f.otherPortion()}) {
        if (a != null) {
          assertThat(a.scale()).isEqualTo(2);
          assertThat(lines).noneMatch(x -> x.compareTo(a.value()) == 0);
          lines.add(a.value());
        }
      }
    });
  }

  @Test
  void department_goalsAndTasks_matchOneAnother() {
    ForAll.forAll(FormGenerators::department).cases(CASES).check(form -> {
      List<Goal> goals = form.annualGoals().expectedGoals();
      assertThat(goals).extracting(Goal::text).doesNotHaveDuplicates().allMatch(Vocabulary.GOALS::contains);
      assertThat(goals).extracting(Goal::number).isEqualTo(numbers(goals.size()));
      Set<String> covered = new HashSet<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (MainTask t : form.mainTasks()) {
        List<String> clauses = List.of(t.expectedGoal().split("，"));
        boolean matches = false;
        for (Goal g : goals) {
          List<String> goalClauses = List.of(g.text().split("，"));
          if (g.text().equals(t.expectedGoal()) || goalClauses.stream().anyMatch(clauses::contains)) {
            covered.add(g.text());
            matches = true;
          }
        }
        assertThat(matches).as("task %s matches a goal", t.expectedGoal()).isTrue();
        assertThat(t.keyIndicators()).isNotEmpty().allSatisfy(k -> {
          assertThat(k.target().operator()).isNotNull();
          assertThat(k.completion().number()).isGreaterThanOrEqualTo(k.target().number());
        });
        assertThat(t.amount().scale()).isEqualTo(2);
        sum = sum.add(t.amount().value());
      }
      assertThat(covered).hasSize(goals.size());
      assertThat(sum).isLessThanOrEqualTo(v(form.funds().actualExpenditure()));
    });
  }

  @Test
  void department_keyProjectsAndNarratives_areWellFormed() {
    ForAll.forAll(FormGenerators::department).cases(CASES).check(form -> {
      assertThat(form.keyProjects()).hasSizeLessThanOrEqualTo(2);
      for (ProjectSelfEvaluation p : form.keyProjects()) {
        FundRow t = p.funds().total();
        assertThat(v(t.executed())).isLessThanOrEqualTo(v(t.annualBudget()));
        assertThat(v(t.annualBudget())).isLessThanOrEqualTo(v(form.funds().actualExpenditure()));
        assertThat(t.executionRate().percent()).isEqualTo(v(t.executed()).multiply(HUNDRED)
            .divide(v(t.annualBudget()), t.executionRate().decimals(), RoundingMode.HALF_UP));
        assertThat(p.indicators()).hasSizeBetween(3, 8).allSatisfy(FormGeneratorsTest::fitsItsCategory);
        assertThat(p.achievements()).endsWith("。").hasSizeLessThan(40);
      }
      for (String text : new String[] {form.annualGoals().goalCompletionNarrative(),
          form.overallPerformanceNarrative()}) {
        assertThat(text).endsWith("。").hasSizeLessThan(40);
      }
      assertThat(form.problems()).hasSameSizeAs(form.improvementMeasures()).isNotEmpty();
      assertThat(ModelJson.document(form)).doesNotContain("<");
      assertThat(form.irregularities()).isEmpty();
      assertThat(validator.validate(form)).isEmpty();
    });
  }

  private static void fitsItsCategory(PerformanceIndicator row) {
    switch (row.level2()) {
      case COST -> assertThat(row.target().raw()).startsWith("≤");
      case TIMELINESS -> assertThat(row.name()).containsAnyOf("按时", "及时");
      case SERVICE_RECIPIENT_SATISFACTION -> assertThat(row.name()).contains("满意");
      default -> assertThat(row.level1()).isEqualTo(row.level2().usualParent());
    }
  }

  private static List<Integer> numbers(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(i);
    }
    return out;
  }

  //-----------------------------------------------------------------------
  @Test
  void project_weightsAddUpTo100_andTheCategoryWeightsToTheirRows() {
    ForAll.forAll(FormGenerators::project).cases(CASES).check(form -> {
      BigDecimal sum = form.funds().total().weight();
      for (PerformanceIndicator row : form.indicators()) {
        assertThat(row.weight()).isPositive();
        sum = sum.add(row.weight());
      }
      assertThat(sum).isEqualByComparingTo("100");
      for (CategoryWeight c : form.categoryWeights()) {
        BigDecimal children = form.indicators().stream()
            .filter(r -> c.level2() == null ? r.level1() == c.level1() : r.level2() == c.level2())
            .map(PerformanceIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(children).as(c.label()).isEqualByComparingTo(c.weight());
      }
      assertThat(form.categoryWeights()).filteredOn(c -> c.level2() == null).extracting(CategoryWeight::weight)
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(BigDecimal.valueOf(50), BigDecimal.valueOf(30), BigDecimal.valueOf(10));
      FundRow t = form.funds().total();
      assertThat(t.executionRate().percent())
          .isEqualTo(v(t.executed()).multiply(HUNDRED).divide(v(t.annualBudget()), 2, RoundingMode.HALF_UP));
      if (form.funds().currentYearAppropriation() != null) {
        FundRow[] sources = {form.funds().currentYearAppropriation(), form.funds().priorYearCarryover(),
            form.funds().otherFunds()};
        BigDecimal executed = BigDecimal.ZERO;
        for (FundRow s : sources) {
          if (s != null) {
            executed = executed.add(v(s.executed()));
          }
        }
        assertThat(executed).isEqualTo(v(t.executed()));
      }
      assertThat(form.totalScore()).isNull();
      assertThat(validator.validate(form)).isEmpty();
    });
  }

  @Test
  void scoredProject_isTheUnscoredForm_withScoresThatAddUp_andTheGradeOfTheTotal() {
    ForAll.forAll(r -> r.nextLong()).cases(CASES).check(seed -> {
      ProjectSelfEvaluation scored = FormGenerators.scoredProject(new SplittableRandom(seed));
      ProjectSelfEvaluation plain = FormGenerators.project(new SplittableRandom(seed));
      List<PerformanceIndicator> stripped = new ArrayList<>();
      BigDecimal sum = scored.funds().total().score();
      for (PerformanceIndicator row : scored.indicators()) {
        assertThat(row.score()).isBetween(BigDecimal.ZERO, row.weight());
        assertThat(row.score().scale()).isEqualTo(2);
        assertThat(row.deviationAnalysis() != null).isEqualTo(row.score().compareTo(row.weight()) < 0
            || ProjectDraftTest.overshoots(row));
        sum = sum.add(row.score());
        stripped.add(row.withScore(null).withDeviationAnalysis(null));
      }
      assertThat(scored.totalScore()).isEqualTo(sum);
      assertThat(scored.grade()).isEqualTo(ProjectDraft.grade(sum));
      FundRow total = scored.funds().total();
      assertThat(plain).isEqualTo(scored.withIndicators(stripped).withTotalScore(null).withGrade(null)
          .withFunds(scored.funds().withTotal(total.withScore(null).withNote(null))));
    });
  }

  //-----------------------------------------------------------------------
  @Test
  void indicator_ofACategory_hasItsKindsAndTheWeight() {
    ForAll.forAll(r -> FormGenerators.indicator(r, IndicatorLevel1.BENEFIT, BigDecimal.TEN)).cases(500)
        .check(row -> {
          assertThat(row.level1()).isEqualTo(IndicatorLevel1.BENEFIT);
          assertThat(row.level2().usualParent()).isEqualTo(IndicatorLevel1.BENEFIT);
          assertThat(row.weight()).isEqualTo(BigDecimal.TEN);
          assertThat(row.nature()).isNotNull();
        });
    PerformanceIndicator satisfaction = FormGenerators.indicator(new SplittableRandom(1), IndicatorLevel1.SATISFACTION,
        null);
    assertThat(satisfaction.level2()).isEqualTo(IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION);
    assertThat(satisfaction.weight()).isNull();
  }

  @Test
  void amount_liesInItsRange_withTwoDecimals_andRefusesEmptyRanges() {
    ForAll.forAll(r -> FormGenerators.amount(r, 3, 5)).cases(500).check(a -> {
      assertThat(a.scale()).isEqualTo(2);
      assertThat(a.value()).isGreaterThanOrEqualTo(BigDecimal.valueOf(3)).isLessThan(BigDecimal.valueOf(5));
    });
    assertThatThrownBy(() -> FormGenerators.amount(new SplittableRandom(1), 5, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormGenerators.amount(new SplittableRandom(1), -1, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormGenerators.department(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void keyIndicators_ofTheGeneratedForms_comeFromTheVocabulary() {
    Set<String> names = new HashSet<>();
    for (Vocabulary.TaskIndicator t : Vocabulary.TASK_INDICATORS) {
      names.add(t.name());
    }
    ForAll.forAll(FormGenerators::department).cases(200).check(form -> {
      for (MainTask t : form.mainTasks()) {
        assertThat(t.keyIndicators()).extracting(KeyIndicator::name).allMatch(names::contains)
            .doesNotHaveDuplicates();
      }
    });
  }
}

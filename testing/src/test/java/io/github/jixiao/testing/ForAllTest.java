package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ForAllTest {
  @AfterEach
  void clearSystemProperties() {
    System.clearProperty(ForAll.SEED_PROPERTY);
    System.clearProperty(ForAll.CASES_PROPERTY);
    System.clearProperty(ForAll.SHRINK_PROPERTY);
  }

  private static List<Integer> list(RandomGenerator r) {
    int n = r.nextInt(0, 20);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(r.nextInt(0, 1_000));
    }
    return out;
  }

  //-----------------------------------------------------------------------
  @Test
  void check_returns_whenThePropertyHoldsOnEveryCase_andRunsAsManyCasesAsAsked() {
    AtomicInteger runs = new AtomicInteger();
    ForAll.forAll(ForAllTest::list).cases(321).check(l -> {
      runs.incrementAndGet();
      assertThat(l.size()).isLessThan(20);
    });
    assertThat(runs).hasValue(321);
  }

  @Test
  void caseI_isMadeFromSeedBasePlusI_asSampleAndSplittableRandomMakeIt() {
    List<Long> seen = new ArrayList<>();
    ForAll.forAll(r -> r.nextLong()).seed(1_000).cases(5).check(seen::add);
    for (int i = 0; i < 5; i++) {
      assertThat(seen.get(i)).isEqualTo(ForAll.sample(r -> r.nextLong(), 1_000 + i))
          .isEqualTo(new SplittableRandom(1_000 + i).nextLong());
    }
  }

  @Test
  void sample_givesWhatTheGeneratorMakesFromASplittableRandomOfTheSeed() {
    for (long seed = 0; seed < 300; seed++) {
      assertThat(ForAll.sample(FormGenerators::department, seed))
          .isEqualTo(FormGenerators.department(new SplittableRandom(seed)));
      assertThat(ForAll.sample(FormGenerators::scoredProject, seed))
          .isEqualTo(FormGenerators.scoredProject(new SplittableRandom(seed)));
    }
  }

  @Test
  void failure_reportsTheSeed_theReplayFlags_theShrunkAndTheOriginalCase() {
    PropertyFailure f = catchThrowableOfType(PropertyFailure.class, () -> ForAll.forAll(ForAllTest::list)
        .named("no element reaches 500").seed(42).cases(1_000)
        .check(l -> assertThat(l).allMatch(x -> x < 500)));
    assertThat(f.property()).isEqualTo("no element reaches 500");
    assertThat(f.seed()).isGreaterThanOrEqualTo(42);
    assertThat(f.cases()).isEqualTo(1_000);
    assertThat(f.passedCases()).isEqualTo((int) (f.seed() - 42));
    assertThat(f.shrunkCase()).isEqualTo(List.of(500));
    assertThat(f.originalCase()).isEqualTo(ForAll.sample(ForAllTest::list, f.seed()));
    assertThat(f.shrinkSteps()).isPositive();
    assertThat(f.getMessage())
        .contains("Property \"no element reaches 500\" failed after " + f.passedCases())
        .contains("seed " + f.seed())
        .contains("-Djixiao.seed=" + f.seed() + " -Djixiao.cases=1")
        .contains("Shrunk case:\n[\n  500\n]")
        .contains("Failing case (seed " + f.seed() + "):\n" + ModelJson.toJson(f.originalCase()));
    assertThat(f.getCause()).isInstanceOf(AssertionError.class);
    assertThat(f.getSuppressed()).hasSize(1);
  }

  @Test
  void failingForm_isShrunkToASmallerWellFormedForm_printedAsAFormDocument() {
    PropertyFailure f = catchThrowableOfType(PropertyFailure.class, () -> ForAll.forAll(FormGenerators::department)
        .named("at most one task").check(form -> assertThat(form.mainTasks()).hasSizeLessThan(2)));
    DepartmentSelfEvaluation original = (DepartmentSelfEvaluation) f.originalCase();
    DepartmentSelfEvaluation shrunk = (DepartmentSelfEvaluation) f.shrunkCase();
    assertThat(shrunk.mainTasks()).hasSize(2);
    assertThat(shrunk.mainTasks().size()).isLessThanOrEqualTo(original.mainTasks().size());
    assertThat(shrunk.keyProjects().size()).isLessThanOrEqualTo(1);
    assertThat(shrunk.funds().initialBudgetRevenue().value())
        .isLessThanOrEqualTo(original.funds().initialBudgetRevenue().value());
    assertThat(f.shrunkDescription()).startsWith("{\n  \"formatVersion\": 1,\n  \"department\": {")
        .isEqualTo(ModelJson.document(shrunk));
    assertThat(f.getMessage()).contains(f.shrunkDescription()).contains(f.originalDescription());
  }

  @Test
  void shrinkingOff_bySystemPropertyOrByZeroAttempts_reportsTheOriginalCase() {
    Function<RandomGenerator, List<Integer>> gen = ForAllTest::list;
    PropertyFailure byCode = catchThrowableOfType(PropertyFailure.class, () -> ForAll.forAll(gen).shrinkAttempts(0)
        .check(l -> assertThat(l).isEmpty()));
    assertThat(byCode.shrunkCase()).isSameAs(byCode.originalCase());
    assertThat(byCode.shrinkSteps()).isZero();
    assertThat(byCode.getMessage()).contains("Not shrunk (shrinking is off).");
    System.setProperty(ForAll.SHRINK_PROPERTY, "false");
    PropertyFailure byProperty = catchThrowableOfType(PropertyFailure.class, () -> ForAll.forAll(gen)
        .check(l -> assertThat(l).isEmpty()));
    assertThat(byProperty.shrunkCase()).isSameAs(byProperty.originalCase());
  }

  @Test
  void systemProperties_overrideTheSeedAndTheNumberOfCases() {
    System.setProperty(ForAll.SEED_PROPERTY, "0x10");
    System.setProperty(ForAll.CASES_PROPERTY, "3");
    List<Long> seen = new ArrayList<>();
    ForAll<Long> runner = ForAll.forAll(r -> r.nextLong()).seed(99).cases(1_000);
    assertThat(runner.baseSeed()).isEqualTo(16);
    assertThat(runner.caseCount()).isEqualTo(3);
    runner.check(seen::add);
    assertThat(seen).containsExactly(new SplittableRandom(16).nextLong(), new SplittableRandom(17).nextLong(),
        new SplittableRandom(18).nextLong());
  }

  @Test
  void badSystemProperties_areRefusedNamingTheProperty() {
    System.setProperty(ForAll.SEED_PROPERTY, "abc");
    assertThatThrownBy(() -> ForAll.forAll(r -> 1).baseSeed()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jixiao.seed").hasMessageContaining("abc");
    System.setProperty(ForAll.CASES_PROPERTY, "0");
    assertThatThrownBy(() -> ForAll.forAll(r -> 1).caseCount()).hasMessageContaining("jixiao.cases");
    System.setProperty(ForAll.CASES_PROPERTY, "many");
    assertThatThrownBy(() -> ForAll.forAll(r -> 1).caseCount()).hasMessageContaining("many");
  }

  @Test
  void assume_andJUnitAssumptions_discardCases_whichAreReplaced() {
    AtomicInteger checked = new AtomicInteger();
    ForAll.forAll(r -> r.nextInt(0, 10)).cases(200).check(x -> {
      ForAll.assume(x % 2 == 0);
      Assumptions.assumeTrue(x != 4);
      checked.incrementAndGet();
      assertThat(x % 2).isZero();
    });
    assertThat(checked).hasValue(200);
  }

  @Test
  void everyCaseDiscarded_failsSayingSo() {
    assertThatThrownBy(() -> ForAll.forAll(r -> r.nextInt()).named("never").cases(10)
        .check(x -> ForAll.assume(false)))
        .isInstanceOf(AssertionError.class)
        .isNotInstanceOf(PropertyFailure.class)
        .hasMessageContaining("\"never\"").hasMessageContaining("110 cases were discarded");
  }

  @Test
  void aGeneratorThatThrows_isReportedWithItsSeed() {
    PropertyFailure f = catchThrowableOfType(PropertyFailure.class, () -> ForAll.<Integer>forAll(r -> {
      int x = r.nextInt(0, 5);
      if (x == 3) {
        throw new IllegalStateException("boom");
      }
      return x;
    }).seed(7).check(x -> { }));
    assertThat(f.getMessage()).contains("the generator failed for seed " + f.seed()).contains("boom");
    assertThat(f.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(f.originalCase()).isNull();
    int replayed = ForAll.<Integer>sample(r -> r.nextInt(0, 5), f.seed());
    assertThat(replayed).isEqualTo(3);
  }

  @Test
  void exceptionsOfTheProperty_areFailures_andCheckedOnesAreAllowed() {
    PropertyFailure f = catchThrowableOfType(PropertyFailure.class, () -> ForAll.forAll(r -> r.nextInt(0, 100))
        .check(x -> {
          if (x > 10) {
            throw new java.io.IOException("too big: " + x);
          }
        }));
    assertThat(f.shrunkCase()).isEqualTo(11);
    assertThat(f.getCause()).isInstanceOf(java.io.IOException.class).hasMessage("too big: 11");
  }

  @Test
  void describedBy_replacesTheJsonDescription_andAFailingDescriberFallsBackToToString() {
    PropertyFailure f = catchThrowableOfType(PropertyFailure.class, () -> ForAll.forAll(r -> r.nextInt(0, 100))
        .describedBy(x -> "<" + x + ">").check(x -> assertThat(x).isLessThan(50)));
    assertThat(f.shrunkDescription()).isEqualTo("<50>");
    PropertyFailure g = catchThrowableOfType(PropertyFailure.class, () -> ForAll.forAll(r -> r.nextInt(0, 100))
        .describedBy(x -> {
          throw new IllegalStateException("no");
        }).check(x -> assertThat(x).isLessThan(50)));
    assertThat(g.shrunkDescription()).startsWith("50 (describing it failed: java.lang.IllegalStateException: no)");
  }

  @Test
  void configuration_isValidated_andEachMethodReturnsANewRunner() {
    ForAll<Integer> base = ForAll.forAll(r -> 1);
    Object same = base;
    assertThat((Object) base.cases(5)).isNotSameAs(same);
    assertThat(base.caseCount()).isEqualTo(ForAll.DEFAULT_CASES);
    assertThat(base.baseSeed()).isEqualTo(ForAll.DEFAULT_SEED);
    assertThat(base.named("x").seed(3).cases(4).shrinkAttempts(9).toString()).isEqualTo(
        "ForAll[x, cases=4, seed=3, shrinkAttempts=9]");
    assertThatThrownBy(() -> base.cases(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> base.named(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> base.shrinkAttempts(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ForAll.forAll(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> base.check(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void projectForms_areDescribedAsProjectDocuments() {
    PropertyFailure f = catchThrowableOfType(PropertyFailure.class, () -> ForAll.forAll(FormGenerators::project)
        .check(p -> assertThat(p.indicators()).hasSizeLessThan(4)));
    assertThat(f.shrunkDescription()).startsWith("{\n  \"formatVersion\": 1,\n  \"project\": {");
    assertThat(((ProjectSelfEvaluation) f.shrunkCase()).indicators()).hasSize(4);
  }

  @Test
  void isDiscard_recognisesTheAssumptionExceptionsOfTheFrameworksByName() {
    assertThat(ForAll.isDiscard(new ForAll.CaseDiscarded())).isTrue();
    assertThat(ForAll.isDiscard(new org.opentest4j.TestAbortedException("x"))).isTrue();
    assertThat(ForAll.isDiscard(new AssertionError("x"))).isFalse();
    assertThat(ForAll.isDiscard(new IllegalStateException("x"))).isFalse();
  }
}

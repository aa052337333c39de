package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.testing.ForAll;
import io.github.jixiao.testing.FormGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Properties of the national model over generated project forms, 10 000 cases each on the {@link ForAll} runner: a
 * failure names its seed and shows the shrunk form as JSON.
 */
class NationalScoringModelPropertiesTest {
  private static final int CASES = 10_000;
  private static final long BASE_SEED = 0x5EED_2020L;
  private static final ScoringModel MODEL = ScoringModels.national();
  private static final List<ScoringProfile> PROFILES = List.of(
      ScoringProfile.national(),
      ScoringProfile.beijingHaidian2016(),
      ScoringProfile.national().toBuilder().qualitativeScoring(QualitativeScoring.FLOOR).build(),
      ScoringProfile.national().toBuilder().qualitativeScoring(QualitativeScoring.FULL)
          .reverseStrategy(Strategy.REVERSE_LINEAR).strictComparators(true).build());

  /** A generated form and the profile it is scored under. */
  private record Scored(ProjectSelfEvaluation form, ScoringProfile profile) {}

  private static Scored scored(RandomGenerator r) {
    return new Scored(FormGenerators.project(r), PROFILES.get(r.nextInt(PROFILES.size())));
  }

  private static <T> ForAll<T> forAll(String name, Function<RandomGenerator, T> generator) {
    return ForAll.forAll(generator).named(name).cases(CASES).seed(BASE_SEED);
  }

  @Test
  void everyItemsPoints_lieBetweenZeroAndItsWeight_andTheTotalBetweenZeroAnd100() {
    forAll("points within [0, weight], total within [0, 100]", NationalScoringModelPropertiesTest::scored)
        .check(c -> {
          ScoreCard card = MODEL.score(c.form(), c.profile());
          for (ScoreItem item : card.items()) {
            if (item.rawPoints() != null) {
              assertThat(item.rawPoints()).as(item.path()).isBetween(BigDecimal.ZERO, item.weight());
            }
          }
          assertThat(card.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
          assertThat(card.totalWeight()).isEqualByComparingTo("100");
        });
  }

  /** A generated form, a profile, and for each row an amount its actual is raised by. */
  private record Raised(ProjectSelfEvaluation form, ScoringProfile profile, List<Integer> raises) {}

  @Test
  void points_neverDecreaseWhenAPositiveActualRises_neverIncreaseWhenAReverseActualRises() {
    forAll("points monotone in the actual", r -> {
      Scored c = scored(r);
      List<Integer> raises = new ArrayList<>();
      for (int i = 0; i < c.form().indicators().size(); i++) {
        raises.add(r.nextInt(1, 500));
      }
      return new Raised(c.form(), c.profile(), raises);
    }).check(c -> {
      ProjectSelfEvaluation form = c.form();
      for (int i = 0; i < form.indicators().size(); i++) {
        PerformanceIndicator row = form.indicators().get(i);
        ComparisonOperator op = row.effectiveOperator() == null ? ComparisonOperator.GE : row.effectiveOperator();
        if (row.actual() == null || !row.actual().isQuantitative() || op.direction() == Direction.EQUAL) {
          continue;
        }
        BigDecimal raised = row.actual().number().add(BigDecimal.valueOf(c.raises().get(i)));
        PerformanceIndicator higher = row.withActual(IndicatorValue.parse(raised.toPlainString() + unit(row)));
        List<PerformanceIndicator> rows = new ArrayList<>(form.indicators());
        rows.set(i, higher);
        BigDecimal before = MODEL.score(form, c.profile()).items().get(i + 1).rawPoints();
        BigDecimal after = MODEL.score(form.withIndicators(rows), c.profile()).items().get(i + 1).rawPoints();
        if (op.direction() == Direction.POSITIVE) {
          assertThat(after).as("row %d %s → %s", i, row.actual(), raised).isGreaterThanOrEqualTo(before);
        } else {
          assertThat(after).as("row %d %s → %s", i, row.actual(), raised).isLessThanOrEqualTo(before);
        }
      }
    });
  }

  @Test
  void grade_isMonotoneInTheTotal() {
    GradeBands bands = GradeBands.national();
    forAll("grade monotone in the total", r -> List.of(BigDecimal.valueOf(r.nextLong(0, 10_001), 2),
        BigDecimal.valueOf(r.nextLong(0, 10_001), 2))).check(totals -> {
          BigDecimal low = totals.get(0).min(totals.get(1));
          BigDecimal high = totals.get(0).max(totals.get(1));
          // Grade constants are declared best first, so a higher total never has a larger ordinal.
          assertThat(bands.grade(high).ordinal()).isLessThanOrEqualTo(bands.grade(low).ordinal());
        });
  }

  /** A generated form, its rows in another order, and a profile. */
  private record Shuffled(ProjectSelfEvaluation form, List<PerformanceIndicator> shuffled, ScoringProfile profile) {}

  @Test
  void scoreCard_isTheSameWhateverTheOrderOfTheIndicators() {
    forAll("score card independent of row order", r -> {
      Scored c = scored(r);
      List<PerformanceIndicator> shuffled = new ArrayList<>(c.form().indicators());
      for (int i = shuffled.size() - 1; i > 0; i--) {
        Collections.swap(shuffled, i, r.nextInt(i + 1));
      }
      return new Shuffled(c.form(), shuffled, c.profile());
    }).check(c -> {
      ScoreCard original = MODEL.score(c.form(), c.profile());
      ScoreCard reordered = MODEL.score(c.form().withIndicators(c.shuffled()), c.profile());
      assertThat(reordered.total()).isEqualTo(original.total());
      assertThat(reordered.rawTotal()).isEqualTo(original.rawTotal());
      assertThat(reordered.grade()).isEqualTo(original.grade());
      assertThat(reordered.complete()).isEqualTo(original.complete());
      assertThat(withoutPaths(reordered)).containsExactlyInAnyOrderElementsOf(withoutPaths(original));
    });
  }

  @Test
  void scoring_isDeterministic_forEqualForms() {
    forAll("scoring deterministic", r -> new long[] {r.nextLong(), r.nextInt(PROFILES.size())}).check(c -> {
      ScoringProfile profile = PROFILES.get((int) c[1]);
      ScoreCard a = MODEL.score(ForAll.sample(FormGenerators::project, c[0]), profile);
      ScoreCard b = MODEL.score(ForAll.sample(FormGenerators::project, c[0]), profile);
      assertThat(a).isEqualTo(b);
    });
  }

  @Test
  void qualitativeFloorAndFull_bracketTheScoreOfEveryTier() {
    ScoringProfile floor = ScoringProfile.national().toBuilder()
        .qualitativeScoring(QualitativeScoring.FLOOR).assumedTier(QualitativeTier.NOT_ACHIEVED).build();
    ScoringProfile full = ScoringProfile.national().toBuilder()
        .qualitativeScoring(QualitativeScoring.FULL).assumedTier(QualitativeTier.ACHIEVED).build();
    forAll("floor ≤ full on every item", FormGenerators::project).check(form -> {
      ScoreCard low = MODEL.score(form, floor);
      ScoreCard high = MODEL.score(form, full);
      for (int i = 0; i < low.items().size(); i++) {
        ScoreItem l = low.items().get(i);
        ScoreItem h = high.items().get(i);
        if (l.rawPoints() != null && h.rawPoints() != null) {
          assertThat(l.rawPoints()).isLessThanOrEqualTo(h.rawPoints());
        }
      }
    });
  }

  @Test
  void theKitsIndependentScores_areTheModelsRoundedPoints_andTheTotalsDifferOnlyByRounding() {
    forAll("model points round to the scores jixiao-testing prints", FormGenerators::scoredProject).check(form -> {
      ScoreCard card = MODEL.score(form, ScoringProfile.national());
      assertThat(card.items().get(0).points()).isEqualTo(form.funds().total().score());
      for (int i = 0; i < form.indicators().size(); i++) {
        PerformanceIndicator row = form.indicators().get(i);
        assertThat(card.items().get(i + 1).points()).as(row.name()).isEqualByComparingTo(row.score());
      }
      // the model rounds the sum once; the form sums rounded scores (§7.5): they differ by at most n × 0.005
      BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(card.items().size() + 1));
      assertThat(card.total().subtract(form.totalScore()).abs()).isLessThanOrEqualTo(tolerance);
    });
  }

  //-----------------------------------------------------------------------
  private static String unit(PerformanceIndicator row) {
    String unit = row.actual().unit();
    return unit == null ? "" : unit;
  }

  private static List<ScoreItem> withoutPaths(ScoreCard card) {
    List<ScoreItem> items = new ArrayList<>();
    for (ScoreItem i : card.items()) {
      items.add(new ScoreItem("", i.label(), i.kind(), i.weight(), i.weightSource(), i.weightBasis(), i.strategy(),
          i.inputs(), i.rawPoints(), i.points(), i.flags(), i.band(), i.evidence()));
    }
    return items;
  }
}

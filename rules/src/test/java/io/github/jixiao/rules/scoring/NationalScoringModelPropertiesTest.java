package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.testing.FormGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/** Properties of the national model over generated project forms: 10 000 seeds each, the failing seed reported. */
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

  private static void forAll(LongConsumer property) {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      try {
        property.accept(seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("property failed for seed " + seed + " (case " + i + "): " + e.getMessage(), e);
      }
    }
  }

  private static ScoringProfile profile(long seed) {
    return PROFILES.get((int) Math.floorMod(seed, PROFILES.size()));
  }

  @Test
  void everyItemsPoints_lieBetweenZeroAndItsWeight_andTheTotalBetweenZeroAnd100() {
    forAll(seed -> {
      ProjectSelfEvaluation form = FormGenerators.project(new SplittableRandom(seed));
      ScoreCard card = MODEL.score(form, profile(seed));
      for (ScoreItem item : card.items()) {
        if (item.rawPoints() != null) {
          assertThat(item.rawPoints()).as(item.path()).isBetween(BigDecimal.ZERO, item.weight());
        }
      }
      assertThat(card.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
      assertThat(card.totalWeight()).isEqualByComparingTo("100");
    });
  }

  @Test
  void points_neverDecreaseWhenAPositiveActualRises_neverIncreaseWhenAReverseActualRises() {
    forAll(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      ProjectSelfEvaluation form = FormGenerators.project(random);
      ScoringProfile profile = profile(seed);
      for (int i = 0; i < form.indicators().size(); i++) {
        PerformanceIndicator row = form.indicators().get(i);
        ComparisonOperator op = row.effectiveOperator() == null ? ComparisonOperator.GE : row.effectiveOperator();
        if (row.actual() == null || !row.actual().isQuantitative() || op.direction() == Direction.EQUAL) {
          continue;
        }
        BigDecimal raised = row.actual().number().add(BigDecimal.valueOf(random.nextInt(1, 500)));
        PerformanceIndicator higher = row.withActual(IndicatorValue.parse(raised.toPlainString() + unit(row)));
        List<PerformanceIndicator> rows = new ArrayList<>(form.indicators());
        rows.set(i, higher);
        BigDecimal before = MODEL.score(form, profile).items().get(i + 1).rawPoints();
        BigDecimal after = MODEL.score(form.withIndicators(rows), profile).items().get(i + 1).rawPoints();
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
    forAll(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      BigDecimal a = BigDecimal.valueOf(random.nextLong(0, 10_001), 2);
      BigDecimal b = BigDecimal.valueOf(random.nextLong(0, 10_001), 2);
      BigDecimal low = a.min(b);
      BigDecimal high = a.max(b);
      // Grade constants are declared best first, so a higher total never has a larger ordinal.
      assertThat(bands.grade(high).ordinal()).isLessThanOrEqualTo(bands.grade(low).ordinal());
    });
  }

  @Test
  void scoreCard_isTheSameWhateverTheOrderOfTheIndicators() {
    forAll(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      ProjectSelfEvaluation form = FormGenerators.project(random);
      List<PerformanceIndicator> shuffled = new ArrayList<>(form.indicators());
      Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
      ScoringProfile profile = profile(seed);
      ScoreCard original = MODEL.score(form, profile);
      ScoreCard reordered = MODEL.score(form.withIndicators(shuffled), profile);
      assertThat(reordered.total()).isEqualTo(original.total());
      assertThat(reordered.rawTotal()).isEqualTo(original.rawTotal());
      assertThat(reordered.grade()).isEqualTo(original.grade());
      assertThat(reordered.complete()).isEqualTo(original.complete());
      assertThat(withoutPaths(reordered)).containsExactlyInAnyOrderElementsOf(withoutPaths(original));
    });
  }

  @Test
  void scoring_isDeterministic_forEqualForms() {
    forAll(seed -> {
      ScoringProfile profile = profile(seed);
      ScoreCard a = MODEL.score(FormGenerators.project(new SplittableRandom(seed)), profile);
      ScoreCard b = MODEL.score(FormGenerators.project(new SplittableRandom(seed)), profile);
      assertThat(a).isEqualTo(b);
    });
  }

  @Test
  void qualitativeFloorAndFull_bracketTheScoreOfEveryTier() {
    forAll(seed -> {
      ProjectSelfEvaluation form = FormGenerators.project(new SplittableRandom(seed));
      ScoringProfile floor = ScoringProfile.national().toBuilder()
          .qualitativeScoring(QualitativeScoring.FLOOR).assumedTier(QualitativeTier.NOT_ACHIEVED).build();
      ScoringProfile full = ScoringProfile.national().toBuilder()
          .qualitativeScoring(QualitativeScoring.FULL).assumedTier(QualitativeTier.ACHIEVED).build();
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

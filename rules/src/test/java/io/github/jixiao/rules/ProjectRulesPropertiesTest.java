package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.rules.scoring.QualitativeScoring;
import io.github.jixiao.rules.scoring.ScoreCard;
import io.github.jixiao.rules.scoring.ScoreItem;
import io.github.jixiao.rules.scoring.ScoringModels;
import io.github.jixiao.rules.scoring.ScoringProfile;
import io.github.jixiao.testing.FormGenerators;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A form whose printed scores were produced by the model passes every PRJ-* rule: 10 000 generated forms. */
class ProjectRulesPropertiesTest {
  private static final int CASES = 10_000;
  private static final long BASE_SEED = 0x9A0_2024L;
  private static final ScoringProfile SCORING = ScoringProfile.national().toBuilder()
      .qualitativeScoring(QualitativeScoring.FLOOR).build();
  private static final AuditProfile PROFILE = AuditProfile.national().toBuilder().scoringProfile(SCORING).build();

  @Test
  void formScoredByTheModel_passesEveryProjectRule() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      ProjectSelfEvaluation form = scoredByTheModel(FormGenerators.project(new SplittableRandom(seed)));
      List<String> failures = ProjectRules.standardSet().audit(form, PROFILE).failures().stream()
          .map(f -> f.code() + " " + f.path() + ": " + f.message(java.util.Locale.ENGLISH)).toList();
      assertThat(failures).as("seed %d (case %d): %s", seed, i, form).isEmpty();
    }
  }

  /**
   * Prints the model's scores (2 decimals, half-up) on every row, the execution row, the total and the grade, and
   * the explanations the deviation triggers ask for.
   */
  static ProjectSelfEvaluation scoredByTheModel(ProjectSelfEvaluation form) {
    ScoreCard card = ScoringModels.national().score(form, SCORING);
    List<PerformanceIndicator> rows = new ArrayList<>();
    for (int i = 0; i < form.indicators().size(); i++) {
      ScoreItem item = card.items().get(i + 1);
      PerformanceIndicator row = form.indicators().get(i).withScore(item.points());
      if (item.points() != null && item.points().compareTo(row.weight()) < 0 || item.flags().contains(
          io.github.jixiao.rules.scoring.ScoreFlag.OVERSHOOT_REVIEW)) {
        row = row.withDeviationAnalysis("偏差原因：实际完成值与指标值不一致，下年度改进");
      }
      rows.add(row);
    }
    FundRow total = form.funds().total().withScore(card.items().get(0).points())
        .withNote("年中预算调整及执行情况说明");
    return form.withIndicators(rows)
        .withFunds(form.funds().withTotal(total))
        .withTotalScore(card.total())
        .withGrade(card.grade());
  }
}

package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.rules.scoring.QualitativeScoring;
import io.github.jixiao.rules.scoring.ScoreCard;
import io.github.jixiao.rules.scoring.ScoreFlag;
import io.github.jixiao.rules.scoring.ScoreItem;
import io.github.jixiao.rules.scoring.ScoringModels;
import io.github.jixiao.rules.scoring.ScoringProfile;
import io.github.jixiao.testing.ForAll;
import io.github.jixiao.testing.FormGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The project rule set over 10 000 generated project forms each: forms scored by the kit's independent 10号 scoring
 * and forms scored by the model itself pass every PRJ-* rule; unscored forms raise no ERROR.
 */
class ProjectRulesPropertiesTest {
  private static final int CASES = 10_000;
  private static final ScoringProfile SCORING = ScoringProfile.national().toBuilder()
      .qualitativeScoring(QualitativeScoring.FLOOR).build();
  private static final AuditProfile PROFILE = AuditProfile.national().toBuilder().scoringProfile(SCORING).build();

  @Test
  void formScoredByTheModel_passesEveryProjectRule() {
    ForAll.forAll(FormGenerators::project)
        .named("a form printing the model's own scores passes every project rule")
        .cases(CASES)
        .seed(0x9A0_2024L)
        .check(form -> assertThat(failures(scoredByTheModel(form), PROFILE)).isEmpty());
  }

  @Test
  void formScoredByTheKit_passesEveryProjectRule_underTheNationalProfile() {
    ForAll.forAll(FormGenerators::scoredProject)
        .named("a form scored as 10号 says (computed by jixiao-testing) passes every project rule")
        .cases(CASES)
        .seed(0x5C0_2020L)
        .check(form -> assertThat(failures(form, AuditProfile.national())).isEmpty());
  }

  @Test
  void unscoredForm_raisesNoError() {
    ForAll.forAll(FormGenerators::project)
        .named("an unscored well-formed project form raises no ERROR")
        .cases(CASES)
        .seed(0x0E22_2020L)
        .check(form -> assertThat(ProjectRules.standardSet().audit(form).failures())
            .filteredOn(f -> f.severity() == Severity.ERROR)
            .extracting(f -> f.code() + " " + f.path() + ": " + f.message(Locale.ENGLISH))
            .isEmpty());
  }

  private static List<String> failures(ProjectSelfEvaluation form, AuditProfile profile) {
    return ProjectRules.standardSet().audit(form, profile).failures().stream()
        .map(f -> f.code() + " " + f.path() + ": " + f.message(Locale.ENGLISH)).toList();
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
      if (item.points() != null && item.points().compareTo(row.weight()) < 0
          || item.flags().contains(ScoreFlag.OVERSHOOT_REVIEW)) {
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

package io.github.jixiao.examples;

import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.rules.scoring.QualitativeScoring;
import io.github.jixiao.rules.scoring.ScoreCard;
import io.github.jixiao.rules.scoring.ScoreItem;
import io.github.jixiao.rules.scoring.ScoringModels;
import io.github.jixiao.rules.scoring.ScoringProfile;
import io.github.jixiao.testing.SampleForms;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Scores the sample's key project (2021年区工商联工作经费项目) under the Beijing Haidian 2016 profile, with the
 * qualitative rows at the bottom of the ACHIEVED band, and prints the itemised score card: 86.74, 良.
 */
public final class ScoreWithACustomProfile {
  private ScoreWithACustomProfile() {}

  /**
   * Prints the score card.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ProjectSelfEvaluation project = SampleForms.tianhe2021KeyProject();
    ScoringProfile profile = ScoringProfile.beijingHaidian2016().toBuilder()
        .qualitativeScoring(QualitativeScoring.FLOOR)
        .assumedTier(QualitativeTier.ACHIEVED)
        .build();
    ScoreCard card = ScoringModels.national().score(project, profile);
    out.println(card.projectName() + ": " + card.total() + " " + card.grade().label()
        + (card.complete() ? "" : " (incomplete)"));
    for (ScoreItem item : card.items()) {
      out.println("  " + item.path() + " " + item.label() + " | weight " + item.weight(2, RoundingMode.HALF_UP)
          + " (" + item.weightBasis() + ") | " + item.strategy() + " | " + item.points() + " | " + item.flags()
          + " " + item.evidence());
    }
  }
}

package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.testing.SampleForms;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringModelsTest {
  /** A user's model, declared in this module's test resources under META-INF/services. */
  public static final class FlatModel implements ScoringModel {
    @Override
    public String id() {
      return "flat";
    }

    @Override
    public String description() {
      return "every form scores 75";
    }

    @Override
    public ScoreCard score(ProjectSelfEvaluation project, ScoringProfile profile) {
      BigDecimal total = new BigDecimal("75.00");
      return new ScoreCard(id(), profile.id(), project.projectName(), total, total,
          profile.gradeBands().grade(total), true, BigDecimal.valueOf(100), List.of());
    }
  }

  @Test
  void national_isTheBuiltInModel() {
    assertThat(ScoringModels.national().id()).isEqualTo("national-2020");
    assertThat(ScoringModels.national().description()).contains("财预〔2020〕10号");
    assertThat(ScoringModels.byId("national-2020")).isSameAs(ScoringModels.national());
  }

  @Test
  void available_findsUserModelsThroughServiceLoader_sortedById() {
    assertThat(ScoringModels.available()).extracting(ScoringModel::id).containsExactly("flat", "national-2020");
    ScoringModel flat = ScoringModels.byId("flat");
    ScoreCard card = flat.score(SampleForms.tianhe2021KeyProject(), ScoringProfile.national());
    assertThat(card.grade()).isEqualTo(Grade.FAIR);
  }

  @Test
  void byId_unknown_listsTheAvailableIds() {
    assertThatThrownBy(() -> ScoringModels.byId("guangdong"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no scoring model has id 'guangdong'; available: flat, national-2020");
  }
}

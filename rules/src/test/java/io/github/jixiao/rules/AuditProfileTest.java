package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.rules.scoring.ScoringProfile;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AuditProfileTest {
  @Test
  void national_defaults() {
    AuditProfile p = AuditProfile.national();
    assertThat(p.name()).isEqualTo("national");
    assertThat(p.budgetCompletionThreshold()).isEqualByComparingTo("90");
    assertThat(p.budgetAdjustmentThreshold()).isEqualByComparingTo("30");
    assertThat(p.keyProjectAdjustmentThreshold()).isEqualByComparingTo("30");
    assertThat(p.goalMatchSimilarity()).isEqualTo(0.5);
    assertThat(p.repeatedPassageLength()).isEqualTo(40);
    assertThat(AuditProfile.builder().build()).isEqualTo(p).hasSameHashCodeAs(p);
  }

  @Test
  void sichuan2023_everyAdjustmentNeedsAnExplanation() {
    AuditProfile p = AuditProfile.sichuan2023();
    assertThat(p.name()).isEqualTo("sichuan-2023");
    assertThat(p.budgetAdjustmentThreshold()).isEqualByComparingTo("0");
    assertThat(p.keyProjectAdjustmentThreshold()).isEqualByComparingTo("0");
    assertThat(p.budgetCompletionThreshold()).isEqualByComparingTo("90");
    AuditResult r = DepartmentRules.standardSet().audit(io.github.jixiao.testing.SampleForms.tianhe2021(), p);
    assertThat(r.byCode("DW-F-08")).extracting(Finding::outcome).containsExactly(Outcome.FAIL);
  }

  @Test
  void toBuilder_changesOneValue() {
    AuditProfile p = AuditProfile.national().toBuilder().name("strict").budgetAdjustmentThreshold(
        new BigDecimal("20")).repeatedPassageLength(20).build();
    assertThat(p.budgetAdjustmentThreshold()).isEqualByComparingTo("20");
    assertThat(p.budgetCompletionThreshold()).isEqualByComparingTo("90");
    assertThat(p).isNotEqualTo(AuditProfile.national());
    assertThat(p.toString()).contains("strict").contains("adjustment>20%");
  }

  @Test
  void scoringProfile_isTheNationalOneUnlessSet_andCountsInEquality() {
    ScoringProfile national = ScoringProfile.national();
    assertThat(AuditProfile.national().scoringProfile()).isSameAs(national);
    AuditProfile explicit = AuditProfile.builder().scoringProfile(national).build();
    assertThat(explicit).isEqualTo(AuditProfile.national()).hasSameHashCodeAs(AuditProfile.national())
        .hasToString(AuditProfile.national().toString());
    assertThat(explicit.toString()).endsWith("scoring=national]");
    AuditProfile beijing = AuditProfile.national().toBuilder().scoringProfile(ScoringProfile.beijingHaidian2016())
        .build();
    assertThat(beijing).isNotEqualTo(AuditProfile.national());
    assertThat(beijing.toBuilder().build().scoringProfile()).isSameAs(ScoringProfile.beijingHaidian2016());
    assertThat(AuditProfile.beijingHaidian2016().scoringProfile()).isSameAs(ScoringProfile.beijingHaidian2016());
    assertThat(AuditProfile.byName("sichuan-2023")).isSameAs(AuditProfile.sichuan2023());
  }

  @Test
  void builder_validatesAtOnce() {
    AuditProfile.Builder b = AuditProfile.builder();
    assertThatThrownBy(() -> b.budgetCompletionThreshold(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budgetCompletionThreshold");
    assertThatThrownBy(() -> b.goalMatchSimilarity(0)).hasMessageContaining("goalMatchSimilarity");
    assertThatThrownBy(() -> b.goalMatchSimilarity(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.repeatedPassageLength(3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.name(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}

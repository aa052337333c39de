package io.github.jixiao.rules;

import static io.github.jixiao.core.Amount.ofWan;
import static io.github.jixiao.rules.FundRulesTest.outcomes;
import static io.github.jixiao.rules.TestForms.CLEAN;
import static io.github.jixiao.rules.TestForms.CLEAN_PROJECT;
import static io.github.jixiao.rules.TestForms.projectWithTotal;
import static io.github.jixiao.rules.TestForms.row;
import static io.github.jixiao.rules.TestForms.withProject;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeyProjectRulesTest {
  static final FundRow TOTAL = CLEAN_PROJECT.funds().total();
  static final FundRow SEED_TOTAL = new FundRow(ofWan("64.94"), ofWan("39.46"), ofWan("39.46"), null,
      Percentage.parse("100%"), null, null);

  //----- DW-K-01 -----
  @Test
  void dwK01_seedExecutionRate_passes() {
    assertThat(outcomes("DW-K-01", withProject(projectWithTotal(SEED_TOTAL))))
        .containsExactly("keyProjects[0].funds.total.executionRate PASS");
  }

  @Test
  void dwK01_wrongRate_fails_beijingLayoutUsesInitialBudget() {
    assertThat(outcomes("DW-K-01", withProject(projectWithTotal(SEED_TOTAL.withExecutionRate(
        Percentage.parse("60.76%")))))).containsExactly("keyProjects[0].funds.total.executionRate FAIL");
    assertThat(outcomes("DW-K-01", withProject(projectWithTotal(SEED_TOTAL.withExecutionRate(
        Percentage.parse("60.76%"))).withLayout(FormLayout.PROJECT_BEIJING_HAIDIAN_2016))))
        .containsExactly("keyProjects[0].funds.total.executionRate PASS");
  }

  @Test
  void dwK01_missingOrZero_indeterminate_noRate_notApplicable() {
    assertThat(outcomes("DW-K-01", withProject(projectWithTotal(TOTAL.withExecuted(null)))))
        .containsExactly("keyProjects[0].funds.total.executionRate INDETERMINATE MISSING_FIGURE");
    assertThat(outcomes("DW-K-01", withProject(projectWithTotal(TOTAL.withAnnualBudget(ofWan("0.00"))))))
        .containsExactly("keyProjects[0].funds.total.executionRate INDETERMINATE ZERO_DENOMINATOR");
    assertThat(outcomes("DW-K-01", withProject(projectWithTotal(TOTAL.withExecutionRate(null)))))
        .containsExactly("keyProjects[0].funds.total.executionRate NOT_APPLICABLE MISSING_FIGURE");
  }

  //----- DW-K-02 -----
  @Test
  void dwK02_withinDepartment_passes_aboveFails_missingIndeterminate() {
    assertThat(outcomes("DW-K-02", CLEAN)).containsExactly("keyProjects[0].funds.total.executed PASS",
        "keyProjects[0].funds.total.annualBudget PASS");
    assertThat(outcomes("DW-K-02", withProject(projectWithTotal(TOTAL.withAnnualBudget(ofWan("451.00"))))))
        .containsExactly("keyProjects[0].funds.total.executed PASS",
            "keyProjects[0].funds.total.annualBudget FAIL");
    assertThat(outcomes("DW-K-02", CLEAN.withFunds(CLEAN.funds().withActualExpenditure(null))))
        .containsExactly("keyProjects[0].funds.total.executed INDETERMINATE MISSING_FIGURE",
            "keyProjects[0].funds.total.annualBudget PASS");
  }

  //----- DW-K-03 -----
  @Test
  void dwK03_executedWithinBudget_passes_aboveFails_missingIndeterminate() {
    assertThat(outcomes("DW-K-03", CLEAN)).containsExactly("keyProjects[0].funds.total.executed PASS");
    assertThat(outcomes("DW-K-03", withProject(projectWithTotal(TOTAL.withExecuted(ofWan("45.02"))))))
        .containsExactly("keyProjects[0].funds.total.executed FAIL");
    assertThat(outcomes("DW-K-03", withProject(projectWithTotal(TOTAL.withAnnualBudget(null)))))
        .containsExactly("keyProjects[0].funds.total.executed INDETERMINATE MISSING_FIGURE");
  }

  //----- DW-K-04 -----
  @Test
  void dwK04_smallAdjustment_passes_seedCutFails_explainedPasses() {
    assertThat(outcomes("DW-K-04", CLEAN)).containsExactly("keyProjects[0].funds.total.note PASS");
    assertThat(outcomes("DW-K-04", withProject(projectWithTotal(SEED_TOTAL))))
        .containsExactly("keyProjects[0].funds.total.note FAIL");
    assertThat(TestForms.audit("DW-K-04", withProject(projectWithTotal(SEED_TOTAL))).failures().get(0)
        .message(Locale.ENGLISH)).contains("39.2");
    assertThat(outcomes("DW-K-04", withProject(projectWithTotal(SEED_TOTAL.withNote("年中调减培训经费")))))
        .containsExactly("keyProjects[0].funds.total.note PASS");
  }

  @Test
  void dwK04_templateInstructionsOrNothingSayingText_areNoExplanation() {
    for (String note : List.of("年中发生预算调整的(追加或调减),应单独说明理由", "无", "/")) {
      assertThat(outcomes("DW-K-04", withProject(projectWithTotal(SEED_TOTAL.withNote(note))))).as(note)
          .containsExactly("keyProjects[0].funds.total.note FAIL");
    }
  }

  @Test
  void dwK04_withinRounding_orMissing_indeterminate() {
    FundRow edge = FundRow.of(ofWan("100"), ofWan("70"), ofWan("70"));
    assertThat(outcomes("DW-K-04", withProject(projectWithTotal(edge))))
        .containsExactly("keyProjects[0].funds.total.note INDETERMINATE WITHIN_ROUNDING");
    assertThat(outcomes("DW-K-04", withProject(projectWithTotal(TOTAL.withInitialBudget(null)))))
        .containsExactly("keyProjects[0].funds.total.note INDETERMINATE MISSING_FIGURE");
  }

  //----- DW-K-05 -----
  @Test
  void dwK05_fittingCategories_pass() {
    assertThat(outcomes("DW-K-05", CLEAN)).allMatch(s -> s.endsWith(" PASS")).hasSize(4);
  }

  @Test
  void dwK05_seedMisplacements_fail() {
    List<PerformanceIndicator> rows = List.of(row(IndicatorLevel2.TIMELINESS, "党建培训学习党组织参与率", "95%", "95%"),
        row(IndicatorLevel2.TIMELINESS, "培训完成率", "100%", "100%"),
        row(IndicatorLevel2.COST, "支出的及时性(%)", "100%", "100%"),
        row(IndicatorLevel2.COST, "办公经费", "≥10万元", "10万元"));
    assertThat(outcomes("DW-K-05", withProject(CLEAN_PROJECT.withIndicators(rows)))).containsExactly(
        "keyProjects[0].indicators[0].level2 FAIL", "keyProjects[0].indicators[1].level2 PASS",
        "keyProjects[0].indicators[2].level2 FAIL", "keyProjects[0].indicators[3].level2 FAIL");
  }

  @Test
  void dwK05_unknownCategory_indeterminate_noCategory_notApplicable() {
    List<PerformanceIndicator> rows = List.of(
        new PerformanceIndicatorBuilder().name("某指标").level2Label("其他指标").build(),
        new PerformanceIndicatorBuilder().name("另一指标").build());
    assertThat(outcomes("DW-K-05", withProject(CLEAN_PROJECT.withIndicators(rows)))).containsExactly(
        "keyProjects[0].indicators[0].level2 INDETERMINATE UNPARSEABLE_VALUE",
        "keyProjects[0].indicators[1].level2 NOT_APPLICABLE MISSING_FIGURE");
  }

  /** The key-word search finds, of the words in their order, the first the text holds, as a plain search would. */
  @Test
  void property_containsAnyAgreesWithSearchingEveryWord() {
    long seed = Long.getLong("jixiao.seed", 20211231L);
    KeyProjectRules.CategoryFits.Words[] lists = {KeyProjectRules.CategoryFits.COST_WORDS,
        KeyProjectRules.CategoryFits.TIME_WORDS, KeyProjectRules.CategoryFits.OTHER_MEASURE_WORDS};
    StringBuilder chars = new StringBuilder("（）()万元a1 ");
    for (KeyProjectRules.CategoryFits.Words w : lists) {
      for (String word : w.words) {
        chars.append(word);
      }
    }
    int found = 0;
    for (int c = 0; c < 10_000; c++) {
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed + c);
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) {
        sb.append(chars.charAt(r.nextInt(chars.length())));
      }
      String text = sb.toString();
      for (KeyProjectRules.CategoryFits.Words w : lists) {
        String expected = null;
        for (String word : w.words) {
          if (text.contains(word)) {
            expected = word;
            break;
          }
        }
        assertThat(KeyProjectRules.CategoryFits.containsAny(text, KeyProjectRules.CategoryFits.Words.mask(text), w)).as("seed %d: %s", seed + c, text)
            .isEqualTo(expected);
        found += expected == null ? 0 : 1;
      }
    }
    assertThat(found).as("texts holding a word").isGreaterThan(300);
  }
}

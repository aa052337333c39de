package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DepartmentRulesTest {
  static final List<String> SPEC_CODES = List.of("DW-F-01", "DW-F-02", "DW-F-03", "DW-F-04", "DW-F-05", "DW-F-06",
      "DW-F-07", "DW-F-08", "DW-F-09", "DW-T-01", "DW-T-02", "DW-T-03", "DW-T-04", "DW-G-01", "DW-G-02", "DW-G-03",
      "DW-K-01", "DW-K-02", "DW-K-03", "DW-K-04", "DW-K-05", "DW-N-01", "DW-N-02", "FMT-01", "FMT-02");

  @Test
  void catalogue_hasExactlyTheSpecificationCodesInOrder() {
    assertThat(DepartmentRules.standardSet().codes()).containsExactlyElementsOf(SPEC_CODES);
  }

  @Test
  void catalogue_everyRuleHasTitlesInBothLanguagesAndABasis() {
    for (Rule<DepartmentSelfEvaluation> r : DepartmentRules.catalogue()) {
      RuleInfo info = r.info();
      assertThat(info.title(Locale.ENGLISH)).isNotEqualTo(info.titleKey());
      assertThat(info.title(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(info.titleKey())
          .isNotEqualTo(info.title(Locale.ENGLISH));
      assertThat(info.basis()).isNotBlank();
      assertThat(info.tags()).contains("department");
    }
  }

  @Test
  void catalogue_severitiesAndEvidenceAsSpecified() {
    RuleSet<DepartmentSelfEvaluation> set = DepartmentRules.standardSet();
    assertThat(set.severity("DW-F-01")).isEqualTo(Severity.ERROR);
    assertThat(set.severity("DW-F-03")).isEqualTo(Severity.WARNING);
    assertThat(set.severity("DW-F-07")).isEqualTo(Severity.INFO);
    assertThat(set.severity("DW-T-02")).isEqualTo(Severity.ERROR);
    assertThat(set.severity("DW-K-05")).isEqualTo(Severity.WARNING);
    assertThat(set.severity("FMT-02")).isEqualTo(Severity.INFO);
    assertThat(DepartmentRules.rule("DW-F-08").info().evidence()).isEqualTo(Evidence.PRACTICE);
    assertThat(DepartmentRules.rule("DW-K-04").info().evidence()).isEqualTo(Evidence.PRACTICE);
    assertThat(DepartmentRules.rule("DW-K-01").info().evidence()).isEqualTo(Evidence.RECALLED);
    assertThat(DepartmentRules.rule("DW-F-01").info().evidence()).isEqualTo(Evidence.INFERRED);
  }

  @Test
  void standardSet_cleanFormPassesEveryRule() {
    AuditResult result = DepartmentRules.standardSet().audit(TestForms.CLEAN);
    assertThat(result.findings()).filteredOn(f -> f.outcome() != Outcome.PASS).isEmpty();
    assertThat(result.findings()).extracting(Finding::code).containsAll(SPEC_CODES);
  }

  @Test
  void rule_unknownCode_throws() {
    assertThatThrownBy(() -> DepartmentRules.rule("DW-X-99")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DW-X-99");
  }
}

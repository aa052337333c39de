package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.testing.Anomaly;
import io.github.jixiao.testing.ForAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The anomaly generators of {@code jixiao-testing} against the rule catalogues: every anomaly is caught by its rule
 * (a FAIL with its code) in each of 10 000 generated forms, and, audited with the whole standard rule set, trips no
 * rule but its own and those it names in {@link Anomaly#alsoCaughtBy()} (1 000 forms each). Every rule of both
 * catalogues has an anomaly, with the rule's evidence tag.
 */
class AnomaliesCaughtByRulesTest {
  private static final int CASES = 10_000;
  private static final int CATALOGUE_CASES = 1_000;
  private static final long SEED = 0xA0_2026_0000L;

  @ParameterizedTest(name = "{0} is caught by its rule")
  @EnumSource(Anomaly.class)
  void everyGeneratedForm_isCaughtByTheAnomalysRule(Anomaly anomaly) {
    RuleSet<DepartmentSelfEvaluation> departmentRule = anomaly.formType() == DepartmentSelfEvaluation.class
        ? RuleSet.builder(DepartmentSelfEvaluation.class).add(DepartmentRules.rule(anomaly.ruleCode())).build()
        : null;
    RuleSet<ProjectSelfEvaluation> projectRule = departmentRule == null
        ? RuleSet.builder(ProjectSelfEvaluation.class).add(ProjectRules.rule(anomaly.ruleCode())).build() : null;
    ForAll.forAll(anomaly::generate)
        .named(anomaly + " is caught by " + anomaly.ruleCode())
        .cases(CASES)
        .seed(SEED + anomaly.ordinal() * 1_000_000L)
        .check(form -> {
          AuditResult result = form instanceof DepartmentSelfEvaluation d ? departmentRule.audit(d)
              : projectRule.audit((ProjectSelfEvaluation) form);
          assertThat(failingCodes(result)).as(anomaly + " must fail " + anomaly.ruleCode())
              .contains(anomaly.ruleCode());
        });
  }

  @ParameterizedTest(name = "{0} trips no other rule")
  @EnumSource(Anomaly.class)
  void everyGeneratedForm_tripsNoRuleButItsOwnAndTheOnesItNames(Anomaly anomaly) {
    Set<String> allowed = new TreeSet<>(anomaly.alsoCaughtBy());
    allowed.add(anomaly.ruleCode());
    ForAll.forAll(anomaly::generate)
        .named(anomaly + " trips only " + allowed)
        .cases(CATALOGUE_CASES)
        .seed(SEED + anomaly.ordinal() * 1_000_000L + 500_000L)
        .check(form -> {
          AuditResult result = form instanceof DepartmentSelfEvaluation d ? DepartmentRules.standardSet().audit(d)
              : ProjectRules.standardSet().audit((ProjectSelfEvaluation) form);
          Set<String> failing = failingCodes(result);
          assertThat(failing).as("failing rules").contains(anomaly.ruleCode());
          assertThat(allowed).as("rules that failed: %s", result.failures()).containsAll(failing);
        });
  }

  @Test
  void everyRuleOfBothCatalogues_hasAnAnomaly_ofItsFormAndWithItsEvidenceTag() {
    List<String> missing = new ArrayList<>();
    for (Rule<DepartmentSelfEvaluation> rule : DepartmentRules.catalogue()) {
      check(rule.info(), DepartmentSelfEvaluation.class, missing);
    }
    for (Rule<ProjectSelfEvaluation> rule : ProjectRules.catalogue()) {
      check(rule.info(), ProjectSelfEvaluation.class, missing);
    }
    assertThat(missing).as("rules without an anomaly").isEmpty();
    assertThat(Anomaly.values()).allSatisfy(a -> assertThat(a.formType() == DepartmentSelfEvaluation.class
        ? DepartmentRules.catalogue().stream().map(r -> r.info().code())
        : ProjectRules.catalogue().stream().map(r -> r.info().code())).as(a.toString()).contains(a.ruleCode()));
  }

  @Test
  void alsoCaughtBy_namesRulesOfTheSameCatalogue() {
    for (Anomaly a : Anomaly.values()) {
      for (String code : a.alsoCaughtBy()) {
        if (a.formType() == DepartmentSelfEvaluation.class) {
          assertThat(DepartmentRules.rule(code).info().code()).isEqualTo(code);
        } else {
          assertThat(ProjectRules.rule(code).info().code()).isEqualTo(code);
        }
      }
    }
  }

  private static void check(RuleInfo info, Class<?> formType, List<String> missing) {
    List<Anomaly> anomalies = Anomaly.caughtBy(info.code());
    if (anomalies.isEmpty()) {
      missing.add(info.code());
    }
    for (Anomaly a : anomalies) {
      assertThat(a.formType()).as(a.toString()).isEqualTo(formType);
      assertThat(a.evidence()).as("evidence tag of %s (%s)", a, info.code()).isEqualTo(info.evidence().tag());
    }
  }

  private static Set<String> failingCodes(AuditResult result) {
    Set<String> codes = new TreeSet<>();
    for (Finding f : result.failures()) {
      codes.add(f.code());
    }
    return codes;
  }
}

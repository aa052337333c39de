package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.testing.SampleForms;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  static final DepartmentSelfEvaluation SAMPLE = SampleForms.tianhe2021();

  @Test
  void select_keepsOnlyTheNamedCodesInCatalogueOrder() {
    RuleSet<DepartmentSelfEvaluation> set = DepartmentRules.standardSet().toBuilder()
        .select("DW-K-01", "DW-F-01").build();
    assertThat(set.codes()).containsExactly("DW-F-01", "DW-K-01");
    assertThat(set.audit(SAMPLE).findings()).extracting(Finding::code).containsExactly("DW-F-01", "DW-K-01");
  }

  @Test
  void exclude_andTags() {
    assertThat(DepartmentRules.standardSet().toBuilder().exclude("FMT-01", "FMT-02").build().codes())
        .doesNotContain("FMT-01", "FMT-02").hasSize(23);
    assertThat(DepartmentRules.standardSet().toBuilder().selectTags("key-project").build().codes())
        .containsExactly("DW-K-01", "DW-K-02", "DW-K-03", "DW-K-04", "DW-K-05");
    assertThat(DepartmentRules.standardSet().toBuilder().excludeTags("format", "narrative").build().codes())
        .hasSize(21);
  }

  @Test
  void severity_overrideAppliesToFindingsAndCounts() {
    RuleSet<DepartmentSelfEvaluation> set = DepartmentRules.standardSet().toBuilder()
        .severity("DW-F-03", Severity.ERROR).build();
    AuditResult r = set.audit(SAMPLE);
    assertThat(set.severity("DW-F-03")).isEqualTo(Severity.ERROR);
    assertThat(r.byCode("DW-F-03").get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(r.count(Severity.ERROR, Outcome.FAIL)).isEqualTo(1);
    assertThat(DepartmentRules.standardSet().severity("DW-F-03")).isEqualTo(Severity.WARNING);
  }

  @Test
  void build_rejectsDuplicateCodesAndOverridesOfUnknownRules() {
    assertThatThrownBy(() -> DepartmentRules.standardSet().toBuilder().add(DepartmentRules.rule("DW-F-01")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DW-F-01");
    assertThatThrownBy(() -> DepartmentRules.standardSet().toBuilder().exclude("DW-F-01")
        .severity("DW-F-01", Severity.INFO).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void userRule_asLambda_runsAfterTheCatalogue() {
    RuleSet<DepartmentSelfEvaluation> set = DepartmentRules.standardSet().toBuilder()
        .add(RuleInfo.of("MY-01", Severity.WARNING, "internal policy", Evidence.INFERRED, "custom"), (form, ctx) -> {
          FindingPath at = FindingPath.of("evaluationYear");
          if (form.evaluationYear() != null && form.evaluationYear().getValue() >= 2022) {
            ctx.pass(at);
          } else {
            ctx.fail(at).reported(form.evaluationYear()).message("my.old", form.evaluationYear());
          }
        }).build();
    Finding f = set.audit(SAMPLE).byCode("MY-01").get(0);
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.path()).isEqualTo(FindingPath.of("evaluationYear"));
    assertThat(f.message(Locale.ENGLISH)).contains("MY-01.title").contains("my.old").contains("2021");
  }

  @Test
  void userRule_withOwnBundle_rendersItsMessages() {
    Rule<DepartmentSelfEvaluation> rule = Rule.of(RuleInfo.of("MY-02", Severity.INFO, "b", Evidence.INFERRED)
        .withBundle("io.github.jixiao.rules.testmessages"), (form, ctx) -> ctx.fail(FindingPath.root())
        .message("MY-02.fail", form.departmentName()));
    AuditResult r = RuleSet.builder(DepartmentSelfEvaluation.class).add(rule).build().audit(SAMPLE);
    assertThat(r.failures().get(0).message(Locale.ENGLISH)).isEqualTo("My rule: bad name 广州市天河区工商业联合会");
    assertThat(r.failures().get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("我的规则：名称有误广州市天河区工商业联合会");
  }

  @Test
  void throwingRule_becomesIndeterminateWithCause_andTheAuditGoesOn() {
    RuleSet<DepartmentSelfEvaluation> set = RuleSet.builder(DepartmentSelfEvaluation.class)
        .add(RuleInfo.of("BAD-01", Severity.ERROR, "x", Evidence.INFERRED), (form, ctx) -> {
          ctx.pass(FindingPath.of("funds"));
          ctx.fail(FindingPath.of("title"));
          throw new IllegalStateException("boom");
        })
        .add(DepartmentRules.rule("DW-F-01")).build();
    AuditResult r = set.audit(SAMPLE);
    assertThat(r.findings()).extracting(Finding::toString).containsExactly(
        "BAD-01 ERROR INDETERMINATE (form) (RULE_ERROR)", "DW-F-01 ERROR PASS funds.budgetCompletionRate");
    Finding bad = r.findings().get(0);
    assertThat(bad.cause()).hasMessage("boom");
    assertThat(bad.message(Locale.ENGLISH)).contains("boom");
    assertThat(r.hasFailures(Severity.ERROR)).isFalse();
    assertThat(r.count(Severity.ERROR, Outcome.INDETERMINATE)).isEqualTo(1);
    assertThat(r.count(Severity.ERROR, Outcome.FAIL)).isZero();
    assertThat(r.count(Severity.ERROR, Outcome.PASS)).isEqualTo(1); // DW-F-01's; BAD-01's pass was dropped
  }

  @Test
  void addRulePacks_findsThePackDeclaredInServices() {
    RuleSet<DepartmentSelfEvaluation> set = DepartmentRules.standardSet().toBuilder().addRulePacks().build();
    assertThat(set.codes()).endsWith("PACK-01");
    assertThat(set.audit(SAMPLE).byCode("PACK-01")).extracting(Finding::outcome).containsExactly(Outcome.PASS);
    assertThat(RuleSet.builder(ProjectSelfEvaluation.class).addRulePacks().build().codes()).isEmpty();
  }

  @Test
  void nested_runsProjectRulesOnEachKeyProject_withPrefixedPaths() {
    RuleSet<ProjectSelfEvaluation> projectRules = RuleSet.builder(ProjectSelfEvaluation.class)
        .add(RuleInfo.of("PRJ-X-01", Severity.WARNING, "executed within budget", Evidence.INFERRED), (p, ctx) -> {
          FundRow t = p.funds().total();
          FindingPath at = FindingPath.of("funds.total.executed");
          if (t.executed() == null || t.annualBudget() == null) {
            ctx.indeterminate(at, Reason.MISSING_FIGURE);
          } else if (Tolerance.maybeAtMost(t.executed(), t.annualBudget())) {
            ctx.pass(at);
          } else {
            ctx.fail(at);
          }
        }).build();
    RuleSet<DepartmentSelfEvaluation> set = RuleSet.builder(DepartmentSelfEvaluation.class)
        .add(DepartmentRules.rule("DW-F-01"))
        .nested("keyProjects", DepartmentSelfEvaluation::keyProjects, projectRules).build();
    DepartmentSelfEvaluation two = SAMPLE.withKeyProjects(List.of(SAMPLE.keyProjects().get(0),
        SAMPLE.keyProjects().get(0).withFunds(io.github.jixiao.core.ProjectFunds.ofTotal(FundRow.of(null, null,
            null)))));
    AuditResult r = set.audit(two);
    assertThat(set.codes()).containsExactly("DW-F-01", "PRJ-X-01");
    assertThat(r.findings()).extracting(Finding::toString).containsExactly(
        "DW-F-01 ERROR PASS funds.budgetCompletionRate",
        "PRJ-X-01 WARNING PASS keyProjects[0].funds.total.executed",
        "PRJ-X-01 WARNING INDETERMINATE keyProjects[1].funds.total.executed (MISSING_FIGURE)");
    assertThat(r.under(FindingPath.of("keyProjects[1]"))).hasSize(1);
  }

  @Test
  void audit_concurrentAuditsGiveTheSameResult() throws Exception {
    RuleSet<DepartmentSelfEvaluation> set = DepartmentRules.standardSet();
    List<String> expected = set.audit(SAMPLE).findings().stream().map(Finding::toString).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> set.audit(SampleForms.tianhe2021()).findings().stream()
            .map(Finding::toString).toList()));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void audit_withAnotherProfile() {
    AuditProfile lax = AuditProfile.national().toBuilder().name("lax")
        .keyProjectAdjustmentThreshold(new java.math.BigDecimal("50")).build();
    assertThat(DepartmentRules.standardSet().audit(SAMPLE, lax).byCode("DW-K-04")).extracting(Finding::outcome)
        .containsExactly(Outcome.PASS);
    assertThat(DepartmentRules.standardSet().toBuilder().profile(lax).build().profile()).isEqualTo(lax);
  }
}

package io.github.jixiao.rules;

import static io.github.jixiao.core.Amount.ofWan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.testing.SampleForms;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AuditedValidatorTest {
  /** As a Spring Boot application configures it: default provider, customised configuration. */
  static final ValidatorFactory FACTORY = AuditedConstraints.addTo(Validation.byDefaultProvider().configure())
      .buildValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString() + " " + v.getMessageTemplate().split(" ")[0])
        .sorted().toList();
  }

  @Test
  void validate_sample_oneViolationPerWarningOrErrorFailure_atTheField() {
    Set<ConstraintViolation<DepartmentSelfEvaluation>> v = VALIDATOR.validate(SampleForms.tianhe2021());
    assertThat(paths(v)).containsExactly(
        "annualGoals.expectedGoals[5] DW-G-01",
        "funds DW-F-09",
        "funds.adjustedBudgetRevenue DW-F-03",
        "keyProjects[0].funds.total.note PRJ-D-04",
        "keyProjects[0].indicators[6].level2 DW-K-05",
        "keyProjects[0].indicators[8].level2 DW-K-05",
        "mainTasks[3].expectedGoal DW-G-02");
    ConstraintViolation<DepartmentSelfEvaluation> f03 = v.stream()
        .filter(c -> c.getMessageTemplate().startsWith("DW-F-03")).findFirst().orElseThrow();
    assertThat(f03.getMessageTemplate()).isEqualTo("DW-F-03 {io.github.jixiao.rules.DW-F-03.title}");
    assertThat(f03.getMessage()).startsWith("DW-F-03 ").doesNotContain("{");
    assertThat(f03.getLeafBean()).isInstanceOf(DepartmentSelfEvaluation.class);
    Finding finding = ((HibernateConstraintViolation<?>) f03.unwrap(HibernateConstraintViolation.class))
        .getDynamicPayload(Finding.class);
    assertThat(finding).isNotNull();
    assertThat(finding.code()).isEqualTo("DW-F-03");
    assertThat(finding.path()).hasToString("funds.adjustedBudgetRevenue");
    assertThat(finding.message(Locale.SIMPLIFIED_CHINESE)).contains("422.69万元");
  }

  @Test
  void validate_projectForm_runsTheProjectCatalogue_atTheField() {
    Set<ConstraintViolation<ProjectSelfEvaluation>> v = VALIDATOR.validate(SampleForms.tianhe2021KeyProject());
    assertThat(paths(v)).containsExactly("funds.total.note PRJ-D-04");
    ConstraintViolation<ProjectSelfEvaluation> d04 = v.iterator().next();
    assertThat(d04.getMessageTemplate()).isEqualTo("PRJ-D-04 {io.github.jixiao.rules.PRJ-D-04.title}");
    assertThat(d04.getMessage()).isEqualTo("PRJ-D-04 An in-year budget adjustment is explained");
    Finding finding = ((HibernateConstraintViolation<?>) d04.unwrap(HibernateConstraintViolation.class))
        .getDynamicPayload(Finding.class);
    assertThat(finding.code()).isEqualTo("PRJ-D-04");
    assertThat(finding.path()).hasToString("funds.total.note");
  }

  @Test
  void validate_projectForm_withoutAnyFailure_noViolation() {
    ProjectSelfEvaluation project = SampleForms.tianhe2021KeyProject();
    ProjectSelfEvaluation explained = project.withFunds(project.funds().withTotal(project.funds().total()
        .withNote("年中压减会议经费")));
    assertThat(ProjectRules.standardSet().audit(explained).findings(Outcome.FAIL)).isEmpty();
    assertThat(VALIDATOR.validate(explained)).isEmpty();
  }

  /** {@link TestForms#CLEAN} with its key project's in-year cut (50 → 45) explained, which PRJ-D-04 asks for. */
  static final DepartmentSelfEvaluation CLEAN_EXPLAINED = TestForms.withProject(TestForms.CLEAN_PROJECT.withFunds(
      ProjectFunds.ofTotal(TestForms.CLEAN_PROJECT.funds().total().withNote("压减培训场地费用"))));

  @Test
  void validate_departmentForm_keyProjectsAuditedByCascadeWithTheProjectCatalogue() {
    assertThat(DepartmentRules.standardSet().audit(TestForms.CLEAN).findings(Outcome.FAIL)).isEmpty();
    assertThat(paths(VALIDATOR.validate(TestForms.CLEAN))).containsExactly("keyProjects[0].funds.total.note PRJ-D-04");
  }

  @Test
  void validate_structuralAndRuleViolationsTogether() {
    DepartmentSelfEvaluation form = CLEAN_EXPLAINED.withFunds(TestForms.CLEAN.funds()
        .withOtherPortion(ofWan("-5.00")));
    Set<ConstraintViolation<DepartmentSelfEvaluation>> v = VALIDATOR.validate(form);
    assertThat(v).extracting(c -> c.getPropertyPath().toString()).containsOnly("funds.otherPortion");
    assertThat(v).extracting(c -> c.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .containsExactlyInAnyOrder("NonNegative", "Audited");
    assertThat(v).filteredOn(c -> c.getMessageTemplate().startsWith("DW-F-06")).hasSize(1);
  }

  @Test
  void validate_cleanForm_noViolation() {
    assertThat(VALIDATOR.validate(CLEAN_EXPLAINED)).isEmpty();
  }

  @Test
  void messages_interpolatedInTheProvidersLocale() {
    try (ValidatorFactory zh = AuditedConstraints.addTo(Validation.byProvider(HibernateValidator.class).configure()
        .locales(Locale.SIMPLIFIED_CHINESE).defaultLocale(Locale.SIMPLIFIED_CHINESE)).buildValidatorFactory()) {
      Set<ConstraintViolation<DepartmentSelfEvaluation>> v = zh.getValidator().validate(SampleForms.tianhe2021());
      assertThat(v).extracting(ConstraintViolation::getMessage)
          .contains("DW-F-03 部门调整预算收入与年度预算调整数一致");
    }
  }

  /** A user type with field-level use. */
  record Submission(String sender, @Valid @Audited(severities = {Severity.ERROR, Severity.WARNING, Severity.INFO})
      DepartmentSelfEvaluation form) {}

  @Test
  void fieldLevel_pathsBelowTheField_chosenSeverities() {
    Validator plain = Validation.buildDefaultValidatorFactory().getValidator();
    Set<ConstraintViolation<Submission>> v = plain.validate(new Submission("x", SampleForms.tianhe2021()));
    assertThat(v).hasSize(33);
    assertThat(v).extracting(c -> c.getPropertyPath().toString()).contains("form.funds.adjustedBudgetRevenue",
        "form.mainTasks[3].amount", "form.keyProjects[0].funds.total.note", "form.irregularities[5]");
  }

  /** A user type with a project form, no mapping: the field-level constraint alone. */
  record ProjectSubmission(@Valid @Audited ProjectSelfEvaluation form) {}

  @Test
  void fieldLevel_projectForm_theProjectCatalogue() {
    Validator plain = Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(paths(plain.validate(new ProjectSubmission(SampleForms.tianhe2021KeyProject()))))
        .containsExactly("form.funds.total.note PRJ-D-04");
  }

  @Test
  void fieldLevel_departmentForm_noMapping_theDepartmentCatalogueOnly() {
    record DepartmentSubmission(@Valid @Audited DepartmentSelfEvaluation form) {}
    Validator plain = Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(plain.validate(new DepartmentSubmission(TestForms.CLEAN))).isEmpty();
  }

  @Test
  void outcomes_indeterminateCanBeRejectedToo() {
    record Strict(@Audited(outcomes = {Outcome.FAIL, Outcome.INDETERMINATE}) DepartmentSelfEvaluation form) {}
    Validator plain = Validation.buildDefaultValidatorFactory().getValidator();
    DepartmentSelfEvaluation missing = TestForms.CLEAN.withFunds(TestForms.CLEAN.funds().withAnnualAdjustedBudget(
        null));
    assertThat(plain.validate(new Strict(missing))).extracting(c -> c.getPropertyPath().toString())
        .contains("form.funds.budgetCompletionRate", "form.funds.actualExpenditure");
  }

  @Test
  void messages_englishOnAChineseJvm() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      try (ValidatorFactory en = AuditedConstraints.addTo(Validation.byProvider(HibernateValidator.class).configure()
          .locales(Locale.ENGLISH).defaultLocale(Locale.ENGLISH)).buildValidatorFactory()) {
        assertThat(en.getValidator().validate(SampleForms.tianhe2021())).extracting(ConstraintViolation::getMessage)
            .contains("DW-F-03 The two adjusted-budget lines (部门调整预算收入, 年度预算调整数) agree");
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  static java.util.Properties load(String resource) throws java.io.IOException {
    java.util.Properties p = new java.util.Properties();
    try (java.io.Reader r = new java.io.InputStreamReader(AuditedValidatorTest.class.getResourceAsStream(resource),
        java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void contributorTitles_matchTheRuleBundles() throws java.io.IOException {
    for (String[] pair : new String[][] {{"", ""}, {"_en", ""}, {"_zh", "_zh"}}) {
      java.util.Properties contributor = null;
      for (java.net.URL url : java.util.Collections.list(AuditedValidatorTest.class.getClassLoader()
          .getResources("ContributorValidationMessages" + pair[0] + ".properties"))) {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader r = new java.io.InputStreamReader(url.openStream(),
            java.nio.charset.StandardCharsets.UTF_8)) {
          p.load(r);
        }
        if (p.containsKey("io.github.jixiao.rules.Audited.message")) {
          contributor = p;
        }
      }
      assertThat(contributor).as("rules' ContributorValidationMessages%s", pair[0]).isNotNull();
      java.util.Properties messages = load("/io/github/jixiao/rules/messages" + pair[1] + ".properties");
      List<String> codes = new java.util.ArrayList<>(DepartmentRulesTest.SPEC_CODES);
      codes.addAll(ProjectRules.standardSet().codes());
      assertThat(codes).hasSize(25 + 21);
      for (String code : codes) {
        assertThat(contributor.getProperty("io.github.jixiao.rules." + code + ".title")).as(code + pair[0])
            .isEqualTo(messages.getProperty(code + ".title"));
      }
    }
  }

  @Test
  void template_escapesUserRuleTitles() {
    assertThat(AuditedValidator.escape("A {b} $c \\d")).isEqualTo("A \\{b\\} \\$c \\\\d");
    assertThat(AuditedValidator.HibernateSupport.available()).isTrue();
  }
}

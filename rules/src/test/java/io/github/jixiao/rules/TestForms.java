package io.github.jixiao.rules;

import static io.github.jixiao.core.Amount.ofWan;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.AnnualGoals;
import io.github.jixiao.core.DepartmentFunds;
import io.github.jixiao.core.DepartmentFundsBuilder;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.DepartmentSelfEvaluationBuilder;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluationBuilder;
import java.time.Year;
import java.util.List;

/** Small department forms for the rule tests: one clean form that every rule passes, and helpers to break it. */
final class TestForms {
  private TestForms() {}

  static final DepartmentFunds CLEAN_FUNDS = new DepartmentFundsBuilder()
      .initialBudgetRevenue(ofWan("500.00"))
      .adjustedBudgetRevenue(ofWan("450.00"))
      .annualAdjustedBudget(ofWan("450.00"))
      .actualExpenditure(ofWan("430.00"))
      .generalPublicBudgetPortion(ofWan("400.00"))
      .budgetCompletionRate(Percentage.parse("95.56%"))
      .budgetAdjustmentRate(Percentage.parse("10.00%"))
      .build();

  static KeyIndicator indicator(String name, String target, String completion) {
    return new KeyIndicator(name, IndicatorValue.parse(target), IndicatorValue.parse(completion));
  }

  static PerformanceIndicator row(IndicatorLevel2 level2, String name, String target, String actual) {
    return new PerformanceIndicatorBuilder().level1(level2.usualParent()).level2(level2).name(name)
        .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).build();
  }

  static final ProjectSelfEvaluation CLEAN_PROJECT = new ProjectSelfEvaluationBuilder()
      .projectName("2021年商会培训项目")
      .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
      .layout(FormLayout.PROJECT_PROSE)
      .funds(ProjectFunds.ofTotal(new FundRow(ofWan("50.00"), ofWan("45.00"), ofWan("45.00"), null,
          Percentage.parse("100%"), null, null)))
      .addIndicators(row(IndicatorLevel2.QUANTITY, "培训次数(次)", "2次", "2次"))
      .addIndicators(row(IndicatorLevel2.TIMELINESS, "培训按时完成率(%)", "100%", "100%"))
      .addIndicators(row(IndicatorLevel2.COST, "培训成本(万元)", "≤45万元", "45万元"))
      .addIndicators(new PerformanceIndicatorBuilder().level1(IndicatorLevel1.SATISFACTION)
          .level2(IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION).name("服务对象满意度(%)")
          .target(IndicatorValue.parse("≥95%")).actual(IndicatorValue.parse("96%")).build())
      .achievements("培训工作按计划完成，商会服务能力进一步提升。")
      .build();

  /** A form every rule of the catalogue passes. */
  static final DepartmentSelfEvaluation CLEAN = new DepartmentSelfEvaluationBuilder()
      .title("部门整体支出绩效自评表")
      .departmentName("某区工商业联合会")
      .consolidated(false)
      .evaluationYear(Year.of(2021))
      .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
      .layout(FormLayout.DEPARTMENT_GUANGZHOU)
      .funds(CLEAN_FUNDS)
      .annualGoals(new AnnualGoals(List.of(Goal.of(1, "加强党建引领"), Goal.of(2, "突出重点，优化营商环境"),
          Goal.of(3, "推进商会改革")), "全年目标全部完成。"))
      .addMainTasks(new MainTask(1, "加强党建引领", "完成党建工作", List.of(indicator("党课次数", "≥10次", "12次")),
          ofWan("10.00")))
      .addMainTasks(new MainTask(2, "优化营商环境", "走访企业", List.of(indicator("走访企业", "≥20家", "20家"),
          indicator("座谈会", "≥2场", "2场")), ofWan("20.00")))
      .addMainTasks(new MainTask(3, "推进商会改革", "完成商会换届", List.of(indicator("商会换届", "完成换届", "顺利完成换届")),
          ofWan("30.00")))
      .addKeyProjects(CLEAN_PROJECT)
      .overallPerformanceNarrative("部门整体运行平稳，各项工作有序推进。")
      .addProblems("（一）学习形式单一。", "（二）商会内生动力不足。")
      .addImprovementMeasures("（一）创新学习形式。", "（二）推进商会改革发展。")
      .build();

  static DepartmentSelfEvaluation withFunds(DepartmentFundsBuilder funds) {
    return CLEAN.withFunds(funds.build());
  }

  static DepartmentFundsBuilder funds() {
    return new DepartmentFundsBuilder().from(CLEAN_FUNDS);
  }

  static DepartmentSelfEvaluation withProject(ProjectSelfEvaluation project) {
    return CLEAN.withKeyProjects(List.of(project));
  }

  static ProjectSelfEvaluation projectWithTotal(FundRow total) {
    return CLEAN_PROJECT.withFunds(ProjectFunds.ofTotal(total));
  }

  /** Audits with one catalogue rule only. */
  static AuditResult audit(String code, DepartmentSelfEvaluation form) {
    return RuleSet.builder(DepartmentSelfEvaluation.class).add(DepartmentRules.rule(code)).build().audit(form);
  }
}

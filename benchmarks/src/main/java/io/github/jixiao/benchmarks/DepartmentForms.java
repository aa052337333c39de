package io.github.jixiao.benchmarks;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.AnnualGoals;
import io.github.jixiao.core.DepartmentFundsBuilder;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.DepartmentSelfEvaluationBuilder;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Goal;
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
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Distinct department forms for the batch benchmark, generated from a seed: each form has its own amounts, 4–9 goals,
 * 2–6 tasks with 0–6 key indicators, and a key project with 6–15 indicators (counts, percentages with ≥ or ≤, or
 * qualitative). Defects are injected at a few percent for every one of the 12 checks.
 */
public final class DepartmentForms {
  private static final String[] PHRASES = {"思想引领，推进“两个健康”发展", "推进换届，畅通政治参与渠道", "突出重点，企业服务提质升级",
      "围绕重点，商会管理出新出彩", "强化担当，致力倡导公益慈善", "积极做好统筹兼顾，配合落实各项工作", "加强基层党建，提升组织力",
      "优化营商环境，服务民营企业", "推进商会改革，增强造血功能", "开展调查研究，建言资政", "加强宣传教育，凝聚思想共识",
      "做好法律服务，维护合法权益", "推动乡村振兴，开展帮扶", "加强队伍建设，提升履职能力", "完善内部管理，规范资金使用"};
  private static final String[] QUALITATIVE = {"如期举办", "通过验收", "顺利完成换届", "加强", "效果明显"};
  private static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);

  private DepartmentForms() {}

  /**
   * Generates {@code count} forms from a seed.
   *
   * @param seed the seed
   * @param count the number of forms
   * @return the forms, never null
   */
  public static List<DepartmentSelfEvaluation> generate(long seed, int count) {
    SplittableRandom r = new SplittableRandom(seed);
    List<DepartmentSelfEvaluation> forms = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      forms.add(form(r.split(), i));
    }
    return forms;
  }

  /**
   * A form that every rule of the catalogue passes (the clean path: nothing but passes recorded).
   *
   * @return the form, never null
   */
  public static DepartmentSelfEvaluation clean() {
    ProjectSelfEvaluation project = new ProjectSelfEvaluationBuilder()
        .projectName("2021年商会培训项目")
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.PROJECT_PROSE)
        .funds(ProjectFunds.ofTotal(new FundRow(Amount.ofWan("50.00"), Amount.ofWan("45.00"), Amount.ofWan("45.00"),
            null, Percentage.parse("100%"), null, null)))
        .addIndicators(row(IndicatorLevel2.QUANTITY, "培训次数(次)", "2次", "2次"))
        .addIndicators(row(IndicatorLevel2.TIMELINESS, "培训按时完成率(%)", "100%", "100%"))
        .addIndicators(row(IndicatorLevel2.COST, "培训成本(万元)", "≤45万元", "45万元"))
        .addIndicators(row(IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, "服务对象满意度(%)", "≥95%", "96%"))
        .addIndicators(row(IndicatorLevel2.QUALITY, "如期举行换届大会", "如期举办", "如期举办"))
        .achievements("培训工作按计划完成，商会服务能力进一步提升。")
        .build();
    return new DepartmentSelfEvaluationBuilder()
        .title("部门整体支出绩效自评表")
        .departmentName("某区工商业联合会")
        .consolidated(false)
        .evaluationYear(Year.of(2021))
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.DEPARTMENT_GUANGZHOU)
        .funds(new DepartmentFundsBuilder()
            .initialBudgetRevenue(Amount.ofWan("500.00"))
            .adjustedBudgetRevenue(Amount.ofWan("450.00"))
            .annualAdjustedBudget(Amount.ofWan("450.00"))
            .actualExpenditure(Amount.ofWan("430.00"))
            .generalPublicBudgetPortion(Amount.ofWan("400.00"))
            .budgetCompletionRate(Percentage.parse("95.56%"))
            .budgetAdjustmentRate(Percentage.parse("10.00%"))
            .build())
        .annualGoals(new AnnualGoals(List.of(Goal.of(1, "加强党建引领"), Goal.of(2, "突出重点，优化营商环境"),
            Goal.of(3, "推进商会改革")), "全年目标全部完成。"))
        .addMainTasks(new MainTask(1, "加强党建引领", "完成党建工作", List.of(keyIndicator("党课次数", "≥10次", "12次")),
            Amount.ofWan("10.00")))
        .addMainTasks(new MainTask(2, "优化营商环境", "走访企业", List.of(keyIndicator("走访企业", "≥20家", "20家"),
            keyIndicator("座谈会", "≥2场", "2场")), Amount.ofWan("20.00")))
        .addMainTasks(new MainTask(3, "推进商会改革", "完成商会换届", List.of(keyIndicator("商会换届", "完成换届", "顺利完成换届")),
            Amount.ofWan("30.00")))
        .addKeyProjects(project)
        .overallPerformanceNarrative("部门整体运行平稳，各项工作有序推进。")
        .addProblems("（一）学习形式单一。", "（二）商会内生动力不足。")
        .addImprovementMeasures("（一）创新学习形式。", "（二）推进商会改革发展。")
        .build();
  }

  static KeyIndicator keyIndicator(String name, String target, String completion) {
    return new KeyIndicator(name, IndicatorValue.parse(target), IndicatorValue.parse(completion));
  }

  static PerformanceIndicator row(IndicatorLevel2 level2, String name, String target, String actual) {
    return new PerformanceIndicatorBuilder().level1(level2.usualParent()).level2(level2).name(name)
        .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).build();
  }

  static Amount wan(BigDecimal v) {
    return Amount.of(v.setScale(2, RoundingMode.HALF_UP), AmountUnit.TEN_THOUSAND_YUAN);
  }

  static BigDecimal scaled(SplittableRandom r, BigDecimal base, double lo, double hi) {
    return base.multiply(BigDecimal.valueOf(lo + (hi - lo) * r.nextDouble())).setScale(2, RoundingMode.HALF_UP);
  }

  static boolean defect(SplittableRandom r, int percent) {
    return r.nextInt(100) < percent;
  }

  static Percentage rate(BigDecimal num, BigDecimal den, int decimals, SplittableRandom r, boolean relative) {
    BigDecimal exact = relative ? num.subtract(den).abs().multiply(BigDecimal.valueOf(100)).divide(den, MC)
        : num.multiply(BigDecimal.valueOf(100)).divide(den, MC);
    BigDecimal printed = exact.setScale(decimals, RoundingMode.HALF_UP);
    if (defect(r, 5)) {
      printed = printed.add(BigDecimal.valueOf(5 + r.nextInt(95), 2).max(BigDecimal.ONE.movePointLeft(decimals)))
          .setScale(decimals, RoundingMode.HALF_UP);
    }
    return Percentage.of(printed);
  }

  static DepartmentSelfEvaluation form(SplittableRandom r, int n) {
    BigDecimal initial = BigDecimal.valueOf(10_000 + r.nextInt(490_000), 2);
    BigDecimal annual = scaled(r, initial, 0.6, 1.2);
    BigDecimal actual = defect(r, 3) ? scaled(r, annual, 1.01, 1.1) : scaled(r, annual, 0.7, 1.0);
    BigDecimal general = defect(r, 3) ? actual.add(annual).add(BigDecimal.ONE) : actual;
    DepartmentFundsBuilder funds = new DepartmentFundsBuilder()
        .initialBudgetRevenue(wan(initial))
        .adjustedBudgetRevenue(wan(defect(r, 20) ? actual : annual))
        .annualAdjustedBudget(wan(annual))
        .actualExpenditure(defect(r, 2) ? Amount.of(actual.negate(), AmountUnit.TEN_THOUSAND_YUAN) : wan(actual))
        .generalPublicBudgetPortion(wan(general))
        .budgetCompletionRate(rate(actual, annual, 2, r, false))
        .budgetAdjustmentRate(rate(annual, initial, 2, r, true));

    List<Goal> goals = new ArrayList<>();
    int goalCount = 4 + r.nextInt(6);
    for (int i = 0; i < goalCount; i++) {
      String text = PHRASES[r.nextInt(PHRASES.length)];
      if (i > 0 && defect(r, 10)) {
        text = goals.get(i - 1).text() + "。";
      }
      goals.add(Goal.of(i + 1, text));
    }

    List<MainTask> tasks = new ArrayList<>();
    int taskCount = 2 + r.nextInt(5);
    BigDecimal taskBudget = actual.multiply(BigDecimal.valueOf(0.05 + 0.1 * r.nextDouble()));
    for (int t = 0; t < taskCount; t++) {
      List<KeyIndicator> indicators = new ArrayList<>();
      int ic = defect(r, 8) ? 0 : 1 + r.nextInt(6);
      for (int k = 0; k < ic; k++) {
        String completion = defect(r, 2) ? " " : (1 + r.nextInt(900)) + (r.nextBoolean() ? "次" : "家");
        indicators.add(new KeyIndicator("关键指标" + (k + 1), null, IndicatorValue.parse(completion)));
      }
      BigDecimal amount = defect(r, 3) ? actual : taskBudget.multiply(BigDecimal.valueOf(r.nextDouble()))
          .setScale(2, RoundingMode.HALF_UP);
      Amount printedAmount = defect(r, 3) ? Amount.of(amount.setScale(3, RoundingMode.HALF_UP),
          AmountUnit.TEN_THOUSAND_YUAN) : wan(amount);
      String expectedGoal = defect(r, 15) ? PHRASES[r.nextInt(PHRASES.length)] : goals.get(r.nextInt(goalCount))
          .text();
      tasks.add(new MainTask(t + 1, expectedGoal, "完成情况" + t, indicators, printedAmount));
    }

    BigDecimal pInitial = scaled(r, initial, 0.05, 0.2);
    BigDecimal pAnnual = scaled(r, pInitial, 0.6, 1.1);
    BigDecimal pExecuted = scaled(r, pAnnual, 0.8, 1.0);
    FundRow total = new FundRow(wan(pInitial), wan(pAnnual), wan(pExecuted), null,
        rate(pExecuted, pAnnual, r.nextInt(3), r, false), null, null);
    List<PerformanceIndicator> rows = new ArrayList<>();
    int rowCount = 6 + r.nextInt(10);
    for (int k = 0; k < rowCount; k++) {
      rows.add(indicatorRow(r, k));
    }
    ProjectSelfEvaluation project = new ProjectSelfEvaluationBuilder()
        .projectName("重点项目" + n)
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.PROJECT_PROSE)
        .funds(ProjectFunds.ofTotal(total))
        .indicators(rows)
        .achievements("项目按计划完成，成效明显。")
        .build();

    return new DepartmentSelfEvaluationBuilder()
        .title("部门整体支出绩效自评表")
        .departmentName("某单位" + n)
        .consolidated(false)
        .evaluationYear(Year.of(2021))
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.DEPARTMENT_GUANGZHOU)
        .funds(funds.build())
        .annualGoals(new AnnualGoals(goals, "全年目标基本完成。"))
        .mainTasks(tasks)
        .addKeyProjects(project)
        .overallPerformanceNarrative("部门整体运行平稳，各项工作有序推进。")
        .addProblems("（一）问题一。", "（二）问题二。")
        .addImprovementMeasures("（一）措施一。", "（二）措施二。")
        .build();
  }

  static PerformanceIndicator indicatorRow(SplittableRandom r, int k) {
    int kind = r.nextInt(3);
    String target;
    String actual;
    IndicatorLevel2 level2;
    if (kind == 0) {
      int t = 1 + r.nextInt(50);
      int a = defect(r, 10) ? Math.max(0, t - 1 - r.nextInt(t)) : t + r.nextInt(3);
      target = t + "个";
      actual = a + "个";
      level2 = IndicatorLevel2.QUANTITY;
    } else if (kind == 1) {
      boolean upper = r.nextInt(4) == 0;
      int t = upper ? 5 + r.nextInt(10) : 80 + r.nextInt(20);
      int a = upper ? (defect(r, 10) ? t + 1 + r.nextInt(5) : t - r.nextInt(5))
          : (defect(r, 10) ? t - 1 - r.nextInt(10) : Math.min(100, t + r.nextInt(5)));
      target = (upper ? "≤" : "≥") + t + "%";
      actual = a + "%";
      level2 = upper ? IndicatorLevel2.COST : IndicatorLevel2.QUALITY;
    } else {
      target = QUALITATIVE[r.nextInt(QUALITATIVE.length)];
      actual = defect(r, 12) ? "完成举办" : "已" + target;
      level2 = IndicatorLevel2.SOCIAL_BENEFIT;
    }
    if (defect(r, 3)) {
      target = " ";
    }
    if (defect(r, 2)) {
      actual = "";
    }
    return new PerformanceIndicatorBuilder().level1(level2.usualParent()).level2(level2).name("指标" + (k + 1))
        .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).build();
  }
}

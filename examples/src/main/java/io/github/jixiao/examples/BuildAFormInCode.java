package io.github.jixiao.examples;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.AnnualGoals;
import io.github.jixiao.core.DepartmentFundsBuilder;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.DepartmentSelfEvaluationBuilder;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTaskBuilder;
import io.github.jixiao.core.Percentage;
import java.time.Year;
import java.util.List;

/**
 * The README's quick start: a department form built in code, then read back. The same code is shown in README.md.
 */
public final class BuildAFormInCode {
  private BuildAFormInCode() {}

  /**
   * Builds a small department form.
   *
   * @return the form, never null
   */
  public static DepartmentSelfEvaluation build() {
    return new DepartmentSelfEvaluationBuilder()
        .departmentName("示例区工商业联合会")
        .consolidated(false)
        .evaluationYear(Year.of(2024))
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.DEPARTMENT_GUANGZHOU)
        .funds(new DepartmentFundsBuilder()
            .initialBudgetRevenue(Amount.ofWan("500.00"))
            .annualAdjustedBudget(Amount.ofWan("480.00"))
            .actualExpenditure(Amount.ofWan("470.40"))
            .budgetCompletionRate(Percentage.parse("98.00%"))
            .budgetAdjustmentRate(Percentage.parse("4.00%"))
            .build())
        .annualGoals(new AnnualGoals(List.of(Goal.of(1, "服务企业发展")), "全年目标均已完成。"))
        .addMainTasks(new MainTaskBuilder()
            .index(1)
            .expectedGoal("服务企业发展")
            .addKeyIndicators(KeyIndicator.of("走访企业", "超30家"))
            .amount(Amount.ofWan("12.5"))
            .build())
        .build();
  }

  /**
   * Builds the form and prints what was read from its values.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    DepartmentSelfEvaluation form = build();
    var indicator = form.mainTasks().get(0).keyIndicators().get(0).completion();
    System.out.println(form.departmentName() + " " + form.evaluationYear());
    // "超30家" is read as: more than 30, unit 家, the raw text kept
    System.out.println(indicator.raw() + " -> " + indicator.qualifier() + " " + indicator.number() + " "
        + indicator.unit());
    // 12.5 keeps its printed scale: equal to 12.50 numerically, not as printed
    Amount amount = form.mainTasks().get(0).amount();
    System.out.println(amount + " isEqual 12.50: " + amount.isEqual(Amount.ofWan("12.50"))
        + ", equals: " + amount.equals(Amount.ofWan("12.50")));
  }
}

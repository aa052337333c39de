package io.github.jixiao.examples;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentFunds;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.SourceIrregularity;
import io.github.jixiao.testing.SampleForms;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints a summary of the bundled sample form (the Tianhe 2021 部门整体支出绩效自评表): header, fund lines, goals,
 * tasks, key project and the irregularities of the published text.
 *
 * <p>Run it with {@code java -jar examples/target/jixiao-examples.jar} after
 * {@code mvn -q -pl examples -am package -DskipTests}.
 */
public final class SampleSummary {
  private SampleSummary() {}

  /**
   * Prints the summary of the sample form to standard output, in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(SampleForms.tianhe2021(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the summary of a department form.
   *
   * @param form the form, not null
   * @param out where to print, not null
   */
  public static void print(DepartmentSelfEvaluation form, PrintStream out) {
    out.println(form.title() + " | " + form.departmentName() + (form.consolidated() ? "（汇总）" : "")
        + " | 被评价年度 " + orBlank(form.evaluationYear()) + " | 单位：" + form.amountUnit().label());
    DepartmentFunds funds = form.funds();
    out.println("部门资金情况 (funds)");
    line(out, "部门年初预算收入", "initialBudgetRevenue", funds.initialBudgetRevenue());
    line(out, "部门调整预算收入", "adjustedBudgetRevenue", funds.adjustedBudgetRevenue());
    line(out, "年度预算调整数", "annualAdjustedBudget", funds.annualAdjustedBudget());
    line(out, "实际支出数", "actualExpenditure", funds.actualExpenditure());
    line(out, "其中：一般公共预算", "generalPublicBudgetPortion", funds.generalPublicBudgetPortion());
    line(out, "预算完成率", "budgetCompletionRate", funds.budgetCompletionRate());
    line(out, "预算调整率", "budgetAdjustmentRate", funds.budgetAdjustmentRate());
    out.println("年度目标 (goals): " + form.annualGoals().expectedGoals().size() + " expected goals");
    form.annualGoals().expectedGoals().forEach(g -> out.println("  " + g.number() + ". " + g.text()));
    out.println("主要任务 (main tasks): " + form.mainTasks().size());
    for (MainTask task : form.mainTasks()) {
      out.println("  任务" + task.index() + " " + task.expectedGoal() + " | 任务涉及 " + orBlank(task.amount())
          + " | " + task.keyIndicators().size() + " key indicators");
    }
    for (ProjectSelfEvaluation project : form.keyProjects()) {
      FundRow total = project.funds().total();
      out.println("重点项目 (key project): " + project.projectName());
      out.println("  年初预算 " + orBlank(total.initialBudget()) + " | 年度预算 " + orBlank(total.annualBudget())
          + " | 预算执行 " + orBlank(total.executed()) + " | 执行率 " + orBlank(total.executionRate()));
      for (PerformanceIndicator row : project.indicators()) {
        out.println("  " + orBlank(row.level2() == null ? null : row.level2().label()) + " | " + row.name()
            + " | 年初值 " + orBlank(row.target()) + " | 完成值 " + orBlank(row.actual()));
      }
    }
    out.println("存在问题 (problems): " + form.problems().size() + " | 改进措施 (measures): "
        + form.improvementMeasures().size());
    out.println("格式问题 (irregularities): " + form.irregularities().size());
    for (SourceIrregularity irregularity : form.irregularities()) {
      out.println("  " + irregularity.kind() + " at " + irregularity.location() + ": "
          + irregularity.text().replace("\t", "\\t"));
    }
  }

  private static void line(PrintStream out, String label, String code, Object value) {
    out.println("  " + label + " (" + code + "): " + orBlank(value));
  }

  private static String orBlank(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof Amount amount) {
      return amount.value().toPlainString();
    }
    if (value instanceof Percentage percentage) {
      return percentage.toString();
    }
    return value.toString();
  }
}

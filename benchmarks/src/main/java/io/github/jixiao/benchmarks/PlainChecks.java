package io.github.jixiao.benchmarks;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.DepartmentFunds;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 12 checks written by hand, the floor: one pass over the form, rates compared in double with the tolerance of
 * the printed precision, a finding built as a {@code "CODE path"} string when a check fails and only then (a place
 * that passes costs no string). The static helpers are shared with the Hibernate Validator variant so that both do
 * the same arithmetic.
 */
public final class PlainChecks {
  private PlainChecks() {}

  /**
   * Runs the 12 checks.
   *
   * @param form the form
   * @return the findings as {@code "CODE path"}
   */
  public static List<String> check(DepartmentSelfEvaluation form) {
    List<String> out = new ArrayList<>(4);
    DepartmentFunds f = form.funds();
    // 1 DW-F-01, 2 DW-F-02, 3 DW-F-04, 4 DW-F-05
    if (!completionRateOk(f)) {
      out.add("DW-F-01 funds.budgetCompletionRate");
    }
    if (!adjustmentRateOk(f)) {
      out.add("DW-F-02 funds.budgetAdjustmentRate");
    }
    if (!portionOk(f)) {
      out.add("DW-F-04 funds.generalPublicBudgetPortion");
    }
    if (!noOverspend(f)) {
      out.add("DW-F-05 funds.actualExpenditure");
    }
    // 11 DW-F-06 on the fund lines
    if (!amountOk(f.initialBudgetRevenue())) {
      out.add("DW-F-06 funds.initialBudgetRevenue");
    }
    if (!amountOk(f.adjustedBudgetRevenue())) {
      out.add("DW-F-06 funds.adjustedBudgetRevenue");
    }
    if (!amountOk(f.annualAdjustedBudget())) {
      out.add("DW-F-06 funds.annualAdjustedBudget");
    }
    if (!amountOk(f.actualExpenditure())) {
      out.add("DW-F-06 funds.actualExpenditure");
    }
    if (!amountOk(f.generalPublicBudgetPortion())) {
      out.add("DW-F-06 funds.generalPublicBudgetPortion");
    }
    // 6 DW-G-01
    List<Goal> goals = form.annualGoals().expectedGoals();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < goals.size(); i++) {
      if (seen.putIfAbsent(goalKey(goals.get(i).text()), i) != null) {
        out.add("DW-G-01 annualGoals.expectedGoals[" + i + "]");
      }
    }
    // 5 DW-T-01, 7 DW-T-02, 11 on task amounts
    List<MainTask> tasks = form.mainTasks();
    if (!taskSumOk(tasks, f.actualExpenditure())) {
      out.add("DW-T-01 mainTasks");
    }
    for (int i = 0; i < tasks.size(); i++) {
      MainTask t = tasks.get(i);
      List<KeyIndicator> ks = t.keyIndicators();
      if (ks.isEmpty()) {
        out.add("DW-T-02 mainTasks[" + i + "].keyIndicators");
      }
      for (int j = 0; j < ks.size(); j++) {
        IndicatorValue c = ks.get(j).completion();
        if (c == null || c.isBlank()) {
          out.add("DW-T-02 mainTasks[" + i + "].keyIndicators[" + j + "].completion");
        }
      }
    }
    for (int i = 0; i < tasks.size(); i++) {
      if (!amountOk(tasks.get(i).amount())) {
        out.add("DW-F-06 mainTasks[" + i + "].amount");
      }
    }
    // 8 DW-K-01, 11 on the key project, 9, 10, 12
    List<ProjectSelfEvaluation> projects = form.keyProjects();
    for (int p = 0; p < projects.size(); p++) {
      FundRow total = projects.get(p).funds().total();
      if (!executionRateOk(total)) {
        out.add("DW-K-01 keyProjects[" + p + "].funds.total.executionRate");
      }
      List<PerformanceIndicator> rows = projects.get(p).indicators();
      for (int j = 0; j < rows.size(); j++) {
        PerformanceIndicator row = rows.get(j);
        if (blank(row.target())) {
          out.add("BENCH-09 " + row(p, j) + ".target");
        }
        if (blank(row.actual())) {
          out.add("BENCH-09 " + row(p, j) + ".actual");
        }
        if (!quantitativeMet(row)) {
          out.add("BENCH-10 " + row(p, j) + ".actual");
        }
        if (!qualitativeRestated(row)) {
          out.add("BENCH-12 " + row(p, j) + ".actual");
        }
      }
    }
    for (int p = 0; p < projects.size(); p++) {
      FundRow total = projects.get(p).funds().total();
      if (!amountOk(total.initialBudget())) {
        out.add("DW-F-06 keyProjects[" + p + "].funds.total.initialBudget");
      }
      if (!amountOk(total.annualBudget())) {
        out.add("DW-F-06 keyProjects[" + p + "].funds.total.annualBudget");
      }
      if (!amountOk(total.executed())) {
        out.add("DW-F-06 keyProjects[" + p + "].funds.total.executed");
      }
    }
    return out;
  }

  private static String row(int project, int indicator) {
    return "keyProjects[" + project + "].indicators[" + indicator + "]";
  }

  //----- shared checks -----
  static double half(Amount a) {
    return 0.5 * Math.pow(10, -a.scale());
  }

  static double half(Percentage p) {
    return 0.5 * Math.pow(10, -p.decimals());
  }

  /** A printed rate consistent with num / den, in double. */
  public static boolean ratioOk(Amount num, Amount den, Percentage printed) {
    double n = num.value().doubleValue();
    double d = den.value().doubleValue();
    double en = half(num);
    double ed = half(den);
    if (d - ed <= 0) {
      return true;
    }
    double lo = (n - en) / (n - en >= 0 ? d + ed : d - ed) * 100;
    double hi = (n + en) / (n + en >= 0 ? d - ed : d + ed) * 100;
    double p = printed.percent().doubleValue();
    double h = half(printed);
    return p + h >= lo && p - h <= hi;
  }

  public static boolean completionRateOk(DepartmentFunds f) {
    return f.budgetCompletionRate() == null || f.actualExpenditure() == null || f.annualAdjustedBudget() == null
        || ratioOk(f.actualExpenditure(), f.annualAdjustedBudget(), f.budgetCompletionRate());
  }

  public static boolean adjustmentRateOk(DepartmentFunds f) {
    Percentage printed = f.budgetAdjustmentRate();
    Amount a = f.annualAdjustedBudget();
    Amount i = f.initialBudgetRevenue();
    if (printed == null || a == null || i == null) {
      return true;
    }
    double av = a.value().doubleValue();
    double iv = i.value().doubleValue();
    double ea = half(a);
    double ei = half(i);
    if (iv - ei <= 0) {
      return true;
    }
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double x : new double[] {av - ea, av + ea}) {
      for (double y : new double[] {iv - ei, iv + ei}) {
        double g = (x - y) / y;
        lo = Math.min(lo, g);
        hi = Math.max(hi, g);
      }
    }
    double absLo = lo >= 0 ? lo : hi <= 0 ? -hi : 0;
    double absHi = Math.max(Math.abs(lo), Math.abs(hi));
    double p = printed.percent().doubleValue();
    double h = half(printed);
    return p + h >= absLo * 100 && p - h <= absHi * 100;
  }

  static boolean atMost(Amount part, Amount whole) {
    return part.value().doubleValue() - half(part) <= whole.value().doubleValue() + half(whole);
  }

  public static boolean portionOk(DepartmentFunds f) {
    Amount portion = f.generalPublicBudgetPortion();
    if (portion == null) {
      return true;
    }
    Amount parent = null;
    for (Amount a : new Amount[] {f.adjustedBudgetRevenue(), f.annualAdjustedBudget(), f.actualExpenditure()}) {
      if (a != null && (parent == null || a.compareTo(parent) > 0)) {
        parent = a;
      }
    }
    return parent == null || atMost(portion, parent);
  }

  public static boolean noOverspend(DepartmentFunds f) {
    return f.actualExpenditure() == null || f.annualAdjustedBudget() == null
        || atMost(f.actualExpenditure(), f.annualAdjustedBudget());
  }

  public static boolean amountOk(Amount a) {
    return a == null || (a.value().signum() >= 0 && a.scale() <= 2);
  }

  public static boolean taskSumOk(List<MainTask> tasks, Amount actual) {
    if (tasks.isEmpty() || actual == null) {
      return true;
    }
    double lower = 0;
    for (MainTask t : tasks) {
      if (t.amount() != null) {
        lower += t.amount().value().doubleValue() - half(t.amount());
      }
    }
    return lower <= actual.value().doubleValue() + half(actual);
  }

  public static String goalKey(String text) {
    String s = text.strip().replace(" ", "").replace("\u3000", "");
    int end = s.length();
    while (end > 0 && "。，,.；;！!？?、".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  public static boolean executionRateOk(FundRow total) {
    return total.executionRate() == null || total.executed() == null || total.annualBudget() == null
        || ratioOk(total.executed(), total.annualBudget(), total.executionRate());
  }

  public static boolean blank(IndicatorValue v) {
    return v == null || v.isBlank();
  }

  public static boolean quantitativeMet(PerformanceIndicator row) {
    IndicatorValue t = row.target();
    IndicatorValue a = row.actual();
    if (t == null || a == null || !t.isQuantitative() || !a.isQuantitative()
        || !java.util.Objects.equals(t.unit(), a.unit())) {
      return true;
    }
    ComparisonOperator op = row.effectiveOperator();
    BigDecimal tv = t.number();
    BigDecimal av = a.number();
    int c = av.compareTo(tv);
    if (op == ComparisonOperator.LE || op == ComparisonOperator.LT) {
      return c <= 0;
    }
    if (op == ComparisonOperator.EQ) {
      return c == 0;
    }
    return c >= 0;
  }

  public static boolean qualitativeRestated(PerformanceIndicator row) {
    IndicatorValue t = row.target();
    IndicatorValue a = row.actual();
    if (t == null || a == null || !t.isQualitative() || a.isBlank() || t.text() == null) {
      return true;
    }
    return a.raw().contains(t.text());
  }
}

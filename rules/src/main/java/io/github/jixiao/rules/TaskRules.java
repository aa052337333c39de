package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import java.math.BigDecimal;
import java.util.List;

/** The main-task rules of the department form, DW-T-01 to DW-T-04 (domain specification §6.2). */
final class TaskRules {
  private TaskRules() {}

  /** DW-T-01 [I]: Σ task amounts ≤ 实际支出数, tolerance (n + 1)·e. */
  static final class TaskSumWithinExpenditure extends CatalogueRule<DepartmentSelfEvaluation> {
    TaskSumWithinExpenditure() {
      super(RuleInfo.of("DW-T-01", Severity.WARNING,
          "Domain spec §6.2, §4.4: the tasks' funds are part of the year's expenditure [I]; §6.1 sum tolerance",
          Evidence.INFERRED, "department", "tasks", "arithmetic"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<MainTask> tasks = form.mainTasks();
      FindingPath at = Paths.MAIN_TASKS;
      if (tasks.isEmpty()) {
        ctx.notApplicable(at, Reason.MISSING_FIGURE);
        return;
      }
      Amount actual = form.funds().actualExpenditure();
      if (actual == null) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).input(Paths.ACTUAL_EXPENDITURE, null);
        return;
      }
      int missing = -1;
      for (int i = 0; i < tasks.size(); i++) {
        Amount a = tasks.get(i).amount();
        if (a == null) {
          missing = missing < 0 ? i : missing;
        } else if (a.unit() != actual.unit()) {
          Checks.unitMismatch(ctx, at, a, actual);
          return;
        }
      }
      int exceeds = sumExceeds(tasks, actual);
      if (exceeds > 0) {
        BigDecimal exact = BigDecimal.ZERO;
        for (MainTask t : tasks) {
          if (t.amount() != null) {
            exact = exact.add(t.amount().value());
          }
        }
        BigDecimal limit = actual.value().add(actual.halfUnit());
        ctx.fail(at).reported(exact).expected(Bound.atMost(limit))
            .input(Paths.ACTUAL_EXPENDITURE, actual).input("taskCount", tasks.size())
            .message("DW-T-01.fail", exact, actual);
      } else if (missing >= 0) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).input(Paths.task(missing, "amount"), null);
      } else {
        ctx.pass(at);
      }
    }

    /** 1 if Σ(part − e) over the printed amounts exceeds actual + e, else 0; longs where they fit. */
    private static int sumExceeds(List<MainTask> tasks, Amount actual) {
      long total = Exact.unscaled(actual.value());
      if (total != Exact.NONE) {
        try {
          int scale = actual.scale() + 1;
          for (MainTask t : tasks) {
            if (t.amount() != null) {
              scale = Math.max(scale, t.amount().scale() + 1);
            }
          }
          long lower = 0;
          for (MainTask t : tasks) {
            Amount a = t.amount();
            if (a == null) {
              continue;
            }
            long digits = Exact.unscaled(a.value());
            if (digits == Exact.NONE) {
              throw new ArithmeticException("too many digits");
            }
            lower = Exact.add(lower, Exact.sub(Exact.rescale(digits, scale - a.scale()),
                Exact.rescale(5, scale - a.scale() - 1)));
          }
          long upper = Exact.add(Exact.rescale(total, scale - actual.scale()),
              Exact.rescale(5, scale - actual.scale() - 1));
          return lower > upper ? 1 : 0;
        } catch (ArithmeticException e) {
          // fall through to BigDecimal
        }
      }
      BigDecimal lower = BigDecimal.ZERO;
      for (MainTask t : tasks) {
        if (t.amount() != null) {
          lower = lower.add(t.amount().value()).subtract(t.amount().halfUnit());
        }
      }
      return lower.compareTo(actual.value().add(actual.halfUnit())) > 0 ? 1 : 0;
    }
  }

  /** DW-T-02: every task has at least one key indicator, each with a non-empty completion. */
  static final class TaskIndicatorsComplete extends CatalogueRule<DepartmentSelfEvaluation> {
    TaskIndicatorsComplete() {
      super(RuleInfo.of("DW-T-02", Severity.ERROR,
          "Domain spec §6.2; Guangzhou department layout: 关键指标 and 指标完成情况 columns [I]",
          Evidence.INFERRED, "department", "tasks"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<MainTask> tasks = form.mainTasks();
      for (int i = 0; i < tasks.size(); i++) {
        List<KeyIndicator> indicators = tasks.get(i).keyIndicators();
        FindingPath listPath = Paths.task(i, "keyIndicators");
        if (indicators.isEmpty()) {
          ctx.fail(listPath).reported(0).expected("≥ 1").message("DW-T-02.noIndicator", i + 1);
          continue;
        }
        ctx.pass(listPath);
        for (int j = 0; j < indicators.size(); j++) {
          FindingPath at = Paths.keyIndicator(i, j, "completion");
          IndicatorValue c = indicators.get(j).completion();
          if (c == null || c.isBlank()) {
            ctx.fail(at).reported(c).message("DW-T-02.noCompletion", indicators.get(j).name());
          } else if (Checks.isPlaceholder(c)) {
            ctx.indeterminate(at, Reason.UNPARSEABLE_VALUE).reported(c);
          } else {
            ctx.pass(at);
          }
        }
      }
    }
  }

  /** DW-T-03: every task prints its amount (任务涉及), zero or more. */
  static final class TaskAmountPresent extends CatalogueRule<DepartmentSelfEvaluation> {
    TaskAmountPresent() {
      super(RuleInfo.of("DW-T-03", Severity.WARNING,
          "Domain spec §6.2; the Guangzhou department layout has a 任务涉及 amount column [I]",
          Evidence.INFERRED, "department", "tasks"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<MainTask> tasks = form.mainTasks();
      FormLayout layout = form.layout();
      for (int i = 0; i < tasks.size(); i++) {
        FindingPath at = Paths.task(i, "amount");
        Amount a = tasks.get(i).amount();
        if (a == null) {
          if (layout == FormLayout.DEPARTMENT_GUANGZHOU) {
            ctx.fail(at).reported(null).expected("≥ 0").message("DW-T-03.missing", i + 1);
          } else if (layout == FormLayout.OTHER) {
            ctx.indeterminate(at, Reason.LAYOUT_UNKNOWN).input("layout", layout);
          } else {
            ctx.notApplicable(at, Reason.NOT_IN_LAYOUT).input("layout", layout);
          }
        } else if (a.isNegative()) {
          ctx.fail(at).reported(a).expected("≥ 0").message("DW-T-03.negative", i + 1, a);
        } else {
          ctx.pass(at);
        }
      }
    }
  }

  /** DW-T-04 [I]: key indicators should carry a target (年初值) so that attainment can be judged. */
  static final class TaskIndicatorTargets extends CatalogueRule<DepartmentSelfEvaluation> {
    TaskIndicatorTargets() {
      super(RuleInfo.of("DW-T-04", Severity.INFO,
          "Domain spec §6.2, anomaly A9: without a target attainment cannot be scored [I]",
          Evidence.INFERRED, "department", "tasks"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<MainTask> tasks = form.mainTasks();
      for (int i = 0; i < tasks.size(); i++) {
        List<KeyIndicator> indicators = tasks.get(i).keyIndicators();
        for (int j = 0; j < indicators.size(); j++) {
          FindingPath at = Paths.keyIndicator(i, j, "target");
          IndicatorValue t = indicators.get(j).target();
          if (t == null || t.isBlank()) {
            ctx.fail(at).reported(t).message("DW-T-04.fail", indicators.get(j).name());
          } else if (Checks.isPlaceholder(t)) {
            ctx.indeterminate(at, Reason.UNPARSEABLE_VALUE).reported(t);
          } else {
            ctx.pass(at);
          }
        }
      }
    }
  }

  static List<Rule<DepartmentSelfEvaluation>> all() {
    return List.of(new TaskSumWithinExpenditure(), new TaskIndicatorsComplete(), new TaskAmountPresent(),
        new TaskIndicatorTargets());
  }
}

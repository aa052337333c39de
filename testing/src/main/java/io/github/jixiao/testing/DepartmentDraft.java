package io.github.jixiao.testing;

import static io.github.jixiao.testing.Figures.cents;
import static io.github.jixiao.testing.Figures.pick;
import static io.github.jixiao.testing.Figures.round2;
import static io.github.jixiao.testing.Figures.scaled;
import static io.github.jixiao.testing.Figures.wan;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.AnnualGoals;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.DepartmentFundsBuilder;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.DepartmentSelfEvaluationBuilder;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRowBuilder;
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
import io.github.jixiao.core.SourceIrregularity;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A department form under construction: the figures as exact amounts, the printed rates computed from them when the
 * form is built (unless an anomaly misprints one). The generators fill a well-formed draft; anomalies change one
 * thing in it. Not thread-safe.
 */
final class DepartmentDraft {
  /** Rates at or beyond these get an explanation in a well-formed draft, keeping clear of the 90 % / 30 % triggers. */
  static final BigDecimal EXPLAIN_COMPLETION_BELOW = BigDecimal.valueOf(92);
  static final BigDecimal EXPLAIN_ADJUSTMENT_ABOVE = BigDecimal.valueOf(28);

  String title = "部门整体支出绩效自评表";
  String departmentName = "";
  boolean consolidated;
  int year;

  BigDecimal initial = BigDecimal.ZERO;
  BigDecimal adjustedRevenue = BigDecimal.ZERO;
  BigDecimal annualAdjusted = BigDecimal.ZERO;
  BigDecimal actual = BigDecimal.ZERO;
  BigDecimal general = BigDecimal.ZERO;
  /** 政府性基金预算, 国有资本经营预算 and 其他 portions (indexes 0–2), null when not printed. */
  final @Nullable BigDecimal[] portions = new BigDecimal[3];
  @Nullable Percentage completionRate;
  @Nullable Percentage adjustmentRate;
  @Nullable String completionExplanation;
  @Nullable String adjustmentExplanation;

  final List<String> goals = new ArrayList<>();
  @Nullable String goalNarrative;
  final List<Task> tasks = new ArrayList<>();
  final List<KeyProject> keyProjects = new ArrayList<>();
  @Nullable String overallNarrative;
  final List<String> problems = new ArrayList<>();
  final List<String> measures = new ArrayList<>();
  final List<SourceIrregularity> irregularities = new ArrayList<>();

  /** A main task under construction. */
  static final class Task {
    String expectedGoal = "";
    @Nullable String goalCompletion;
    final List<KeyIndicator> indicators = new ArrayList<>();
    @Nullable Amount amount;
  }

  /** A key project under construction; its 执行率 is computed when built unless misprinted. */
  static final class KeyProject {
    String name = "";
    BigDecimal initialBudget = BigDecimal.ZERO;
    BigDecimal annualBudget = BigDecimal.ZERO;
    BigDecimal executed = BigDecimal.ZERO;
    int rateDecimals;
    @Nullable Percentage rate;
    @Nullable String note;
    final List<PerformanceIndicator> indicators = new ArrayList<>();
    @Nullable String achievements;
  }

  /** Ranges a draft is drawn from, in basis points; anomalies of the explanation rules use other ranges. */
  record Shape(int adjustmentMinBp, int adjustmentMaxBp, int completionMinBp, int completionMaxBp,
      int keyProjectAdjustmentMinBp, int keyProjectAdjustmentMaxBp, boolean explain) {
    static final Shape WELL_FORMED = new Shape(10, 4_500, 8_000, 9_990, 0, 4_000, true);
  }

  //-----------------------------------------------------------------------
  static DepartmentDraft random(RandomGenerator r) {
    return random(r, Shape.WELL_FORMED);
  }

  static DepartmentDraft random(RandomGenerator r, Shape shape) {
    DepartmentDraft d = new DepartmentDraft();
    d.departmentName = pick(r, Vocabulary.DISTRICTS) + pick(r, Vocabulary.ORGANISATIONS);
    d.consolidated = r.nextBoolean();
    d.year = r.nextInt(2018, 2026);
    d.funds(r, shape);
    d.goalsAndTasks(r);
    int projects = r.nextInt(10);
    int count = projects == 0 ? 0 : projects == 1 ? 2 : 1;
    for (int i = 0; i < count; i++) {
      d.keyProjects.add(keyProject(r, d, shape));
    }
    d.goalNarrative = pick(r, Vocabulary.GOAL_NARRATIVES);
    d.overallNarrative = pick(r, Vocabulary.OVERALL_NARRATIVES);
    int pairs = r.nextInt(1, 4);
    for (int i : Figures.sample(r, Vocabulary.PROBLEMS_AND_MEASURES.size(), pairs)) {
      String[] pair = Vocabulary.PROBLEMS_AND_MEASURES.get(i);
      d.problems.add(pair[0]);
      d.measures.add(pair[1]);
    }
    return d;
  }

  private void funds(RandomGenerator r, Shape shape) {
    initial = cents(r, 20_000, 10_000_000);
    int adjustment = r.nextInt(shape.adjustmentMinBp(), shape.adjustmentMaxBp() + 1);
    boolean cut = r.nextBoolean() && adjustment <= 6_000;
    annualAdjusted = round2(initial.multiply(BigDecimal.valueOf(cut ? 10_000 - adjustment : 10_000 + adjustment))
        .movePointLeft(4));
    if (annualAdjusted.compareTo(initial) == 0) {
      annualAdjusted = annualAdjusted.add(new BigDecimal("0.01"));
    }
    adjustedRevenue = annualAdjusted;
    actual = scaled(r, annualAdjusted, shape.completionMinBp(), shape.completionMaxBp());
    if (actual.compareTo(annualAdjusted) >= 0) {
      actual = annualAdjusted.subtract(new BigDecimal("0.01"));
    }
    general = scaled(r, actual, 6_000, 9_990);
    for (int i = 0; i < portions.length; i++) {
      portions[i] = r.nextInt(4) == 0 ? scaled(r, actual, 100, 3_000) : null;
    }
    keepLinesDistinct();
    if (shape.explain()) {
      explainAsNeeded(r);
    }
  }

  /**
   * Makes the fund lines pairwise distinct (the two adjusted-budget lines excepted, which are the same figure), so
   * that no three lines print one value (DW-F-09); portions are only ever lowered, staying within their total.
   */
  void keepLinesDistinct() {
    List<BigDecimal> seen = new ArrayList<>();
    seen.add(annualAdjusted);
    initial = distinct(initial, seen, 1);
    actual = distinct(actual, seen, -1);
    general = distinct(general, seen, -1);
    for (int i = 0; i < portions.length; i++) {
      if (portions[i] != null) {
        portions[i] = distinct(portions[i], seen, -1);
      }
    }
  }

  private static BigDecimal distinct(BigDecimal v, List<BigDecimal> seen, int direction) {
    BigDecimal step = new BigDecimal(direction > 0 ? "0.01" : "-0.01");
    BigDecimal x = v;
    while (contains(seen, x) || x.signum() <= 0) {
      x = x.add(step);
      if (x.signum() <= 0) {
        step = new BigDecimal("0.01");
        x = v.add(step);
      }
    }
    seen.add(x);
    return x;
  }

  private static boolean contains(List<BigDecimal> values, BigDecimal v) {
    for (BigDecimal x : values) {
      if (x.compareTo(v) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Writes the explanations a well-formed form gives near or beyond the 90 % and 30 % triggers. */
  void explainAsNeeded(RandomGenerator r) {
    completionExplanation = Figures.compareRatio(actual, annualAdjusted, EXPLAIN_COMPLETION_BELOW) < 0
        ? pick(r, Vocabulary.EXPLANATIONS) : null;
    adjustmentExplanation = Figures.compareChange(annualAdjusted, initial, EXPLAIN_ADJUSTMENT_ABOVE) > 0
        ? pick(r, Vocabulary.EXPLANATIONS) : null;
  }

  private void goalsAndTasks(RandomGenerator r) {
    int count = r.nextInt(1, 8);
    for (int i : Figures.sample(r, Vocabulary.GOALS.size(), count)) {
      goals.add(Vocabulary.GOALS.get(i));
    }
    int g = 0;
    while (g < goals.size()) {
      Task t = new Task();
      if (g + 1 < goals.size() && r.nextInt(4) == 0) {
        // one task for two goals, as task 3 of the Tianhe form: the second clause of each
        t.expectedGoal = clause(goals.get(g), 1) + "，" + clause(goals.get(g + 1), 1);
        g += 2;
      } else {
        int form = r.nextInt(3);
        t.expectedGoal = form == 0 ? goals.get(g) : clause(goals.get(g), form - 1);
        g++;
      }
      t.goalCompletion = pick(r, Vocabulary.TASK_COMPLETIONS);
      int indicators = r.nextInt(1, 4);
      for (int i : Figures.sample(r, Vocabulary.TASK_INDICATORS.size(), indicators)) {
        t.indicators.add(taskIndicator(r, Vocabulary.TASK_INDICATORS.get(i)));
      }
      tasks.add(t);
    }
    long budget = scaled(r, actual, 500, 6_000).movePointRight(2).longValueExact();
    long[] parts = Figures.partition(r, Math.max(budget, tasks.size()), tasks.size());
    for (int i = 0; i < tasks.size(); i++) {
      tasks.get(i).amount = wan(BigDecimal.valueOf(parts[i], 2));
    }
  }

  static String clause(String goal, int index) {
    String[] parts = goal.split("，");
    return parts[Math.min(index, parts.length - 1)];
  }

  static KeyIndicator taskIndicator(RandomGenerator r, Vocabulary.TaskIndicator spec) {
    int target = r.nextInt(spec.low(), spec.high() + 1);
    int done = "%".equals(spec.unit()) ? r.nextInt(target, 101) : target + r.nextInt(0, Math.max(1, target / 5) + 1);
    return new KeyIndicator(spec.name(), Values.parse(ComparisonOperator.GE.symbol() + target + spec.unit()),
        Values.parse(done + spec.unit()));
  }

  /** A well-formed key project within the department's figures. */
  static KeyProject keyProject(RandomGenerator r, DepartmentDraft d, Shape shape) {
    KeyProject p = new KeyProject();
    p.name = (d.year) + "年" + pick(r, Vocabulary.PROJECT_TOPICS) + "项目";
    p.annualBudget = scaled(r, d.actual, 200, 2_500).max(new BigDecimal("5.00")).min(d.actual);
    p.executed = scaled(r, p.annualBudget, 8_500, 10_000);
    int adjustment = r.nextInt(shape.keyProjectAdjustmentMinBp(), shape.keyProjectAdjustmentMaxBp() + 1);
    BigDecimal factor = BigDecimal.valueOf(r.nextBoolean() ? 10_000 + adjustment : 10_000 - adjustment / 2)
        .movePointLeft(4);
    p.initialBudget = round2(p.annualBudget.multiply(factor)).max(new BigDecimal("0.01"));
    p.rateDecimals = r.nextInt(3);
    if (shape.explain() && Figures.compareChange(p.annualBudget, p.initialBudget, EXPLAIN_ADJUSTMENT_ABOVE) > 0) {
      p.note = pick(r, Vocabulary.EXPLANATIONS);
    }
    int outputs = r.nextInt(2, 6);
    for (int i = 0; i < outputs; i++) {
      p.indicators.add(projectRow(r, r.nextInt(4)));
    }
    int benefits = r.nextInt(1, 3);
    for (int i = 0; i < benefits; i++) {
      Vocabulary.ProjectQuality q = pick(r, Vocabulary.PROJECT_QUALITIES.subList(3, 7));
      p.indicators.add(row(q.level2(), q.name(), q.target(), q.actual()));
    }
    if (r.nextInt(3) != 0) {
      Vocabulary.ProjectCount c = Vocabulary.PROJECT_COUNTS.get(6 + r.nextInt(2));
      p.indicators.add(count(r, c));
    }
    p.achievements = pick(r, Vocabulary.ACHIEVEMENTS);
    return p;
  }

  /** An output row of a key project: 0 a count, 1 a quality, 2 a timeliness rate, 3 a cost ceiling. */
  private static PerformanceIndicator projectRow(RandomGenerator r, int kind) {
    switch (kind) {
      case 0 -> {
        return count(r, Vocabulary.PROJECT_COUNTS.get(r.nextInt(4)));
      }
      case 1 -> {
        Vocabulary.ProjectQuality q = Vocabulary.PROJECT_QUALITIES.get(r.nextInt(3));
        return row(q.level2(), q.name(), q.target(), q.actual());
      }
      case 2 -> {
        return count(r, Vocabulary.PROJECT_COUNTS.get(4 + r.nextInt(2)));
      }
      default -> {
        BigDecimal ceiling = cents(r, 100, 10_000);
        BigDecimal spent = scaled(r, ceiling, 7_000, 10_000);
        return row(IndicatorLevel2.COST, pick(r, Vocabulary.PROJECT_COSTS),
            "≤" + ceiling.toPlainString() + "万元", spent.toPlainString() + "万元");
      }
    }
  }

  private static PerformanceIndicator count(RandomGenerator r, Vocabulary.ProjectCount c) {
    int target = r.nextInt(c.low(), c.high() + 1);
    int done = "%".equals(c.unit()) ? r.nextInt(target, 101) : target + r.nextInt(0, 2);
    String operator = r.nextBoolean() ? "≥" : "";
    return row(c.level2(), c.name(), operator + target + c.unit(), done + c.unit());
  }

  static PerformanceIndicator row(IndicatorLevel2 level2, String name, String target, String actual) {
    IndicatorValue t = Values.parse(target);
    String unit = Values.unitInName(name);
    if (unit == null && t.isQuantitative()) {
      unit = t.unit();
    }
    return new PerformanceIndicatorBuilder()
        .level1(level2.usualParent())
        .level2(level2)
        .level2Label(level2.label())
        .name(name)
        .target(t)
        .actual(Values.parse(actual))
        .unit(unit)
        .build();
  }

  //-----------------------------------------------------------------------
  /** Adds a key project if the draft has none. */
  KeyProject keyProject(RandomGenerator r) {
    if (keyProjects.isEmpty()) {
      keyProjects.add(keyProject(r, this, Shape.WELL_FORMED));
    }
    return keyProjects.get(r.nextInt(keyProjects.size()));
  }

  /** The sum of the printed task amounts. */
  BigDecimal taskSum() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Task t : tasks) {
      if (t.amount != null) {
        sum = sum.add(t.amount.value());
      }
    }
    return sum;
  }

  //-----------------------------------------------------------------------
  DepartmentSelfEvaluation build() {
    DepartmentFundsBuilder funds = new DepartmentFundsBuilder()
        .initialBudgetRevenue(wan(initial))
        .adjustedBudgetRevenue(wan(adjustedRevenue))
        .annualAdjustedBudget(wan(annualAdjusted))
        .actualExpenditure(wan(actual))
        .generalPublicBudgetPortion(wan(general))
        .governmentFundBudgetPortion(portions[0] == null ? null : wan(portions[0]))
        .stateCapitalOperationBudgetPortion(portions[1] == null ? null : wan(portions[1]))
        .otherPortion(portions[2] == null ? null : wan(portions[2]))
        .budgetCompletionRate(completionRate != null ? completionRate : Figures.rate(actual, annualAdjusted, 2))
        .budgetAdjustmentRate(adjustmentRate != null ? adjustmentRate : Figures.change(annualAdjusted, initial, 2))
        .budgetCompletionExplanation(completionExplanation)
        .budgetAdjustmentExplanation(adjustmentExplanation);
    List<Goal> goalList = new ArrayList<>();
    for (int i = 0; i < goals.size(); i++) {
      goalList.add(Goal.of(i + 1, goals.get(i)));
    }
    List<MainTask> taskList = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      taskList.add(new MainTask(i + 1, t.expectedGoal, t.goalCompletion, t.indicators, t.amount));
    }
    List<ProjectSelfEvaluation> projects = new ArrayList<>();
    for (KeyProject p : keyProjects) {
      projects.add(new ProjectSelfEvaluationBuilder()
          .projectName(p.name)
          .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
          .layout(FormLayout.PROJECT_PROSE)
          .funds(ProjectFunds.ofTotal(new FundRowBuilder()
              .initialBudget(wan(p.initialBudget))
              .annualBudget(wan(p.annualBudget))
              .executed(wan(p.executed))
              .executionRate(p.rate != null ? p.rate : Figures.rate(p.executed, p.annualBudget, p.rateDecimals))
              .note(p.note)
              .build()))
          .indicators(p.indicators)
          .achievements(p.achievements)
          .build());
    }
    return new DepartmentSelfEvaluationBuilder()
        .title(title)
        .departmentName(departmentName)
        .consolidated(consolidated)
        .evaluationYear(Year.of(year))
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.DEPARTMENT_GUANGZHOU)
        .funds(funds.build())
        .annualGoals(new AnnualGoals(goalList, goalNarrative))
        .mainTasks(taskList)
        .keyProjects(projects)
        .overallPerformanceNarrative(overallNarrative)
        .problems(problems)
        .improvementMeasures(measures)
        .irregularities(irregularities)
        .build();
  }
}

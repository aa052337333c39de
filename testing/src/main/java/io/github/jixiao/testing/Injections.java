package io.github.jixiao.testing;

import static io.github.jixiao.testing.Figures.cents;
import static io.github.jixiao.testing.Figures.pick;
import static io.github.jixiao.testing.Figures.round2;
import static io.github.jixiao.testing.Figures.scaled;
import static io.github.jixiao.testing.Figures.wan;

import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.core.SourceIrregularity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How each {@link Anomaly} is injected into a well-formed draft. Every change is sized so that its rule rejects it
 * for certain (well beyond the tolerance of the printed precision) and so that nothing else about the form breaks:
 * figures that depend on a changed one are recomputed, explanations that other rules ask for are kept.
 */
final class Injections {
  private static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);
  private static final BigDecimal CENT = new BigDecimal("0.01");
  private static final String[] PLACEHOLDERS = {"*", "—", "/", "_"};

  private Injections() {}

  //-----------------------------------------------------------------------
  static DepartmentSelfEvaluation department(Anomaly anomaly, RandomGenerator r) {
    DepartmentDraft d = switch (anomaly) {
      case LOW_COMPLETION_UNEXPLAINED -> DepartmentDraft.random(r, new DepartmentDraft.Shape(10, 4_500, 5_000, 8_500,
          0, 4_000, true));
      case LARGE_ADJUSTMENT_UNEXPLAINED -> DepartmentDraft.random(r, new DepartmentDraft.Shape(3_500, 6_000, 8_000,
          9_990, 0, 4_000, true));
      default -> DepartmentDraft.random(r);
    };
    switch (anomaly) {
      case COMPLETION_RATE_MISPRINTED -> {
        BigDecimal exact = d.actual.multiply(Figures.HUNDRED).divide(d.annualAdjusted, MC);
        boolean down = d.completionExplanation != null || exact.compareTo(BigDecimal.valueOf(98)) >= 0;
        d.completionRate = Figures.misprinted(r, exact, Figures.ratioInterval(wan(d.actual), wan(d.annualAdjusted)),
            2, 1, down);
      }
      case ADJUSTMENT_RATE_MISPRINTED -> {
        BigDecimal exact = d.annualAdjusted.subtract(d.initial).abs().multiply(Figures.HUNDRED)
            .divide(d.initial, MC);
        boolean down = exact.compareTo(BigDecimal.TEN) >= 0;
        d.adjustmentRate = Figures.misprinted(r, exact,
            Figures.changeInterval(wan(d.annualAdjusted), wan(d.initial)), 2, 1, down);
      }
      case ADJUSTED_BUDGETS_DIFFER -> {
        BigDecimal delta = scaled(r, d.annualAdjusted, 50, 1_000).max(new BigDecimal("0.02"));
        BigDecimal step = r.nextBoolean() ? CENT : CENT.negate();
        BigDecimal v = step.signum() > 0 ? d.annualAdjusted.add(delta) : d.annualAdjusted.subtract(delta);
        while (equalsAny(v, d.initial, d.actual, d.general, d.portions[0], d.portions[1], d.portions[2])) {
          v = v.add(step);
        }
        d.adjustedRevenue = v;
      }
      case PORTION_EXCEEDS_TOTAL -> {
        BigDecimal v = d.annualAdjusted.add(scaled(r, d.annualAdjusted, 100, 2_000).max(new BigDecimal("0.02")));
        while (equalsAny(v, d.initial, d.actual, d.portions[0], d.portions[1], d.portions[2])) {
          v = v.add(CENT);
        }
        d.general = v;
      }
      case EXPENDITURE_OVER_BUDGET -> {
        BigDecimal v = scaled(r, d.annualAdjusted, 10_200, 11_000);
        while (equalsAny(v, d.initial, d.general, d.portions[0], d.portions[1], d.portions[2])) {
          v = v.add(CENT);
        }
        d.actual = v;
      }
      case NEGATIVE_AMOUNT -> d.portions[r.nextInt(3)] = cents(r, 1, d.actual.movePointRight(2).longValue())
          .negate();
      case AMOUNT_WITH_THREE_DECIMALS -> {
        DepartmentDraft.Task t = pick(r, d.tasks);
        t.amount = wan(t.amount.value().add(BigDecimal.valueOf(r.nextInt(1, 10), 3)));
      }
      case LOW_COMPLETION_UNEXPLAINED -> d.completionExplanation = null;
      case LARGE_ADJUSTMENT_UNEXPLAINED -> d.adjustmentExplanation = null;
      case COPY_FILLED_FUND_LINES -> {
        d.portions[0] = d.general;
        d.portions[2] = d.general;
        if (d.portions[1] != null && d.portions[1].compareTo(d.general) == 0) {
          d.portions[1] = d.general.subtract(CENT);
        }
      }
      case TASK_AMOUNTS_EXCEED_EXPENDITURE -> {
        BigDecimal target = scaled(r, d.actual, 10_500, 15_000);
        DepartmentDraft.Task t = pick(r, d.tasks);
        t.amount = wan(t.amount.value().add(target.subtract(d.taskSum())));
      }
      case TASK_WITHOUT_KEY_INDICATOR -> pick(r, d.tasks).indicators.clear();
      case KEY_INDICATOR_WITHOUT_COMPLETION -> {
        List<KeyIndicator> list = pick(r, d.tasks).indicators;
        int i = r.nextInt(list.size());
        list.set(i, list.get(i).withCompletion(r.nextBoolean() ? null : Values.parse("")));
      }
      case TASK_AMOUNT_MISSING -> pick(r, d.tasks).amount = null;
      case KEY_INDICATOR_WITHOUT_TARGET -> {
        List<KeyIndicator> list = pick(r, d.tasks).indicators;
        int i = r.nextInt(list.size());
        list.set(i, list.get(i).withTarget(r.nextBoolean() ? null : Values.parse("")));
      }
      case DUPLICATE_GOAL -> {
        int j = r.nextInt(d.goals.size());
        String text = d.goals.get(j);
        String copy = switch (r.nextInt(4)) {
          case 0 -> text + "。";
          case 1 -> " " + text;
          case 2 -> text.replace("，", ",");
          default -> text + "；";
        };
        d.goals.add(r.nextInt(j + 1, d.goals.size() + 1), copy);
      }
      case TASK_MATCHES_NO_GOAL -> {
        DepartmentDraft.Task t = new DepartmentDraft.Task();
        t.expectedGoal = pick(r, Vocabulary.UNRELATED_PHRASES);
        t.goalCompletion = pick(r, Vocabulary.TASK_COMPLETIONS);
        t.indicators.add(DepartmentDraft.taskIndicator(r, pick(r, Vocabulary.TASK_INDICATORS)));
        t.amount = wan(cents(r, 1, 101));
        d.tasks.add(r.nextInt(d.tasks.size() + 1), t);
      }
      case GOAL_WITHOUT_TASK -> d.goals.add(r.nextInt(d.goals.size() + 1), pick(r, Vocabulary.UNRELATED_PHRASES));
      case KEY_PROJECT_RATE_MISPRINTED -> {
        DepartmentDraft.KeyProject p = d.keyProject(r);
        BigDecimal exact = p.executed.multiply(Figures.HUNDRED).divide(p.annualBudget, MC);
        p.rate = Figures.misprinted(r, exact, Figures.ratioInterval(wan(p.executed), wan(p.annualBudget)),
            p.rateDecimals, 2, exact.compareTo(BigDecimal.valueOf(50)) >= 0);
      }
      case KEY_PROJECT_EXCEEDS_DEPARTMENT -> {
        DepartmentDraft.KeyProject p = d.keyProject(r);
        p.annualBudget = scaled(r, d.annualAdjusted, 10_500, 13_000);
        p.note = pick(r, Vocabulary.EXPLANATIONS);
      }
      case KEY_PROJECT_OVERSPENT -> {
        DepartmentDraft.KeyProject p = d.keyProject(r);
        p.executed = scaled(r, p.annualBudget, 10_200, 12_000);
      }
      case KEY_PROJECT_ADJUSTMENT_UNEXPLAINED -> {
        DepartmentDraft.KeyProject p = d.keyProject(r);
        p.note = null;
        int q = r.nextInt(3_500, 6_001);
        boolean cut = r.nextBoolean();
        BigDecimal divisor = BigDecimal.valueOf(cut ? 10_000 - q : 10_000 + q).movePointLeft(4);
        p.initialBudget = p.annualBudget.divide(divisor, 2, RoundingMode.HALF_UP);
        while (Figures.changeInterval(wan(p.annualBudget), wan(p.initialBudget))[0]
            .compareTo(new BigDecimal("30.1")) <= 0) {
          p.initialBudget = cut ? p.initialBudget.add(CENT) : p.initialBudget.subtract(CENT);
        }
      }
      case INDICATOR_IN_WRONG_CATEGORY -> {
        DepartmentDraft.KeyProject p = d.keyProject(r);
        Vocabulary.ProjectQuality q = pick(r, Vocabulary.MISPLACED_ROWS);
        p.indicators.add(r.nextInt(p.indicators.size() + 1), DepartmentDraft.row(q.level2(), q.name(), q.target(),
            q.actual()));
      }
      case NARRATIVE_REPEATED -> {
        StringBuilder paragraph = new StringBuilder();
        for (int i : Figures.sample(r, Vocabulary.LONG_SENTENCES.size(), 3)) {
          paragraph.append(Vocabulary.LONG_SENTENCES.get(i));
        }
        String text = paragraph.toString();
        int where = d.keyProjects.isEmpty() ? 0 : r.nextInt(3);
        switch (where) {
          case 0 -> {
            d.goalNarrative = text;
            d.overallNarrative = text + (r.nextBoolean() ? "" : pick(r, Vocabulary.OVERALL_NARRATIVES));
          }
          case 1 -> {
            d.goalNarrative = text;
            pick(r, d.keyProjects).achievements = text;
          }
          default -> {
            pick(r, d.keyProjects).achievements = text;
            d.overallNarrative = text;
          }
        }
      }
      case NARRATIVE_TRUNCATED -> {
        int where = d.keyProjects.isEmpty() ? r.nextInt(2) : r.nextInt(3);
        switch (where) {
          case 0 -> d.goalNarrative = truncated(r, d.goalNarrative);
          case 1 -> d.overallNarrative = truncated(r, d.overallNarrative);
          default -> {
            DepartmentDraft.KeyProject p = pick(r, d.keyProjects);
            p.achievements = truncated(r, p.achievements);
          }
        }
      }
      case MEASURES_DO_NOT_MATCH_PROBLEMS -> {
        if (d.measures.size() > 1 && r.nextBoolean()) {
          d.measures.remove(r.nextInt(d.measures.size()));
        } else {
          String[] extra = pick(r, Vocabulary.PROBLEMS_AND_MEASURES);
          d.problems.add(r.nextInt(d.problems.size() + 1), extra[0]);
        }
      }
      case AMOUNT_NOT_TWO_DECIMALS -> {
        DepartmentDraft.Task t = pick(r, d.tasks);
        t.amount = wan(t.amount.value().setScale(r.nextInt(2), RoundingMode.HALF_UP));
      }
      case MARKUP_RESIDUE -> {
        switch (r.nextInt(4)) {
          case 0 -> {
            int i = r.nextInt(d.problems.size());
            d.problems.set(i, "<p>" + d.problems.get(i));
          }
          case 1 -> d.irregularities.add(SourceIrregularity.of(SourceIrregularity.Kind.MARKUP_RESIDUE,
              "overallPerformanceNarrative", "<p>"));
          case 2 -> d.irregularities.add(SourceIrregularity.of(SourceIrregularity.Kind.STRAY_SEPARATOR_LINE,
              "line " + r.nextInt(20, 60), "------------\t--"));
          default -> d.irregularities.add(SourceIrregularity.of(SourceIrregularity.Kind.BROKEN_LABEL, "mainTasks",
              "任务涉 及"));
        }
      }
      default -> throw new IllegalArgumentException(anomaly + " is not an anomaly of the department form");
    }
    return d.build();
  }

  private static boolean equalsAny(BigDecimal v, BigDecimal... others) {
    for (BigDecimal o : others) {
      if (o != null && o.compareTo(v) == 0) {
        return true;
      }
    }
    return false;
  }

  /** The text cut after a letter, before its end: it ends mid-sentence. */
  static String truncated(RandomGenerator r, String text) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 2; i < text.length() - 1; i++) {
      if (Character.isLetter(text.charAt(i - 1))) {
        cuts.add(i);
      }
    }
    return text.substring(0, pick(r, cuts));
  }

  //-----------------------------------------------------------------------
  static ProjectSelfEvaluation project(Anomaly anomaly, RandomGenerator r) {
    ProjectDraft p = switch (anomaly) {
      case FIRST_LEVEL_WEIGHTS_OFF_DEFAULT -> ProjectDraft.random(r, shiftedWeights(r), 1);
      case ZERO_LEAF_WEIGHT -> ProjectDraft.random(r, new int[] {50, 30, 10}, 2);
      default -> ProjectDraft.random(r);
    };
    switch (anomaly) {
      case WEIGHTS_OVER_100 -> p.executionWeight = BigDecimal.TEN.add(r.nextBoolean()
          ? BigDecimal.valueOf(r.nextInt(1, 21)) : BigDecimal.valueOf(r.nextInt(50, 2_001), 2));
      case FIRST_LEVEL_WEIGHTS_OFF_DEFAULT -> {
        // drawn with shifted first-level weights
      }
      case CHILD_WEIGHTS_DO_NOT_ADD_UP -> {
        List<ProjectDraft.Row> outputs = rowsOf(p, IndicatorLevel1.OUTPUT);
        p.wrongLevel2 = pick(r, outputs).level2;
        BigDecimal sum = BigDecimal.ZERO;
        for (ProjectDraft.Row row : outputs) {
          if (row.level2 == p.wrongLevel2) {
            sum = sum.add(row.weight);
          }
        }
        BigDecimal offset = BigDecimal.valueOf(r.nextInt(1, 6));
        p.wrongLevel2Offset = r.nextBoolean() && sum.compareTo(offset) >= 0 ? offset.negate() : offset;
      }
      case ZERO_LEAF_WEIGHT -> {
        List<ProjectDraft.Row> outputs = rowsOf(p, IndicatorLevel1.OUTPUT);
        int[] two = Figures.sample(r, outputs.size(), 2);
        ProjectDraft.Row zero = outputs.get(two[0]);
        ProjectDraft.Row sibling = outputs.get(two[1]);
        sibling.weight = sibling.weight.add(zero.weight);
        zero.weight = BigDecimal.ZERO.setScale(zero.weight.scale());
      }
      case SCORE_ABOVE_WEIGHT -> {
        ProjectDraft.Row row = p.heaviestRow();
        row.scoreOverride = row.weight.add(BigDecimal.valueOf(r.nextInt(50, 501), 2)).setScale(2);
      }
      case TOTAL_SCORE_MISADDED -> {
        BigDecimal sum = p.scoreTotal();
        BigDecimal delta = BigDecimal.valueOf(r.nextInt(50, 501), 2);
        p.totalOverride = sum.add(delta).compareTo(BigDecimal.valueOf(100)) <= 0 ? sum.add(delta)
            : sum.subtract(delta);
      }
      case QUALITATIVE_SCORE_OUTSIDE_BAND -> {
        ProjectDraft.Row row = qualitative(r, p.heaviestRow());
        int bp = switch (row.tier) {
          case ACHIEVED -> r.nextInt(3_000, 7_001);
          case PARTIALLY_ACHIEVED -> r.nextBoolean() ? r.nextInt(8_500, 10_001) : r.nextInt(0, 4_501);
          case NOT_ACHIEVED -> r.nextInt(7_000, 10_001);
        };
        row.scoreOverride = round2(row.weight.multiply(BigDecimal.valueOf(bp)).movePointLeft(4));
      }
      case UNMET_AT_FULL_MARKS -> {
        ProjectDraft.Row row = shortOfTarget(r, p.heaviestRow());
        row.scoreOverride = row.weight.setScale(2, RoundingMode.HALF_UP);
      }
      case GRADE_MISMATCH -> {
        BigDecimal total = p.scoreTotal();
        BigDecimal half = new BigDecimal("0.005");
        EnumSet<Grade> near = EnumSet.of(ProjectDraft.grade(total), ProjectDraft.grade(total.subtract(half)),
            ProjectDraft.grade(total.add(half)));
        List<Grade> wrong = new ArrayList<>(EnumSet.complementOf(near));
        p.gradeOverride = pick(r, wrong);
      }
      case SHORTFALL_UNEXPLAINED -> shortOfTarget(r, p.heaviestRow()).analysis = ProjectDraft.Explain.NEVER;
      case OVERSHOOT_UNEXPLAINED -> {
        ProjectDraft.Row row = quantitativeGe(r, p.heaviestRow());
        row.actual = row.target.multiply(BigDecimal.valueOf(r.nextInt(140, 301))).movePointLeft(2);
        row.analysis = ProjectDraft.Explain.NEVER;
      }
      case LOW_EXECUTION_UNEXPLAINED -> {
        p.initial = p.annual;
        p.executed = round2(p.annual.multiply(BigDecimal.valueOf(r.nextInt(50, 86))).movePointLeft(2));
        p.note = ProjectDraft.Explain.NEVER;
      }
      case ADJUSTMENT_UNEXPLAINED -> {
        int bp = r.nextInt(500, 5_001);
        p.initial = round2(p.annual.multiply(BigDecimal.valueOf(r.nextBoolean() ? 10_000 + bp : 10_000 - bp))
            .movePointLeft(4));
        if (p.initial.subtract(p.annual).abs().compareTo(new BigDecimal("0.02")) < 0) {
          p.initial = p.annual.add(new BigDecimal("0.02"));
        }
        p.executed = round2(p.annual.multiply(BigDecimal.valueOf(r.nextInt(93, 101))).movePointLeft(2));
        p.note = ProjectDraft.Explain.NEVER;
      }
      case QUANTITATIVE_ROW_WITHOUT_UNIT -> {
        ProjectDraft.Row row = pick(r, p.rows);
        if (!row.quantitative) {
          quantitativeGe(r, row);
        }
        if (row.operator == null) {
          row.operator = ComparisonOperator.GE;
        }
        row.unit = null;
        row.name = "数量指标" + r.nextInt(1, 1_000);
      }
      case PLACEHOLDER_TARGET -> {
        ProjectDraft.Row row = pick(r, p.rows);
        if (!row.quantitative) {
          quantitativeGe(r, row);
        }
        row.operator = ComparisonOperator.GE;
        row.operatorInColumn = true;
        row.targetText = PLACEHOLDERS[r.nextInt(PLACEHOLDERS.length)];
        row.scoreOverride = row.weight.setScale(2, RoundingMode.HALF_UP);
      }
      case OTHER_QUANTITATIVE_UNEXPLAINED -> {
        ProjectDraft.Row row = pick(r, p.rows);
        if (!row.quantitative) {
          quantitativeGe(r, row);
        }
        row.operator = ComparisonOperator.QUANTITATIVE_OTHER;
        row.operatorInColumn = true;
        row.description = null;
        row.scoreOverride = row.weight.setScale(2, RoundingMode.HALF_UP);
      }
      case NEGATIVE_ACTUAL -> {
        ProjectDraft.Row row = pick(r, p.rows);
        if (!row.quantitative) {
          quantitativeGe(r, row);
        }
        row.actual = BigDecimal.valueOf(r.nextLong(1, 1_000)).negate();
      }
      case INDICATOR_NAME_TOO_LONG -> {
        StringBuilder name = new StringBuilder();
        while (name.codePointCount(0, name.length()) <= 160) {
          name.append(pick(r, Vocabulary.LONG_SENTENCES));
        }
        int length = r.nextInt(101, 161);
        pick(r, p.rows).name = name.substring(0, name.offsetByCodePoints(0, length));
      }
      case EXECUTION_RATE_MISPRINTED -> {
        BigDecimal exact = p.executed.multiply(Figures.HUNDRED).divide(p.annual, MC);
        boolean down = p.needsNote() && exact.compareTo(BigDecimal.valueOf(20)) >= 0;
        p.rate = Figures.misprinted(r, exact, Figures.ratioInterval(wan(p.executed), wan(p.annual)), p.rateDecimals,
            2, down);
      }
      case FUND_SOURCES_DO_NOT_ADD_UP -> {
        if (p.sourceShares == null) {
          int sources = r.nextInt(2, 4);
          p.sourceShares = new int[3][];
          for (int c = 0; c < 3; c++) {
            long[] parts = Figures.partition(r, 10_000, sources);
            p.sourceShares[c] = new int[sources];
            for (int i = 0; i < sources; i++) {
              p.sourceShares[c][i] = (int) parts[i];
            }
          }
        }
        long cents = r.nextLong(10, 10_001);
        p.sourceError = new long[] {r.nextInt(3), r.nextInt(p.sourceShares[0].length),
            r.nextBoolean() ? cents : -cents};
      }
      case EXECUTED_OVER_BUDGET -> p.executed = scaled(r, p.annual, 10_200, 12_000);
      default -> throw new IllegalArgumentException(anomaly + " is not an anomaly of the project form");
    }
    return p.build(true);
  }

  /** First-level weights 50 / 30 / 10 with 1 to 10 points moved from one category to another. */
  private static int[] shiftedWeights(RandomGenerator r) {
    int[] weights = {50, 30, 10};
    int[] pair = Figures.sample(r, 3, 2);
    int delta = r.nextInt(1, Math.min(weights[pair[0]] - 2, 10) + 1);
    weights[pair[0]] -= delta;
    weights[pair[1]] += delta;
    return weights;
  }

  private static List<ProjectDraft.Row> rowsOf(ProjectDraft p, IndicatorLevel1 level1) {
    List<ProjectDraft.Row> out = new ArrayList<>();
    for (ProjectDraft.Row row : p.rows) {
      if (row.level1 == level1) {
        out.add(row);
      }
    }
    return out;
  }

  /** Makes a row qualitative with a stated tier. */
  private static ProjectDraft.Row qualitative(RandomGenerator r, ProjectDraft.Row row) {
    row.quantitative = false;
    row.operator = null;
    row.unit = null;
    row.tier = QualitativeTier.values()[r.nextInt(QualitativeTier.values().length)];
    row.name = "定性指标" + r.nextInt(1, 1_000);
    return row;
  }

  /** Makes a row quantitative with ≥ printed in its target, keeping its target where it had one. */
  private static ProjectDraft.Row quantitativeGe(RandomGenerator r, ProjectDraft.Row row) {
    if (!row.quantitative) {
      row.quantitative = true;
      row.unit = ProjectDraft.UNITS[r.nextInt(ProjectDraft.UNITS.length)];
      row.target = ProjectDraft.decimal(r, 1, 1_000);
      row.actual = row.target;
      row.name = "数量指标" + r.nextInt(1, 1_000) + "(" + row.unit + ")";
    }
    row.operator = ComparisonOperator.GE;
    row.operatorInColumn = false;
    return row;
  }

  /** Makes a row a ≥ row whose actual is 30 % to 85 % of its target. */
  private static ProjectDraft.Row shortOfTarget(RandomGenerator r, ProjectDraft.Row row) {
    quantitativeGe(r, row);
    row.actual = row.target.multiply(BigDecimal.valueOf(r.nextInt(30, 86))).movePointLeft(2);
    return row;
  }
}

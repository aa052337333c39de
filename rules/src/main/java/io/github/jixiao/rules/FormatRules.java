package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.SourceIrregularity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The format rules, FMT-01 and FMT-02 (domain specification §5, §6.2). */
final class FormatRules {
  private FormatRules() {}

  /** FMT-01: amounts are printed with exactly 2 decimals. */
  static final class TwoDecimals extends CatalogueRule<DepartmentSelfEvaluation> implements Amounts.Visitor {
    TwoDecimals() {
      super(RuleInfo.of("FMT-01", Severity.INFO,
          "Domain spec §5: 万元 amounts carry 2 decimals in the sample and every regional form seen [V]; the sample's "
              + "11.6 is anomaly A14 [I]",
          Evidence.INFERRED, "department", "format", "amounts"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      Amounts.visit(form, ctx, this);
    }

    @Override
    public void visit(FindingPath path, Amount amount, DepartmentSelfEvaluation form, AuditContext ctx) {
      if (amount.unit() != form.amountUnit()) {
        ctx.indeterminate(path, Reason.UNIT_MISMATCH).reported(amount).input("amountUnit", form.amountUnit());
      } else if (amount.scale() == 2) {
        ctx.pass(path);
      } else {
        ctx.fail(path).reported(amount).expected("2 decimals").message("FMT-01.fail", amount, amount.scale());
      }
    }
  }

  /** FMT-02: no markup residue, no stray separator lines, no broken labels. */
  static final class NoMarkupResidue extends CatalogueRule<DepartmentSelfEvaluation> {
    private static final String[] TAGS = {"p", "br", "div", "span", "td", "tr", "th", "table", "tbody", "b", "i",
        "u", "strong", "em", "font", "sup", "sub", "li", "ul", "ol", "h1", "h2", "h3", "a", "img", "hr"};

    private static final String[] KEYS = keys();

    private static String[] keys() {
      SourceIrregularity.Kind[] kinds = SourceIrregularity.Kind.values();
      String[] keys = new String[kinds.length];
      for (SourceIrregularity.Kind k : kinds) {
        keys[k.ordinal()] = "FMT-02." + k.name();
      }
      return keys;
    }

    NoMarkupResidue() {
      super(RuleInfo.of("FMT-02", Severity.INFO,
          "Domain spec §11, anomaly A14: <p> residue, a broken header 任务涉 及 and a trailing separator line in the "
              + "sample [I]",
          Evidence.INFERRED, "department", "format"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      int before = outcomes(ctx);
      List<SourceIrregularity> irregularities = form.irregularities();
      for (int i = 0; i < irregularities.size(); i++) {
        SourceIrregularity s = irregularities.get(i);
        if (s.kind() == SourceIrregularity.Kind.GARBLED_TEXT) {
          continue;
        }
        ctx.fail(Paths.IRREGULARITIES.index(i)).reported(s.text()).input("location", s.location())
            .input("kind", s.kind()).message(KEYS[s.kind().ordinal()], s.text(), s.location());
      }
      scan(form, ctx);
      if (outcomes(ctx) == before) {
        ctx.pass(Paths.IRREGULARITIES);
      }
    }

    private static int outcomes(AuditContext ctx) {
      return ctx.mark();
    }

    /**
     * Scans every text of the form. Most texts hold neither {@code <} nor {@code &}: their paths are built only for
     * the texts that do.
     */
    private static void scan(DepartmentSelfEvaluation form, AuditContext ctx) {
      text(ctx, Paths.ROOT, "title", form.title());
      text(ctx, Paths.ROOT, "departmentName", form.departmentName());
      List<Goal> goals = form.annualGoals().expectedGoals();
      for (int i = 0; i < goals.size(); i++) {
        text(ctx, Paths.EXPECTED_GOALS.index(i), "text", goals.get(i).text());
      }
      text(ctx, Paths.GOAL_COMPLETION_NARRATIVE, form.annualGoals().goalCompletionNarrative());
      List<MainTask> tasks = form.mainTasks();
      for (int i = 0; i < tasks.size(); i++) {
        MainTask t = tasks.get(i);
        FindingPath task = Paths.MAIN_TASKS.index(i);
        text(ctx, task, "expectedGoal", t.expectedGoal());
        text(ctx, task, "goalCompletion", t.goalCompletion());
        List<KeyIndicator> ks = t.keyIndicators();
        for (int j = 0; j < ks.size(); j++) {
          KeyIndicator k = ks.get(j);
          if (suspect(k.name()) || suspect(k.target()) || suspect(k.completion())) {
            FindingPath row = task.property("keyIndicators").index(j);
            text(ctx, row, "name", k.name());
            value(ctx, row, "target", k.target());
            value(ctx, row, "completion", k.completion());
          }
        }
      }
      List<ProjectSelfEvaluation> projects = form.keyProjects();
      for (int i = 0; i < projects.size(); i++) {
        ProjectSelfEvaluation p = projects.get(i);
        FindingPath base = Paths.KEY_PROJECTS.index(i);
        text(ctx, base, "projectName", p.projectName());
        text(ctx, base, "overallGoalExpected", p.overallGoalExpected());
        text(ctx, base, "overallGoalActual", p.overallGoalActual());
        text(ctx, base, "achievements", p.achievements());
        List<PerformanceIndicator> rows = p.indicators();
        for (int j = 0; j < rows.size(); j++) {
          PerformanceIndicator r = rows.get(j);
          if (suspect(r.name()) || suspect(r.target()) || suspect(r.actual())) {
            FindingPath row = base.property("indicators").index(j);
            text(ctx, row, "name", r.name());
            value(ctx, row, "target", r.target());
            value(ctx, row, "actual", r.actual());
          }
        }
      }
      text(ctx, Paths.OVERALL_PERFORMANCE_NARRATIVE, form.overallPerformanceNarrative());
      List<String> problems = form.problems();
      for (int i = 0; i < problems.size(); i++) {
        text(ctx, Paths.PROBLEMS.index(i), problems.get(i));
      }
      List<String> measures = form.improvementMeasures();
      for (int i = 0; i < measures.size(); i++) {
        text(ctx, Paths.IMPROVEMENT_MEASURES.index(i), measures.get(i));
      }
    }

    /** True if the text may hold markup: a {@code <} or a {@code &}. */
    private static boolean suspect(@Nullable String s) {
      if (s == null) {
        return false;
      }
      int n = s.length();
      if (n > 32) {
        return s.indexOf('<') >= 0 || s.indexOf('&') >= 0; // two vectorised searches beat one loop
      }
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c == '<' || c == '&') {
          return true;
        }
      }
      return false;
    }

    private static boolean suspect(@Nullable IndicatorValue v) {
      return v != null && suspect(v.raw());
    }

    private static void value(AuditContext ctx, FindingPath parent, String property, @Nullable IndicatorValue v) {
      if (suspect(v)) {
        text(ctx, parent.property(property), v.raw());
      }
    }

    private static void text(AuditContext ctx, FindingPath parent, String property, @Nullable String s) {
      if (suspect(s)) {
        text(ctx, parent.property(property), s);
      }
    }

    /** Records FAIL for a known tag or entity, INDETERMINATE for something tag-like; nothing when clean. */
    static void text(AuditContext ctx, FindingPath at, @Nullable String s) {
      if (s == null) {
        return;
      }
      int amp = s.indexOf('&') < 0 ? -1 : s.indexOf("&nbsp;");
      int lt = s.indexOf('<');
      boolean unknown = false;
      while (lt >= 0) {
        int i = lt + 1;
        if (i < s.length() && s.charAt(i) == '/') {
          i++;
        }
        int nameStart = i;
        while (i < s.length() && i - nameStart < 10 && isAsciiLetterOrDigit(s.charAt(i))) {
          i++;
        }
        if (i > nameStart && isAsciiLetter(s.charAt(nameStart))) {
          int close = s.indexOf('>', i);
          if (close >= 0 && close - lt <= 200 && (close == i || s.charAt(i) == ' ' || s.charAt(i) == '/')) {
            String name = s.substring(nameStart, i).toLowerCase(java.util.Locale.ROOT);
            if (isKnownTag(name)) {
              ctx.fail(at).reported(s.substring(lt, close + 1)).message("FMT-02.markupInText",
                  s.substring(lt, close + 1));
              return;
            }
            unknown = true;
          }
        }
        lt = s.indexOf('<', lt + 1);
      }
      if (amp >= 0) {
        ctx.fail(at).reported("&nbsp;").message("FMT-02.markupInText", "&nbsp;");
      } else if (unknown) {
        ctx.indeterminate(at, Reason.AMBIGUOUS).reported(s.length() > 40 ? s.substring(0, 40) + "…" : s);
      }
    }

    private static boolean isKnownTag(String name) {
      for (String t : TAGS) {
        if (t.equals(name)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
      return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
  }

  static List<Rule<DepartmentSelfEvaluation>> all() {
    return List.of(new TwoDecimals(), new NoMarkupResidue());
  }
}

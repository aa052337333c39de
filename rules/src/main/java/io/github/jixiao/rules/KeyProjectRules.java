package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The key-project rules of the department form, DW-K-01 to DW-K-05 (domain specification §6.2). */
final class KeyProjectRules {
  private KeyProjectRules() {}

  /** DW-K-01 [R]: the key project's 执行率 ≈ executed / annual budget (年初预算 for the Beijing 2016 layout). */
  static final class ExecutionRate extends CatalogueRule<DepartmentSelfEvaluation> {
    ExecutionRate() {
      super(RuleInfo.of("DW-K-01", Severity.ERROR,
          "Domain spec §4.3: 执行率 = 全年执行数 / 全年预算数 in the national 10号 table [R]; Beijing Haidian 2016: "
              + "全年执行数 / 年初预算数 [V]",
          Evidence.RECALLED, "department", "key-project", "arithmetic"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<ProjectSelfEvaluation> projects = form.keyProjects();
      for (int i = 0; i < projects.size(); i++) {
        ProjectSelfEvaluation p = projects.get(i);
        FundRow total = p.funds().total();
        boolean beijing = p.layout() == FormLayout.PROJECT_BEIJING_HAIDIAN_2016;
        String denColumn = beijing ? "initialBudget" : "annualBudget";
        Checks.ratio(ctx, Paths.keyProjectTotal(i, "executionRate"), total.executionRate(),
            Paths.keyProjectTotal(i, "executed"), total.executed(), Paths.keyProjectTotal(i, denColumn),
            beijing ? total.initialBudget() : total.annualBudget());
      }
    }
  }

  /** DW-K-02 [I]: the key project's executed ≤ department 实际支出数 and annual budget ≤ 年度预算调整数. */
  static final class WithinDepartment extends CatalogueRule<DepartmentSelfEvaluation> {
    WithinDepartment() {
      super(RuleInfo.of("DW-K-02", Severity.WARNING,
          "Domain spec §6.2: a key project is part of the department's budget and spending [I]",
          Evidence.INFERRED, "department", "key-project"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<ProjectSelfEvaluation> projects = form.keyProjects();
      Amount actual = form.funds().actualExpenditure();
      Amount budget = form.funds().annualAdjustedBudget();
      for (int i = 0; i < projects.size(); i++) {
        FundRow total = projects.get(i).funds().total();
        one(ctx, Paths.keyProjectTotal(i, "executed"), total.executed(), Paths.ACTUAL_EXPENDITURE, actual);
        one(ctx, Paths.keyProjectTotal(i, "annualBudget"), total.annualBudget(), Paths.ANNUAL_ADJUSTED_BUDGET,
            budget);
      }
    }

    private static void one(AuditContext ctx, FindingPath at, @Nullable Amount part, FindingPath wholePath,
        @Nullable Amount whole) {
      if (part == null || whole == null) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(part).input(at, part)
            .input(wholePath, whole);
        return;
      }
      Checks.atMost(ctx, at, part, wholePath, whole, "DW-K-02.fail");
    }
  }

  /** DW-K-03 [I]: the key project's executed ≤ its annual budget. */
  static final class ExecutedWithinBudget extends CatalogueRule<DepartmentSelfEvaluation> {
    ExecutedWithinBudget() {
      super(RuleInfo.of("DW-K-03", Severity.WARNING,
          "Domain spec §6.2; PRJ-F-03 analogue: executed above budget is overspending [I]",
          Evidence.INFERRED, "department", "key-project"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<ProjectSelfEvaluation> projects = form.keyProjects();
      for (int i = 0; i < projects.size(); i++) {
        FundRow total = projects.get(i).funds().total();
        FindingPath at = Paths.keyProjectTotal(i, "executed");
        FindingPath budgetPath = Paths.keyProjectTotal(i, "annualBudget");
        Amount executed = total.executed();
        Amount budget = total.annualBudget();
        if (executed == null || budget == null) {
          ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(executed).input(at, executed)
              .input(budgetPath, budget);
          continue;
        }
        Checks.atMost(ctx, at, executed, budgetPath, budget, "DW-K-03.fail");
      }
    }
  }

  /** DW-K-04 [P]: a key-project budget adjustment above the profile threshold (30 %) needs an explanation. */
  static final class LargeAdjustmentExplained extends CatalogueRule<DepartmentSelfEvaluation> {
    LargeAdjustmentExplained() {
      super(RuleInfo.of("DW-K-04", Severity.INFO,
          "Vendor fiscal performance system: 预算调整超30%原因说明 [P]; Sichuan: in-year adjustments explained [V]; "
              + "threshold in the profile",
          Evidence.PRACTICE, "department", "key-project", "explanation"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<ProjectSelfEvaluation> projects = form.keyProjects();
      for (int i = 0; i < projects.size(); i++) {
        FundRow total = projects.get(i).funds().total();
        FindingPath at = Paths.keyProjectTotal(i, "note");
        if (Checks.explains(total.note())) {
          ctx.pass(at);
          continue;
        }
        Checks.aboveThreshold(ctx, at, null, at, total.annualBudget(), Paths.keyProjectTotal(i, "annualBudget"),
            total.initialBudget(), Paths.keyProjectTotal(i, "initialBudget"),
            ctx.profile().keyProjectAdjustmentThreshold(), "DW-K-04.fail");
      }
    }
  }

  /** DW-K-05 [I]: an indicator placed in a second-level category whose semantics do not fit (keyword heuristic). */
  static final class CategoryFits extends CatalogueRule<DepartmentSelfEvaluation> {
    private static final String[] AMOUNT_UNITS = {"元", "万元", "千元", "亿元", "元/人", "元/次"};
    static final Words COST_WORDS = new Words("成本", "费用", "经费", "资金", "单价", "金额", "造价", "开支", "支出额",
        "标准");
    static final Words TIME_WORDS = new Words("及时", "时效", "时间", "时限", "期限", "按时", "如期", "准时", "进度",
        "完成率", "周期", "工作日", "天内", "日前", "月底", "年底", "年内", "当年", "当月", "季度");
    static final Words OTHER_MEASURE_WORDS = new Words("参与率", "覆盖率", "满意度", "满意率", "合格率", "达标率",
        "知晓率", "参训率", "出勤率", "通过率", "通过验收", "覆盖面");

    CategoryFits() {
      super(RuleInfo.of("DW-K-05", Severity.WARNING,
          "Domain spec §3.3, §6.2, anomaly A8: cost rows are amounts or unit costs and usually reverse (≤90万元 in "
              + "the Chizhou form [V]); timeliness rows concern dates, deadlines or on-time rates [I]",
          Evidence.INFERRED, "department", "key-project", "indicators"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<ProjectSelfEvaluation> projects = form.keyProjects();
      for (int i = 0; i < projects.size(); i++) {
        List<PerformanceIndicator> rows = projects.get(i).indicators();
        for (int j = 0; j < rows.size(); j++) {
          check(rows.get(j), Paths.keyProjectIndicator(i, j, "level2"), ctx);
        }
      }
    }

    private static void check(PerformanceIndicator row, FindingPath at, AuditContext ctx) {
      IndicatorLevel2 level2 = row.level2();
      if (level2 == null) {
        if (Checks.hasText(row.level2Label())) {
          ctx.indeterminate(at, Reason.UNPARSEABLE_VALUE).reported(row.level2Label());
        } else {
          ctx.notApplicable(at, Reason.MISSING_FIGURE);
        }
        return;
      }
      String name = row.name();
      String misfit = switch (level2) {
        case COST, ECONOMIC_COST, SOCIAL_COST, ECO_ENVIRONMENTAL_COST -> costMisfit(row, name, Words.mask(name));
        case TIMELINESS -> {
          long mask = Words.mask(name);
          yield containsAny(name, mask, TIME_WORDS) != null ? null : containsAny(name, mask, OTHER_MEASURE_WORDS);
        }
        case SERVICE_RECIPIENT_SATISFACTION -> name.contains("满意") ? null : "no 满意";
        default -> null;
      };
      if (misfit == null) {
        ctx.pass(at);
      } else {
        ctx.fail(at).reported(level2.label()).input("name", name).input("evidence", misfit)
            .message("DW-K-05.fail", name, level2.label(), misfit);
      }
    }

    private static @Nullable String costMisfit(PerformanceIndicator row, String name, long nameMask) {
      String time = containsAny(name, nameMask, TIME_WORDS);
      if (time != null) {
        return time;
      }
      ComparisonOperator op = row.effectiveOperator();
      if (op == ComparisonOperator.GE || op == ComparisonOperator.GT) {
        return op.symbol();
      }
      if (containsAny(name, nameMask, COST_WORDS) != null) {
        return null;
      }
      String printedUnit = row.unit();
      if (printedUnit != null) {
        return containsExactly(printedUnit, AMOUNT_UNITS) ? null : printedUnit;
      }
      int open = unitInNameStart(name);
      if (open >= 0) {
        for (String u : AMOUNT_UNITS) {
          if (name.regionMatches(open, u, 0, u.length()) && unitInNameEnd(name, open) == open + u.length()) {
            return null;
          }
        }
        return name.substring(open, unitInNameEnd(name, open));
      }
      IndicatorValue t = row.target();
      String targetUnit = t == null ? null : t.unit();
      return targetUnit == null || containsExactly(targetUnit, AMOUNT_UNITS) ? null : targetUnit;
    }

    /** Start of the unit in a name ending in {@code (单位)} or {@code （单位）}, or -1; allocation-free. */
    static int unitInNameStart(String name) {
      int end = name.length();
      while (end > 0 && TextMatch.isSpace(name.charAt(end - 1))) {
        end--;
      }
      if (end == 0 || (name.charAt(end - 1) != ')' && name.charAt(end - 1) != '）')) {
        return -1;
      }
      int open = Math.max(name.lastIndexOf('('), name.lastIndexOf('（'));
      return open < 0 || end - 1 - open - 1 < 1 || end - 1 - open - 1 > 8 ? -1 : open + 1;
    }

    static int unitInNameEnd(String name, int start) {
      int close = start;
      while (close < name.length() && name.charAt(close) != ')' && name.charAt(close) != '）') {
        close++;
      }
      return close;
    }

    /** The first of the words the text holds, or null; {@code mask} is {@link Words#mask} of the text. */
    static @Nullable String containsAny(String s, long mask, Words words) {
      for (int i = 0; i < words.words.length; i++) {
        // a word with a character the text lacks is skipped without a search
        if ((words.masks[i] & ~mask) == 0 && s.contains(words.words[i])) {
          return words.words[i];
        }
      }
      return null;
    }

    /** Key words in the order they are tried, each with the set of its characters folded to 64 bits. */
    static final class Words {
      final String[] words;
      final long[] masks;

      Words(String... words) {
        this.words = words;
        this.masks = new long[words.length];
        for (int i = 0; i < words.length; i++) {
          masks[i] = mask(words[i]);
        }
      }

      /** Bit {@code c mod 64} for every character {@code c}: a text holding a word has all the word's bits. */
      static long mask(String s) {
        long m = 0;
        for (int i = 0; i < s.length(); i++) {
          m |= 1L << s.charAt(i);
        }
        return m;
      }
    }

    private static boolean containsExactly(String s, String[] words) {
      for (String w : words) {
        if (s.equals(w)) {
          return true;
        }
      }
      return false;
    }
  }

  static List<Rule<DepartmentSelfEvaluation>> all() {
    return List.of(new ExecutionRate(), new WithinDepartment(), new ExecutedWithinBudget(),
        new LargeAdjustmentExplained(), new CategoryFits());
  }
}

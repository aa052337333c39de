package io.github.jixiao.rules;

import static io.github.jixiao.rules.ProjectRuleChecks.CATEGORY_WEIGHTS;
import static io.github.jixiao.rules.ProjectRuleChecks.FUNDS_TOTAL;
import static io.github.jixiao.rules.ProjectRuleChecks.GRADE;
import static io.github.jixiao.rules.ProjectRuleChecks.TOTAL_SCORE;
import static io.github.jixiao.rules.ProjectRuleChecks.TOTAL_WEIGHT;
import static io.github.jixiao.rules.ProjectRuleChecks.row;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.CategoryWeight;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorNature;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.rules.scoring.ExecutionRateBasis;
import io.github.jixiao.rules.scoring.ScoreCard;
import io.github.jixiao.rules.scoring.ScoreItem;
import io.github.jixiao.rules.scoring.ScoringModels;
import io.github.jixiao.rules.scoring.ScoringProfile;
import io.github.jixiao.rules.scoring.Strategy;
import io.github.jixiao.rules.scoring.TierBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of rules for the project self-evaluation form (项目支出绩效自评表), domain specification §6.3: every
 * PRJ-* rule, in the specification's order. Paths are relative to the project form ({@code indicators[3].score});
 * inside a department form they are prefixed with {@code keyProjects[i]} (see {@link #forKeyProjects()}).
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>code</th><th>severity</th><th>evidence</th><th>checks</th></tr>
 *   <tr><td>PRJ-W-01</td><td>ERROR</td><td>[V]</td><td>Σ weights, execution row included, = 100</td></tr>
 *   <tr><td>PRJ-W-02</td><td>WARNING</td><td>[V]</td><td>first-level weights = the profile's (50/30/10/10)</td></tr>
 *   <tr><td>PRJ-W-03</td><td>ERROR</td><td>[P]</td><td>Σ child weights = printed parent weight</td></tr>
 *   <tr><td>PRJ-W-04</td><td>ERROR</td><td>[P]</td><td>every leaf weight &gt; 0 (profile switch)</td></tr>
 *   <tr><td>PRJ-S-01</td><td>ERROR</td><td>[I]</td><td>0 ≤ score ≤ weight</td></tr>
 *   <tr><td>PRJ-S-02</td><td>ERROR</td><td>[R]</td><td>total = Σ scores, within n × half a unit</td></tr>
 *   <tr><td>PRJ-S-03</td><td>ERROR</td><td>[R]</td><td>qualitative score within its tier's band</td></tr>
 *   <tr><td>PRJ-S-04</td><td>ERROR</td><td>[R]</td><td>quantitative score = the scoring strategy's</td></tr>
 *   <tr><td>PRJ-S-05</td><td>ERROR</td><td>[V]</td><td>grade = band of the total</td></tr>
 *   <tr><td>PRJ-D-01</td><td>ERROR</td><td>[P]</td><td>deviation analysis when score &lt; weight</td></tr>
 *   <tr><td>PRJ-D-02</td><td>WARNING</td><td>[P]</td><td>deviation analysis when actual ≥ 130 % of target</td></tr>
 *   <tr><td>PRJ-D-03</td><td>WARNING</td><td>[V]</td><td>explanation when 执行率 &lt; 90 %</td></tr>
 *   <tr><td>PRJ-D-04</td><td>WARNING</td><td>[V]</td><td>explanation when the budget was adjusted in-year</td></tr>
 *   <tr><td>PRJ-V-01</td><td>ERROR</td><td>[P]</td><td>quantitative rows have a numeric target and a unit</td></tr>
 *   <tr><td>PRJ-V-02</td><td>ERROR</td><td>[P]</td><td>no placeholder targets in quantitative rows</td></tr>
 *   <tr><td>PRJ-V-03</td><td>ERROR</td><td>[P]</td><td>定量（其他） rows explain their value</td></tr>
 *   <tr><td>PRJ-V-04</td><td>WARNING</td><td>[P]</td><td>negative actuals (scored as 0)</td></tr>
 *   <tr><td>PRJ-V-05</td><td>INFO</td><td>[P]</td><td>indicator name ≤ 100 characters</td></tr>
 *   <tr><td>PRJ-F-01</td><td>ERROR</td><td>[R]</td><td>执行率 ≈ executed / budget per profile</td></tr>
 *   <tr><td>PRJ-F-02</td><td>ERROR</td><td>[I]</td><td>total fund row = Σ source rows, per column</td></tr>
 *   <tr><td>PRJ-F-03</td><td>WARNING</td><td>[I]</td><td>executed ≤ annual budget</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectRules {
  private static final List<Rule<ProjectSelfEvaluation>> CATALOGUE = List.of(
      new TotalWeight(), new FirstLevelWeights(), new ChildWeights(), new PositiveLeafWeights(),
      new ScoreWithinWeight(), new TotalScore(), new QualitativeBand(), new QuantitativeScore(), new GradeOfTotal(),
      new DeviationWhenShort(), new DeviationWhenOvershot(), new LowExecutionExplained(), new AdjustmentExplained(),
      new QuantitativeTarget(), new NoPlaceholderTarget(), new OtherQuantitativeExplained(), new NegativeActual(),
      new NameLength(), new ExecutionRate(), new FundRowsAddUp(), new ExecutedWithinBudget());
  private static final RuleSet<ProjectSelfEvaluation> STANDARD =
      RuleSet.builder(ProjectSelfEvaluation.class).addAll(CATALOGUE).build();

  private ProjectRules() {}

  /**
   * Returns every project-form rule, in the order of the specification.
   *
   * @return the rules, unmodifiable, never null
   */
  public static List<Rule<ProjectSelfEvaluation>> catalogue() {
    return CATALOGUE;
  }

  /**
   * Returns the standard rule set for project forms: the whole catalogue, default severities, the national profile.
   *
   * @return the rule set, never null
   */
  public static RuleSet<ProjectSelfEvaluation> standardSet() {
    return STANDARD;
  }

  /**
   * Returns one rule of the catalogue.
   *
   * @param code the code, such as {@code PRJ-S-02}, not null
   * @return the rule, never null
   * @throws IllegalArgumentException if there is no such rule
   */
  public static Rule<ProjectSelfEvaluation> rule(String code) {
    for (Rule<ProjectSelfEvaluation> r : CATALOGUE) {
      if (r.info().code().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no project rule " + code);
  }

  /**
   * Returns the department rule set with the project catalogue added for every key project (重点项目), its paths
   * prefixed with {@code keyProjects[i]}:
   * <pre>{@code
   * AuditResult result = ProjectRules.forKeyProjects().audit(departmentForm);
   * }</pre>
   *
   * @return the rule set, never null
   */
  public static RuleSet<io.github.jixiao.core.DepartmentSelfEvaluation> forKeyProjects() {
    return DepartmentRules.standardSet().toBuilder()
        .nested("keyProjects", io.github.jixiao.core.DepartmentSelfEvaluation::keyProjects, STANDARD)
        .build();
  }

  private static RuleInfo ruleInfo(String code, Severity severity, String basis, Evidence evidence, String... tags) {
    String[] all = new String[tags.length + 1];
    all[0] = "project";
    System.arraycopy(tags, 0, all, 1, tags.length);
    return RuleInfo.of(code, severity, basis, evidence, all);
  }

  /** A rule with one outcome per indicator row, at {@code indicators[i].<property>}. */
  abstract static class RowRule extends CatalogueRule<ProjectSelfEvaluation> {
    private final String property;

    RowRule(RuleInfo info, String property) {
      super(info);
      this.property = property;
    }

    @Override
    public final void check(ProjectSelfEvaluation form, AuditContext ctx) {
      List<PerformanceIndicator> rows = form.indicators();
      for (int i = 0; i < rows.size(); i++) {
        checkRow(form, rows.get(i), row(i, property), ctx);
      }
    }

    /** Records the outcome of one row at {@code at}. */
    abstract void checkRow(ProjectSelfEvaluation form, PerformanceIndicator r, FindingPath at, AuditContext ctx);
  }

  //-----------------------------------------------------------------------
  // Weights
  //-----------------------------------------------------------------------

  /** PRJ-W-01 [V]: the weights of all rows, the execution row included, add up to 100. */
  static final class TotalWeight extends CatalogueRule<ProjectSelfEvaluation> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    TotalWeight() {
      super(ruleInfo("PRJ-W-01", Severity.ERROR,
          "2016 MOF notice on central project self-evaluation: weights adjustable but \"加总后应等于100%\" [V]",
          Evidence.VERIFIED, "weights"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      List<PerformanceIndicator> rows = form.indicators();
      BigDecimal execution = form.funds().total().weight();
      if (!ProjectRuleChecks.anyWeightPrinted(rows) && execution == null) {
        ctx.notApplicable(TOTAL_WEIGHT, Reason.MISSING_FIGURE).input("weights", "none printed");
        return;
      }
      List<BigDecimal> weights = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      if (execution == null) {
        missing.add(FUNDS_TOTAL.property("weight").toString());
      } else {
        weights.add(execution);
      }
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).weight() == null) {
          missing.add(row(i, "weight").toString());
        } else {
          weights.add(rows.get(i).weight());
        }
      }
      BigDecimal sum = ProjectRuleChecks.sum(weights);
      BigDecimal tolerance = ProjectRuleChecks.weightTolerance(weights);
      if (!missing.isEmpty()) {
        if (sum.subtract(tolerance).compareTo(HUNDRED) > 0) {
          ctx.fail(TOTAL_WEIGHT).reported(sum).expected(HUNDRED).input("printed weights", weights.size())
              .input("missing", String.join(", ", missing)).message("PRJ-W-01.fail", sum, HUNDRED);
        } else {
          ctx.indeterminate(TOTAL_WEIGHT, Reason.MISSING_FIGURE).reported(sum)
              .input("missing", String.join(", ", missing));
        }
        return;
      }
      if (sum.subtract(HUNDRED).abs().compareTo(tolerance) <= 0) {
        ctx.pass(TOTAL_WEIGHT);
      } else {
        ctx.fail(TOTAL_WEIGHT).reported(sum).expected(HUNDRED).input("tolerance", tolerance)
            .input("weights", weights.size()).message("PRJ-W-01.fail", sum, HUNDRED);
      }
    }
  }

  /** PRJ-W-02 [V]: the first-level weights are the profile's (产出 50, 效益 30, 满意度 10, 执行率 10). */
  static final class FirstLevelWeights extends CatalogueRule<ProjectSelfEvaluation> {
    FirstLevelWeights() {
      super(ruleInfo("PRJ-W-02", Severity.WARNING,
          "2016 MOF notice: 产出 50 / 效益 30 / 满意度 10 / 执行率 10, adjustable in special cases [V]; 10号 [R]",
          Evidence.VERIFIED, "weights"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      ScoringProfile scoring = ctx.profile().scoringProfile();
      List<PerformanceIndicator> rows = form.indicators();
      BigDecimal execution = form.funds().total().weight();
      FindingPath executionPath = FUNDS_TOTAL.property("weight");
      if (execution == null) {
        ctx.notApplicable(executionPath, Reason.MISSING_FIGURE);
      } else if (execution.compareTo(scoring.executionWeight()) == 0) {
        ctx.pass(executionPath);
      } else {
        ctx.fail(executionPath).reported(execution).expected(scoring.executionWeight())
            .message("PRJ-W-02.fail", "执行率", execution, scoring.executionWeight());
      }
      boolean anyPrinted = ProjectRuleChecks.anyWeightPrinted(rows)
          || form.categoryWeights().stream().anyMatch(c -> c.weight() != null);
      Map<IndicatorLevel1, List<BigDecimal>> sums = new EnumMap<>(IndicatorLevel1.class);
      Map<IndicatorLevel1, FindingPath> places = new EnumMap<>(IndicatorLevel1.class);
      Map<IndicatorLevel1, Boolean> complete = new EnumMap<>(IndicatorLevel1.class);
      for (int i = 0; i < rows.size(); i++) {
        IndicatorLevel1 category = ProjectRuleChecks.category(rows.get(i));
        if (category == null) {
          continue;
        }
        places.putIfAbsent(category, row(i, "weight"));
        sums.computeIfAbsent(category, c -> new ArrayList<>());
        complete.putIfAbsent(category, Boolean.TRUE);
        if (rows.get(i).weight() == null) {
          complete.put(category, Boolean.FALSE);
        } else {
          sums.get(category).add(rows.get(i).weight());
        }
      }
      List<CategoryWeight> printed = form.categoryWeights();
      for (int k = 0; k < printed.size(); k++) {
        CategoryWeight cw = printed.get(k);
        if (cw.level2() == null && cw.level1() != null && cw.weight() != null) {
          places.put(cw.level1(), CATEGORY_WEIGHTS.index(k).property("weight"));
          sums.put(cw.level1(), List.of(cw.weight()));
          complete.put(cw.level1(), Boolean.TRUE);
        }
      }
      for (Map.Entry<IndicatorLevel1, FindingPath> e : places.entrySet()) {
        IndicatorLevel1 category = e.getKey();
        FindingPath at = e.getValue();
        BigDecimal expected = scoring.categoryWeights().get(category);
        List<BigDecimal> values = sums.get(category);
        if (!anyPrinted) {
          ctx.notApplicable(at, Reason.MISSING_FIGURE);
        } else if (expected == null) {
          ctx.notApplicable(at, Reason.NOT_IN_LAYOUT).input("category", category.label());
        } else if (!complete.get(category)) {
          ctx.indeterminate(at, Reason.MISSING_FIGURE).input("category", category.label());
        } else {
          BigDecimal sum = ProjectRuleChecks.sum(values);
          if (sum.subtract(expected).abs().compareTo(ProjectRuleChecks.weightTolerance(values)) <= 0) {
            ctx.pass(at);
          } else {
            ctx.fail(at).reported(sum).expected(expected).input("category", category.label())
                .message("PRJ-W-02.fail", category.label(), sum, expected);
          }
        }
      }
    }
  }

  /** PRJ-W-03 [P]: the weights of a category's rows add up to the category's printed weight. */
  static final class ChildWeights extends CatalogueRule<ProjectSelfEvaluation> {
    ChildWeights() {
      super(ruleInfo("PRJ-W-03", Severity.ERROR,
          "Vendor fiscal performance system: \"下级指标…录入合计应等于上级设置数\" [P]",
          Evidence.PRACTICE, "weights"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      List<CategoryWeight> printed = form.categoryWeights();
      if (printed.isEmpty()) {
        ctx.notApplicable(CATEGORY_WEIGHTS, Reason.MISSING_FIGURE);
        return;
      }
      for (int k = 0; k < printed.size(); k++) {
        CategoryWeight cw = printed.get(k);
        FindingPath at = CATEGORY_WEIGHTS.index(k).property("weight");
        if (cw.weight() == null || (cw.level1() == null && cw.level2() == null)) {
          ctx.notApplicable(at, cw.weight() == null ? Reason.MISSING_FIGURE : Reason.UNPARSEABLE_VALUE);
          continue;
        }
        List<BigDecimal> children = new ArrayList<>();
        boolean missing = false;
        int count = 0;
        for (PerformanceIndicator r : form.indicators()) {
          boolean inCategory = cw.level2() != null ? r.level2() == cw.level2()
              : ProjectRuleChecks.category(r) == cw.level1();
          if (inCategory) {
            count++;
            if (r.weight() == null) {
              missing = true;
            } else {
              children.add(r.weight());
            }
          }
        }
        if (count == 0) {
          ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(cw.weight()).input("rows", 0);
          continue;
        }
        BigDecimal sum = ProjectRuleChecks.sum(children);
        List<BigDecimal> all = new ArrayList<>(children);
        all.add(cw.weight());
        BigDecimal tolerance = ProjectRuleChecks.weightTolerance(all);
        if (missing) {
          if (sum.subtract(tolerance).compareTo(cw.weight()) > 0) {
            ctx.fail(at).reported(cw.weight()).expected(sum).message("PRJ-W-03.fail", cw.label(), cw.weight(), sum);
          } else {
            ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(cw.weight());
          }
        } else if (sum.subtract(cw.weight()).abs().compareTo(tolerance) <= 0) {
          ctx.pass(at);
        } else {
          ctx.fail(at).reported(cw.weight()).expected(sum).input("rows", count)
              .message("PRJ-W-03.fail", cw.label(), cw.weight(), sum);
        }
      }
    }
  }

  /** PRJ-W-04 [P]: every leaf weight is above zero (a profile switch turns the rule off). */
  static final class PositiveLeafWeights extends RowRule {
    PositiveLeafWeights() {
      super(ruleInfo("PRJ-W-04", Severity.ERROR,
          "Vendor fiscal performance system: isCheckWeightGtZero, configurable [P]", Evidence.PRACTICE, "weights"), "weight");
    }

    @Override
    void checkRow(ProjectSelfEvaluation form, PerformanceIndicator r, FindingPath at, AuditContext ctx) {
      BigDecimal w = r.weight();
      if (!ctx.profile().requirePositiveLeafWeights()) {
        ctx.notApplicable(at, Reason.NOT_IN_LAYOUT).input("profile", "requirePositiveLeafWeights = false");
      } else if (w == null) {
        if (ProjectRuleChecks.anyWeightPrinted(form.indicators())) {
          ctx.indeterminate(at, Reason.MISSING_FIGURE);
        } else {
          ctx.notApplicable(at, Reason.MISSING_FIGURE);
        }
      } else if (w.signum() > 0) {
        ctx.pass(at);
      } else {
        ctx.fail(at).reported(w).expected("> 0").message("PRJ-W-04.fail", r.name(), w);
      }
    }
  }

  //-----------------------------------------------------------------------
  // Scores
  //-----------------------------------------------------------------------

  /** PRJ-S-01 [I]: 0 ≤ score ≤ weight, on every row and on the execution row. */
  static final class ScoreWithinWeight extends CatalogueRule<ProjectSelfEvaluation> {
    ScoreWithinWeight() {
      super(ruleInfo("PRJ-S-01", Severity.ERROR,
          "Implied by the full-marks cap, Beijing 2016 \"最高不得超过分值上限\" [V]; the rule itself [I]",
          Evidence.INFERRED, "scores"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      FundRow total = form.funds().total();
      one(ctx, FUNDS_TOTAL.property("score"), "执行率", total.score(), total.weight());
      List<PerformanceIndicator> rows = form.indicators();
      for (int i = 0; i < rows.size(); i++) {
        one(ctx, row(i, "score"), rows.get(i).name(), rows.get(i).score(), rows.get(i).weight());
      }
    }

    private static void one(AuditContext ctx, FindingPath at, String name, @Nullable BigDecimal score,
        @Nullable BigDecimal weight) {
      if (score == null) {
        ctx.notApplicable(at, Reason.MISSING_FIGURE);
      } else if (score.signum() < 0) {
        ctx.fail(at).reported(score).expected("≥ 0").message("PRJ-S-01.negative", name, score);
      } else if (weight == null) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(score).input("weight", null);
      } else if (score.compareTo(weight) <= 0) {
        ctx.pass(at);
      } else {
        ctx.fail(at).reported(score).expected("≤ " + weight.toPlainString()).input("weight", weight)
            .message("PRJ-S-01.fail", name, score, weight);
      }
    }
  }

  /**
   * PRJ-S-02 [R]: the total equals the sum of the printed scores (execution row included), within half a unit of
   * every printed figure; with scores missing, FAIL when the total lies outside what the rows could still reach.
   */
  static final class TotalScore extends CatalogueRule<ProjectSelfEvaluation> {
    TotalScore() {
      super(ruleInfo("PRJ-S-02", Severity.ERROR,
          "10号: total = sum of indicator scores [R]; tolerance n × 0.005 for 2-decimal scores (§6.1) [I]",
          Evidence.RECALLED, "scores", "arithmetic"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      BigDecimal total = form.totalScore();
      if (total == null) {
        ctx.notApplicable(TOTAL_SCORE, Reason.MISSING_FIGURE);
        return;
      }
      List<BigDecimal> scores = new ArrayList<>();
      BigDecimal reachable = BigDecimal.ZERO;
      boolean unknownReach = false;
      int missing = 0;
      FundRow execution = form.funds().total();
      if (execution.score() != null) {
        scores.add(execution.score());
      } else {
        missing++;
        if (execution.weight() == null) {
          unknownReach = true;
        } else {
          reachable = reachable.add(execution.weight());
        }
      }
      for (PerformanceIndicator r : form.indicators()) {
        if (r.score() != null) {
          scores.add(r.score());
        } else {
          missing++;
          if (r.weight() == null) {
            unknownReach = true;
          } else {
            reachable = reachable.add(r.weight());
          }
        }
      }
      BigDecimal sum = ProjectRuleChecks.sum(scores);
      List<BigDecimal> printed = new ArrayList<>(scores);
      printed.add(total);
      BigDecimal tolerance = ProjectRuleChecks.roundingTolerance(printed);
      BigDecimal low = sum.subtract(tolerance);
      BigDecimal high = sum.add(reachable).add(tolerance);
      if (total.compareTo(low) < 0 || (!unknownReach && total.compareTo(high) > 0)) {
        Interval expected = Interval.of(low, unknownReach ? sum.add(tolerance).max(low) : high);
        ctx.fail(TOTAL_SCORE).reported(total).expected(expected)
            .input("Σ printed scores", sum).input("scores", scores.size()).input("unscored rows", missing)
            .message(missing == 0 ? "PRJ-S-02.fail" : "PRJ-S-02.unreachable", total, sum, reachable);
      } else if (missing == 0) {
        ctx.pass(TOTAL_SCORE);
      } else {
        ctx.indeterminate(TOTAL_SCORE, Reason.MISSING_FIGURE).reported(total).input("Σ printed scores", sum)
            .input("unscored rows", missing);
      }
    }
  }

  /**
   * PRJ-S-03 [R]/[P]: a qualitative row's score lies in the band of its tier, within the printed precision of the
   * score ({@link TierBand#admits(BigDecimal)}); the vendor's check rounds the band limits instead [P], which leaves
   * tiny weights an empty band.
   */
  static final class QualitativeBand extends RowRule {
    QualitativeBand() {
      super(ruleInfo("PRJ-S-03", Severity.ERROR,
          "10号 tiers 100–80 % / 80–60 % / 60–0 % of the weight [R]; vendor band check selfqualscorecheck [P]",
          Evidence.RECALLED, "scores", "qualitative"), "score");
    }

    @Override
    void checkRow(ProjectSelfEvaluation form, PerformanceIndicator r, FindingPath at, AuditContext ctx) {
      if (r.nature() != IndicatorNature.QUALITATIVE || r.score() == null) {
        ctx.notApplicable(at, Reason.MISSING_FIGURE);
        return;
      }
      QualitativeTier tier = r.statedTier();
      if (tier == null || r.weight() == null) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(r.score()).input("tier", tier)
            .input("weight", r.weight());
        return;
      }
      TierBand band = TierBand.of(tier, r.weight());
      if (band.admits(r.score())) {
        ctx.pass(at);
      } else {
        ctx.fail(at).reported(r.score()).expected(band.toString()).input("tier", tier.label())
            .input("weight", r.weight()).message("PRJ-S-03.fail", r.name(), r.score(), tier.label(), band);
      }
    }
  }

  /**
   * PRJ-S-04 [R]/[P]: a quantitative row's printed score is the scoring strategy's (and the execution row's is
   * min(rate, 1) × weight, from the exact amounts or from the printed rate, §5), within half a unit of the printed
   * score. On when the profile's {@code autoScoring} is.
   */
  static final class QuantitativeScore extends CatalogueRule<ProjectSelfEvaluation> {
    QuantitativeScore() {
      super(ruleInfo("PRJ-S-04", Severity.ERROR,
          "10号 \"按照完成值与指标值的比例记分\" [R]; vendor auto-scoring selfpositiveindex / selfreverseindex [P]",
          Evidence.RECALLED, "scores", "quantitative"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      if (!ctx.profile().autoScoring()) {
        ctx.notApplicable(ProjectRuleChecks.INDICATORS, Reason.NOT_IN_LAYOUT).input("profile", "autoScoring = false");
        return;
      }
      ScoringProfile scoring = ctx.profile().scoringProfile();
      ScoreCard card = ScoringModels.national().score(form, scoring);
      FundRow total = form.funds().total();
      FindingPath executionAt = FUNDS_TOTAL.property("score");
      if (total.score() == null) {
        ctx.notApplicable(executionAt, Reason.MISSING_FIGURE);
      } else {
        ScoreItem item = card.items().get(0);
        List<BigDecimal> readings = new ArrayList<>();
        if (item.rawPoints() != null) {
          readings.add(item.rawPoints());
        }
        if (total.executionRate() != null && item.weight() != null) {
          BigDecimal rate = total.executionRate().asFraction().max(BigDecimal.ZERO).min(BigDecimal.ONE);
          readings.add(rate.multiply(item.weight()));
        }
        compare(ctx, executionAt, "执行率", total.score(), readings, item.strategy());
      }
      for (int i = 0; i < form.indicators().size(); i++) {
        PerformanceIndicator r = form.indicators().get(i);
        FindingPath at = row(i, "score");
        ScoreItem item = card.items().get(i + 1);
        if (r.score() == null || r.nature() != IndicatorNature.QUANTITATIVE) {
          ctx.notApplicable(at, Reason.MISSING_FIGURE);
        } else if (item.rawPoints() == null) {
          ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(r.score()).input("flags", item.flags());
        } else {
          compare(ctx, at, r.name(), r.score(), List.of(item.rawPoints()), item.strategy());
        }
      }
    }

    private static void compare(AuditContext ctx, FindingPath at, String name, BigDecimal printed,
        List<BigDecimal> readings, Strategy strategy) {
      if (readings.isEmpty()) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(printed);
        return;
      }
      BigDecimal half = ProjectRuleChecks.halfUnit(printed);
      for (BigDecimal expected : readings) {
        if (printed.subtract(expected).abs().compareTo(half) <= 0) {
          ctx.pass(at);
          return;
        }
      }
      BigDecimal expected = readings.get(0);
      ctx.fail(at).reported(printed).expected(expected.setScale(Math.max(printed.scale(), 2), RoundingMode.HALF_UP))
          .input("strategy", strategy).input("tolerance", half)
          .message("PRJ-S-04.fail", name, printed, expected.setScale(Math.max(printed.scale(), 2),
              RoundingMode.HALF_UP), strategy);
    }
  }

  /** PRJ-S-05 [V]/[R]: the printed grade is the band of the printed total. */
  static final class GradeOfTotal extends CatalogueRule<ProjectSelfEvaluation> {
    GradeOfTotal() {
      super(ruleInfo("PRJ-S-05", Severity.ERROR,
          "MOF 预算司 bands 优 90–100 / 良 80–89 / 中 60–79 / 差 0–59 [V]; 10号 \"90（含）-100分为优\" [R]",
          Evidence.VERIFIED, "scores", "grade"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      Grade grade = form.grade();
      BigDecimal total = form.totalScore();
      if (grade == null) {
        ctx.notApplicable(GRADE, Reason.MISSING_FIGURE);
        return;
      }
      if (total == null) {
        ctx.indeterminate(GRADE, Reason.MISSING_FIGURE).reported(grade).input("totalScore", null);
        return;
      }
      var bands = ctx.profile().scoringProfile().gradeBands();
      BigDecimal half = ProjectRuleChecks.halfUnit(total);
      Grade low = bands.grade(total.subtract(half));
      Grade high = bands.grade(total.add(half));
      Grade exact = bands.grade(total);
      if (grade == exact) {
        ctx.pass(GRADE);
      } else if (grade == low || grade == high) {
        ctx.indeterminate(GRADE, Reason.WITHIN_ROUNDING).reported(grade).input("totalScore", total);
      } else {
        ctx.fail(GRADE).reported(grade.label()).expected(exact.label()).input("totalScore", total)
            .message("PRJ-S-05.fail", grade.label(), total, exact.label());
      }
    }
  }

  //-----------------------------------------------------------------------
  // Deviation analysis
  //-----------------------------------------------------------------------

  /** PRJ-D-01 [P]: a row scored below its weight carries a deviation analysis. */
  static final class DeviationWhenShort extends RowRule {
    DeviationWhenShort() {
      super(ruleInfo("PRJ-D-01", Severity.ERROR,
          "Vendor: deviation reason mandatory when score < weight [P]; 10号 第十条 spirit [R]",
          Evidence.PRACTICE, "deviation", "explanation"), "deviationAnalysis");
    }

    @Override
    void checkRow(ProjectSelfEvaluation form, PerformanceIndicator r, FindingPath at, AuditContext ctx) {
      if (r.score() == null || r.weight() == null) {
        ctx.notApplicable(at, Reason.MISSING_FIGURE);
      } else if (r.score().compareTo(r.weight()) >= 0 || Checks.explains(r.deviationAnalysis())) {
        ctx.pass(at);
      } else {
        ctx.fail(at).reported(r.deviationAnalysis()).expected("deviation analysis").input("score", r.score())
            .input("weight", r.weight()).message("PRJ-D-01.fail", r.name(), r.score(), r.weight());
      }
    }
  }

  /** PRJ-D-02 [P]: a positive quantitative row far above its target (≥ 130 %, or ≥ 30 for a zero target) is explained. */
  static final class DeviationWhenOvershot extends RowRule {
    DeviationWhenOvershot() {
      super(ruleInfo("PRJ-D-02", Severity.WARNING,
          "Vendor Guangxi profile: \"实际完成情况超计划较大\" when actual ≥ 130 % of target (≥ 30 for target 0) [P]",
          Evidence.PRACTICE, "deviation", "explanation"), "deviationAnalysis");
    }

    @Override
    void checkRow(ProjectSelfEvaluation form, PerformanceIndicator r, FindingPath at, AuditContext ctx) {
      BigDecimal factor = ctx.profile().overshootPercent().movePointLeft(2);
      ComparisonOperator op = r.effectiveOperator();
      BigDecimal t = ProjectRuleChecks.number(r.target());
      BigDecimal a = ProjectRuleChecks.number(r.actual());
      boolean positive = op == null ? r.nature() == IndicatorNature.QUANTITATIVE
          : op.direction() == Direction.POSITIVE;
      if (!positive || r.nature() != IndicatorNature.QUANTITATIVE) {
        ctx.notApplicable(at, Reason.NOT_IN_LAYOUT);
        return;
      }
      if (t == null || a == null) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).input("target", r.target()).input("actual", r.actual());
        return;
      }
      BigDecimal limit = t.signum() == 0 ? ctx.profile().overshootForZeroTarget() : t.multiply(factor);
      if (a.compareTo(limit) < 0 || Checks.explains(r.deviationAnalysis())) {
        ctx.pass(at);
      } else {
        ctx.fail(at).reported(r.deviationAnalysis()).expected("deviation analysis").input("target", t)
            .input("actual", a).input("limit", limit).message("PRJ-D-02.fail", r.name(), a, t, limit);
      }
    }
  }

  /** PRJ-D-03 [V]: an execution rate below the threshold (90 %) is explained in the 原因 column. */
  static final class LowExecutionExplained extends CatalogueRule<ProjectSelfEvaluation> {
    LowExecutionExplained() {
      super(ruleInfo("PRJ-D-03", Severity.WARNING,
          "Sichuan 2023: \"预算执行率未达到90%的需说明原因\" [V]; threshold in the profile",
          Evidence.VERIFIED, "deviation", "explanation"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      FundRow total = form.funds().total();
      FindingPath at = FUNDS_TOTAL.property("note");
      if (Checks.explains(total.note())) {
        ctx.pass(at);
        return;
      }
      boolean initial = usesInitialBudget(form, ctx);
      Amount den = initial ? total.initialBudget() : total.annualBudget();
      FindingPath denPath = FUNDS_TOTAL.property(initial ? "initialBudget" : "annualBudget");
      int below = Checks.belowThreshold(ctx, at, total.executionRate(), FUNDS_TOTAL.property("executionRate"),
          total.executed(), FUNDS_TOTAL.property("executed"), den, denPath, ctx.profile().executionRateThreshold());
      if (below < 0) {
        ctx.pass(at);
      } else if (below > 0) {
        ctx.fail(at).expected("explanation").input("executionRate", total.executionRate())
            .input("threshold", ctx.profile().executionRateThreshold())
            .message("PRJ-D-03.fail", total.executionRate() == null
                ? Checks.roundedOutward(Checks.rate(null, total.executed(), den, false), 2)
                : total.executionRate(),
                ctx.profile().executionRateThreshold());
      }
    }
  }

  /** PRJ-D-04 [V]: a budget adjusted in-year (年初 ≠ 全年/调整后) is explained. */
  static final class AdjustmentExplained extends CatalogueRule<ProjectSelfEvaluation> {
    AdjustmentExplained() {
      super(ruleInfo("PRJ-D-04", Severity.WARNING,
          "Sichuan 2023: \"年中发生预算调整的（追加或调减），应单独说明理由\" [V]",
          Evidence.VERIFIED, "deviation", "explanation"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      FundRow total = form.funds().total();
      FindingPath at = FUNDS_TOTAL.property("note");
      Amount initial = total.initialBudget();
      Amount annual = total.annualBudget();
      if (initial == null || annual == null) {
        ctx.notApplicable(at, Reason.MISSING_FIGURE).input("initialBudget", initial).input("annualBudget", annual);
        return;
      }
      if (initial.unit() != annual.unit()) {
        Checks.unitMismatch(ctx, at, initial, annual);
        return;
      }
      if (Tolerance.maybeEqual(initial, annual) || Checks.explains(total.note())) {
        ctx.pass(at);
      } else {
        ctx.fail(at).expected("explanation").input("initialBudget", initial).input("annualBudget", annual)
            .message("PRJ-D-04.fail", initial, annual);
      }
    }
  }

  //-----------------------------------------------------------------------
  // Values
  //-----------------------------------------------------------------------

  /** PRJ-V-01 [P]: a row with a numeric operator has a numeric target and a unit. */
  static final class QuantitativeTarget extends RowRule {
    QuantitativeTarget() {
      super(ruleInfo("PRJ-V-01", Severity.ERROR, "Vendor: \"计量单位为必录项\" for quantitative rows [P]",
          Evidence.PRACTICE, "values"), "target");
    }

    @Override
    void checkRow(ProjectSelfEvaluation form, PerformanceIndicator r, FindingPath at, AuditContext ctx) {
      if (!ProjectRuleChecks.hasQuantitativeOperator(r)) {
        ctx.notApplicable(at, Reason.NOT_IN_LAYOUT);
        return;
      }
      BigDecimal number = ProjectRuleChecks.number(r.target());
      String unit = r.unit() != null ? r.unit() : r.target() == null ? null : r.target().unit();
      if (number != null && unit != null) {
        ctx.pass(at);
      } else {
        ctx.fail(at).reported(r.target()).expected(number == null ? "a number" : "a unit")
            .input("unit", unit).message(number == null ? "PRJ-V-01.number" : "PRJ-V-01.unit", r.name());
      }
    }
  }

  /** PRJ-V-02 [P]: the target of a quantitative row is no placeholder (*, _, -). */
  static final class NoPlaceholderTarget extends RowRule {
    NoPlaceholderTarget() {
      super(ruleInfo("PRJ-V-02", Severity.ERROR, "Vendor: placeholder targets refused for quantitative rows [P]",
          Evidence.PRACTICE, "values"), "target");
    }

    @Override
    void checkRow(ProjectSelfEvaluation form, PerformanceIndicator r, FindingPath at, AuditContext ctx) {
      boolean quantitative = ProjectRuleChecks.hasQuantitativeOperator(r)
          || r.operator() == ComparisonOperator.QUANTITATIVE_OTHER;
      if (!quantitative || r.target() == null) {
        ctx.notApplicable(at, r.target() == null ? Reason.MISSING_FIGURE : Reason.NOT_IN_LAYOUT);
      } else if (Checks.isPlaceholder(r.target()) || (r.target().number() == null
          && r.target().raw().chars().anyMatch(c -> c == '*' || c == '_' || c == '＊' || c == '＿'))) {
        ctx.fail(at).reported(r.target()).expected("a value").message("PRJ-V-02.fail", r.name(), r.target());
      } else {
        ctx.pass(at);
      }
    }
  }

  /** PRJ-V-03 [P]: a 定量（其他） row explains its value. */
  static final class OtherQuantitativeExplained extends RowRule {
    OtherQuantitativeExplained() {
      super(ruleInfo("PRJ-V-03", Severity.ERROR, "Vendor: 定量（其他） requires an explanation of the value [P]",
          Evidence.PRACTICE, "values"), "description");
    }

    @Override
    void checkRow(ProjectSelfEvaluation form, PerformanceIndicator r, FindingPath at, AuditContext ctx) {
      if (r.effectiveOperator() != ComparisonOperator.QUANTITATIVE_OTHER) {
        ctx.notApplicable(at, Reason.NOT_IN_LAYOUT);
      } else if (Checks.explains(r.description()) || Checks.explains(r.scoringMethod())) {
        ctx.pass(at);
      } else {
        ctx.fail(at).expected("explanation of the value").message("PRJ-V-03.fail", r.name());
      }
    }
  }

  /** PRJ-V-04 [P]: a negative actual is reported; scoring treats it as 0. */
  static final class NegativeActual extends RowRule {
    NegativeActual() {
      super(ruleInfo("PRJ-V-04", Severity.WARNING, "Vendor: negative actuals are treated as 0 for scoring [P]",
          Evidence.PRACTICE, "values"), "actual");
    }

    @Override
    void checkRow(ProjectSelfEvaluation form, PerformanceIndicator r, FindingPath at, AuditContext ctx) {
      BigDecimal a = ProjectRuleChecks.number(r.actual());
      if (a == null) {
        ctx.notApplicable(at, Reason.MISSING_FIGURE);
      } else if (a.signum() >= 0) {
        ctx.pass(at);
      } else {
        ctx.fail(at).reported(r.actual()).expected("≥ 0").message("PRJ-V-04.fail", r.name(), a);
      }
    }
  }

  /** PRJ-V-05 [P]: an indicator name has at most 100 characters. */
  static final class NameLength extends RowRule {
    static final int MAX = 100;

    NameLength() {
      super(ruleInfo("PRJ-V-05", Severity.INFO, "Vendor: indicator name at most 100 characters [P]",
          Evidence.PRACTICE, "values"), "name");
    }

    @Override
    void checkRow(ProjectSelfEvaluation form, PerformanceIndicator r, FindingPath at, AuditContext ctx) {
      int length = r.name().codePointCount(0, r.name().length());
      if (length <= MAX) {
        ctx.pass(at);
      } else {
        ctx.fail(at).reported(length).expected("≤ " + MAX).message("PRJ-V-05.fail", length, MAX);
      }
    }
  }

  //-----------------------------------------------------------------------
  // Funds
  //-----------------------------------------------------------------------

  /**
   * PRJ-F-01 [V]/[R]: the printed 执行率 ≈ executed / budget: 年初预算数 for the Beijing 2016 layout or an
   * INITIAL_BUDGET profile, else 全年预算数 / 调整后预算数.
   */
  static final class ExecutionRate extends CatalogueRule<ProjectSelfEvaluation> {
    ExecutionRate() {
      super(ruleInfo("PRJ-F-01", Severity.ERROR,
          "National 10号 table 全年执行数 / 全年预算数 [R]; Sichuan 预算执行数 / 调整后预算数 [V]; Beijing 2016 B / A [V]",
          Evidence.RECALLED, "funds", "arithmetic"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      FundRow total = form.funds().total();
      boolean initial = usesInitialBudget(form, ctx);
      Checks.ratio(ctx, FUNDS_TOTAL.property("executionRate"), total.executionRate(),
          FUNDS_TOTAL.property("executed"), total.executed(),
          FUNDS_TOTAL.property(initial ? "initialBudget" : "annualBudget"),
          initial ? total.initialBudget() : total.annualBudget());
    }
  }

  /** PRJ-F-02 [I]: each column of the total row is the sum of the source rows (其中), within (n + 1) × e. */
  static final class FundRowsAddUp extends CatalogueRule<ProjectSelfEvaluation> {
    private static final List<String> COLUMNS = List.of("initialBudget", "annualBudget", "executed");
    private static final List<Function<FundRow, @Nullable Amount>> GETTERS =
        List.of(FundRow::initialBudget, FundRow::annualBudget, FundRow::executed);

    FundRowsAddUp() {
      super(ruleInfo("PRJ-F-02", Severity.ERROR,
          "Fund rows: 年度资金总额 = Σ 其中 rows per column [I]; tolerance (n + 1) × e (§6.1)",
          Evidence.INFERRED, "funds", "arithmetic"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      ProjectFunds funds = form.funds();
      List<FundRow> sources = new ArrayList<>();
      for (FundRow r : new FundRow[] {funds.currentYearAppropriation(), funds.priorYearCarryover(),
          funds.fiscalFunds(), funds.fiscalSpecialAccountFunds(), funds.unitOwnFunds(), funds.otherFunds()}) {
        if (r != null) {
          sources.add(r);
        }
      }
      for (int c = 0; c < COLUMNS.size(); c++) {
        FindingPath at = FUNDS_TOTAL.property(COLUMNS.get(c));
        Amount total = GETTERS.get(c).apply(funds.total());
        List<Amount> parts = new ArrayList<>();
        int blanks = 0;
        for (FundRow r : sources) {
          Amount a = GETTERS.get(c).apply(r);
          if (a == null) {
            blanks++;
          } else {
            parts.add(a);
          }
        }
        if (parts.isEmpty()) {
          ctx.notApplicable(at, Reason.MISSING_FIGURE);
          continue;
        }
        if (total == null) {
          ctx.indeterminate(at, Reason.MISSING_FIGURE).input("parts", parts.size());
          continue;
        }
        if (parts.stream().anyMatch(p -> p.unit() != total.unit())) {
          ctx.indeterminate(at, Reason.UNIT_MISMATCH);
          continue;
        }
        Interval sum = Tolerance.sum(parts);
        Interval printed = Interval.ofPrinted(total);
        if (sum.intersects(printed)) {
          ctx.pass(at);
        } else if (blanks > 0 && sum.upper().compareTo(printed.lower()) < 0) {
          // blank rows might hold the difference
          ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(total).input("Σ printed parts", sum)
              .input("blank rows", blanks);
        } else {
          ctx.fail(at).reported(total).expected(sum).input("parts", parts.size()).input("blank rows", blanks)
              .message("PRJ-F-02.fail", COLUMNS.get(c), total, sum);
        }
      }
    }
  }

  /** PRJ-F-03 [I]: the executed amount does not exceed the annual budget. */
  static final class ExecutedWithinBudget extends CatalogueRule<ProjectSelfEvaluation> {
    ExecutedWithinBudget() {
      super(ruleInfo("PRJ-F-03", Severity.WARNING, "Executed above the annual budget is overspending [I]",
          Evidence.INFERRED, "funds"));
    }

    @Override
    public void check(ProjectSelfEvaluation form, AuditContext ctx) {
      FundRow total = form.funds().total();
      FindingPath at = FUNDS_TOTAL.property("executed");
      if (total.executed() == null || total.annualBudget() == null) {
        ctx.indeterminate(at, Reason.MISSING_FIGURE).input("executed", total.executed())
            .input("annualBudget", total.annualBudget());
        return;
      }
      Checks.atMost(ctx, at, total.executed(), FUNDS_TOTAL.property("annualBudget"), total.annualBudget(),
          "PRJ-F-03.fail");
    }
  }

  //-----------------------------------------------------------------------
  static boolean usesInitialBudget(ProjectSelfEvaluation form, AuditContext ctx) {
    return form.layout() == FormLayout.PROJECT_BEIJING_HAIDIAN_2016
        || ctx.profile().scoringProfile().executionRateBasis() == ExecutionRateBasis.INITIAL_BUDGET;
  }
}

package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the hand-built Tianhe 2021 fixture against the published text, cell by cell. */
class SampleFormsTest {
  private static final String TEXT = SampleForms.tianhe2021Text();
  private static final String[] LINES = TEXT.split("\n", -1);
  private static final DepartmentSelfEvaluation FORM = SampleForms.tianhe2021();

  /** Returns cell {@code cell} (0-based) of line {@code line} (1-based, as an editor shows it). */
  private static String cell(int line, int cell) {
    String[] cells = LINES[line - 1].split("\t", -1);
    return cell < cells.length ? cells[cell] : "";
  }

  private static String printed(Amount amount) {
    return amount.value().toPlainString();
  }

  //-----------------------------------------------------------------------
  @Test
  void tianhe2021Text_isThePublishedSeed() {
    assertThat(TEXT).startsWith("\n\n部门整体支出绩效自评表\n");
    assertThat(LINES).hasSize(36);
    assertThat(cell(36, 0)).isEqualTo("------------");
  }

  @Test
  void tianhe2021_header_matchesLines3To7() {
    assertThat(LINES[2]).isEqualTo(FORM.title());
    assertThat(LINES[4]).isEqualTo("单位：" + FORM.amountUnit().label());
    assertThat(cell(7, 0)).isEqualTo("部门名称（汇总）");
    assertThat(FORM.consolidated()).isTrue();
    assertThat(cell(7, 2)).isEqualTo(FORM.departmentName());
    assertThat(cell(7, 5)).isEqualTo(FORM.evaluationYear() + "年");
  }

  @Test
  void tianhe2021_funds_matchLines8To11_includingBothAdjustedBudgets() {
    var funds = FORM.funds();
    assertThat(cell(8, 1)).isEqualTo("部门调整预算收入");
    assertThat(cell(8, 2)).isEqualTo(printed(funds.adjustedBudgetRevenue()));
    assertThat(cell(8, 3)).isEqualTo("部门年初预算收入");
    assertThat(cell(8, 4)).isEqualTo(printed(funds.initialBudgetRevenue()));
    assertThat(cell(9, 1)).isEqualTo("实际支出数");
    assertThat(cell(9, 2)).isEqualTo(printed(funds.actualExpenditure()));
    assertThat(cell(9, 3)).isEqualTo("年度预算调整数");
    assertThat(cell(9, 4)).isEqualTo(printed(funds.annualAdjustedBudget()));
    assertThat(cell(10, 1)).isEqualTo("其中：一般公共预算");
    assertThat(cell(10, 2)).isEqualTo(printed(funds.generalPublicBudgetPortion()));
    assertThat(cell(11, 1)).isEqualTo("预算完成率");
    assertThat(cell(11, 2)).isEqualTo(funds.budgetCompletionRate().toString());
    assertThat(cell(11, 3)).isEqualTo("预算调整率");
    assertThat(cell(11, 4)).isEqualTo(funds.budgetAdjustmentRate().toString());
    assertThat(funds.adjustedBudgetRevenue().isEqual(funds.annualAdjustedBudget())).isFalse();
    assertThat(funds.governmentFundBudgetPortion()).isNull();
    assertThat(funds.stateCapitalOperationBudgetPortion()).isNull();
    assertThat(funds.otherPortion()).isNull();
    assertThat(funds.totalFunds()).isNull();
  }

  @Test
  void tianhe2021_goals_matchLine13_includingDuplicatedGoal6() {
    String printedGoals = FORM.annualGoals().expectedGoals().stream()
        .map(g -> g.number() + ". " + g.text())
        .collect(Collectors.joining(" "));
    assertThat(cell(13, 1)).isEqualTo(printedGoals);
    List<Goal> goals = FORM.annualGoals().expectedGoals();
    assertThat(goals).hasSize(7);
    assertThat(goals.get(5).text()).isEqualTo(goals.get(4).text() + "。");
    assertThat(cell(13, 3)).isEqualTo(FORM.annualGoals().goalCompletionNarrative());
  }

  @Test
  void tianhe2021_mainTasks_matchLines15To29_cellByCell() {
    int[] firstLines = {15, 18, 21, 27};
    List<MainTask> tasks = FORM.mainTasks();
    assertThat(tasks).hasSize(4);
    for (int t = 0; t < tasks.size(); t++) {
      MainTask task = tasks.get(t);
      int line = firstLines[t];
      assertThat(cell(line, 0)).isEqualTo("任务" + task.index());
      assertThat(cell(line, 1)).isEqualTo(task.expectedGoal());
      assertThat(cell(line, 2)).isEqualTo(task.goalCompletion());
      assertThat(cell(line, 5)).isEqualTo(printed(task.amount()));
      for (KeyIndicator indicator : task.keyIndicators()) {
        assertThat(cell(line, 3)).isEqualTo(indicator.name());
        assertThat(cell(line, 4)).isEqualTo(indicator.completion().raw());
        assertThat(indicator.target()).isNull();
        line++;
      }
    }
    assertThat(tasks).extracting(t -> t.keyIndicators().size()).containsExactly(3, 2, 6, 3);
    assertThat(tasks.get(3).amount().scale()).isEqualTo(1);
  }

  @Test
  void tianhe2021KeyProject_budgetAndIndicators_appearInTheProseInOrder() {
    String prose = cell(31, 1);
    ProjectSelfEvaluation project = FORM.keyProjects().get(0);
    assertThat(project).isEqualTo(SampleForms.tianhe2021KeyProject());
    var total = project.funds().total();
    assertThat(prose).startsWith("<p>" + project.projectName() + "年初预算" + printed(total.initialBudget())
        + "万元，年度预算为" + printed(total.annualBudget()) + "万元，预算执行" + printed(total.executed())
        + "万元，执行率" + total.executionRate() + "。");
    int from = 0;
    String previousLabel = null;
    for (PerformanceIndicator row : project.indicators()) {
      String clause = row.name() + "，年初值为" + row.target().raw() + "，完成值为" + row.actual().raw();
      int at = prose.indexOf(clause, from);
      assertThat(at).as("clause %s after index %d", clause, from).isGreaterThanOrEqualTo(from);
      if (row.description() != null) {
        assertThat(prose.substring(at + clause.length())).startsWith("，" + row.description());
      }
      if (row.level2Label() != null && !row.level2Label().equals(previousLabel)) {
        assertThat(prose.substring(from, at)).contains(row.level2Label());
      }
      previousLabel = row.level2Label();
      from = at + clause.length();
    }
    assertThat(project.indicators()).hasSize(12);
    assertThat(project.indicators()).extracting(PerformanceIndicator::unit)
        .containsExactly("个", "次", "项", null, null, null, "%", "%", "%", null, null, "%");
    assertThat(project.indicators().get(8).level2()).isEqualTo(IndicatorLevel2.COST);
    assertThat(prose).contains("取得成效如下：" + project.achievements() + "</p>");
    assertThat(project.achievements()).endsWith("天河区直机关");
  }

  @Test
  void tianhe2021_narratives_matchLines32To35() {
    assertThat(cell(32, 1)).isEqualTo("<p>" + FORM.overallPerformanceNarrative() + "</p>");
    List<String> p = FORM.problems();
    assertThat(cell(33, 1)).isEqualTo(
        "<p>(一)" + p.get(0) + "</p> <p>(二)" + p.get(1) + "</p> <p>(三)" + p.get(2) + "</p>");
    List<String> m = FORM.improvementMeasures();
    assertThat(cell(35, 1)).isEqualTo(
        "<p>(一) " + m.get(0) + "</p> <p>(二) " + m.get(1) + "</p> <p>(三) " + m.get(2) + "</p>");
  }

  @Test
  void tianhe2021_irregularities_areInThePublishedText() {
    assertThat(FORM.irregularities()).allSatisfy(i -> assertThat(TEXT).contains(i.text()));
    assertThat(FORM.irregularities()).anySatisfy(i -> assertThat(i.text()).isEqualTo(LINES[35]));
  }

  @Test
  void tianhe2021_everyNumberOfThePublishedText_isReachableFromTheModel() {
    String model = String.join("\n", strings(FORM));
    Matcher number = Pattern.compile("\\d+(?:\\.\\d+)?%?").matcher(TEXT);
    List<String> missing = new ArrayList<>();
    while (number.find()) {
      if (!model.contains(number.group())) {
        missing.add(number.group());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void tianhe2021_everyCellOfThePublishedText_isReachableFromTheModel() {
    List<String> values = strings(FORM);
    List<String> missing = new ArrayList<>();
    for (int line = 8; line <= 35; line++) {
      for (String c : LINES[line - 1].split("\t")) {
        for (String piece : c.replace("<p>", "").replace("</p>", "\n").split("\n")) {
          String p = piece.strip().replaceFirst("^\\((一|二|三)\\)\\s*", "").replaceFirst("^取得成效如下：", "");
          boolean label = p.matches("部门 资金 情况|年度 目标|主要 任务|预期目标|目标完成情况|关键指标|指标完成情况"
              + "|任务涉 及|任务\\d|部门调整预算收入|部门年初预算收入|实际支出数|年度预算调整数|其中：一般公共预算"
              + "|预算完成率|预算调整率|部门整体支出的预期目标|部门整体支出的目标完成情况|重点项目绩效情况|部门整体绩效"
              + "|存在问题|改进措施或下一步计划");
          if (!p.isEmpty() && !label && values.stream().noneMatch(v -> v.contains(p))
              && !p.startsWith("1. ") && !p.startsWith("2021年区工商联工作经费项目年初预算")) {
            missing.add("line " + line + ": " + p);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void tianhe2021_isValidUnderBeanValidation() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(factory.getValidator().validate(FORM)).isEmpty();
    }
  }

  @Test
  void tianhe2021_eachCallBuildsAnEqualForm() {
    assertThat(SampleForms.tianhe2021()).isEqualTo(FORM).hasSameHashCodeAs(FORM).isNotSameAs(FORM);
  }

  //-----------------------------------------------------------------------
  /** Every string, amount, percentage and value held anywhere in the form, as printed. */
  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    collect(value, out);
    return out;
  }

  private static void collect(Object value, List<String> out) {
    if (value == null) {
      return;
    }
    if (value instanceof Amount amount) {
      out.add(printed(amount));
    } else if (value instanceof IndicatorValue v) {
      out.add(v.raw());
    } else if (value instanceof Collection<?> c) {
      c.forEach(e -> collect(e, out));
    } else if (value instanceof Record r) {
      for (RecordComponent component : r.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(r), out);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    } else {
      out.add(String.valueOf(value));
    }
  }
}

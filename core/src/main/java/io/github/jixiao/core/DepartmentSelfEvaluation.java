package io.github.jixiao.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A department-wide expenditure performance self-evaluation form (部门整体支出绩效自评表).
 *
 * <p>The model holds every block of the published layouts: header, funds, goals, main tasks, key projects (each a
 * {@link ProjectSelfEvaluation}), an indicator table where the layout has one, and the closing narratives.
 * Everything is as printed; inconsistencies are kept, for the rules to find.
 *
 * <p>Build one with {@code new DepartmentSelfEvaluationBuilder()…build()}; change one field of an existing form
 * with the {@code with…} methods.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the printed title, such as {@code 部门整体支出绩效自评表}, or null
 * @param departmentName 部门名称, without the （汇总） mark, not blank
 * @param consolidated true when the name is marked （汇总）: the figures consolidate subordinate units
 * @param evaluationYear 被评价年度, or null if not printed
 * @param reportDate 填报日期, or null if not printed
 * @param amountUnit the unit of the amounts (单位：万元), not null
 * @param layout the published layout, not null
 * @param funds the fund block (部门资金情况), not null
 * @param annualGoals the goal block (年度目标), not null
 * @param mainTasks the main tasks (主要任务) in printed order, not null
 * @param keyProjects the key projects (重点项目绩效情况), not null
 * @param indicators the department indicator table (绩效指标), where the layout has one, not null
 * @param categoryWeights the category weights printed in the indicator table, not null
 * @param totalScore the printed total score, or null
 * @param grade the printed grade, or null
 * @param overallPerformanceNarrative 部门整体绩效, or null
 * @param problems 存在问题, one item per numbered point, not null
 * @param improvementMeasures 改进措施或下一步计划, one item per numbered point, not null
 * @param irregularities format irregularities seen in the published text, not null
 */
@Value.Builder
public record DepartmentSelfEvaluation(
    @Nullable @Size(max = FormLimits.MAX_NAME_LENGTH) String title,
    @NotBlank @Size(max = FormLimits.MAX_NAME_LENGTH) String departmentName,
    boolean consolidated,
    @Nullable @PlausibleYear Year evaluationYear,
    @Nullable LocalDate reportDate,
    AmountUnit amountUnit,
    FormLayout layout,
    @Valid DepartmentFunds funds,
    @Valid AnnualGoals annualGoals,
    @Size(max = FormLimits.MAX_ITEMS) List<@Valid MainTask> mainTasks,
    @Size(max = FormLimits.MAX_ITEMS) List<@Valid ProjectSelfEvaluation> keyProjects,
    @Size(max = FormLimits.MAX_ITEMS) List<@Valid PerformanceIndicator> indicators,
    @Size(max = FormLimits.MAX_ITEMS) List<@Valid CategoryWeight> categoryWeights,
    @Nullable @PositiveOrZero BigDecimal totalScore,
    @Nullable Grade grade,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String overallPerformanceNarrative,
    @Size(max = FormLimits.MAX_ITEMS) List<@Size(max = FormLimits.MAX_TEXT_LENGTH) String> problems,
    @Size(max = FormLimits.MAX_ITEMS) List<@Size(max = FormLimits.MAX_TEXT_LENGTH) String> improvementMeasures,
    @Size(max = FormLimits.MAX_ITEMS) List<@Valid SourceIrregularity> irregularities)
    implements WithDepartmentSelfEvaluation {
  /**
   * Creates a department form.
   *
   * @param title may be null
   * @param departmentName not null
   * @param consolidated whether consolidated
   * @param evaluationYear may be null
   * @param reportDate may be null
   * @param amountUnit not null
   * @param layout not null
   * @param funds not null
   * @param annualGoals not null
   * @param mainTasks not null, copied
   * @param keyProjects not null, copied
   * @param indicators not null, copied
   * @param categoryWeights not null, copied
   * @param totalScore may be null
   * @param grade may be null
   * @param overallPerformanceNarrative may be null
   * @param problems not null, copied
   * @param improvementMeasures not null, copied
   * @param irregularities not null, copied
   */
  public DepartmentSelfEvaluation {
    Objects.requireNonNull(departmentName, "departmentName");
    Objects.requireNonNull(amountUnit, "amountUnit");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(funds, "funds");
    Objects.requireNonNull(annualGoals, "annualGoals");
    mainTasks = Checks.copyOf(mainTasks, "mainTasks");
    keyProjects = Checks.copyOf(keyProjects, "keyProjects");
    indicators = Checks.copyOf(indicators, "indicators");
    categoryWeights = Checks.copyOf(categoryWeights, "categoryWeights");
    problems = Checks.copyOf(problems, "problems");
    improvementMeasures = Checks.copyOf(improvementMeasures, "improvementMeasures");
    irregularities = Checks.copyOf(irregularities, "irregularities");
  }
}

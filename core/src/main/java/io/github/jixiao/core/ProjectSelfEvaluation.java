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
 * A project self-evaluation form (项目支出绩效自评表): the national 2020 table, its regional variants, or a project
 * described in prose inside a department form (the Tianhe 2021 重点项目绩效情况, which prints no weights or scores).
 *
 * <p>Everything is as printed: scores, total and grade are the form's own, not computed; computing them is the work
 * of the scoring models.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the printed title, such as {@code 项目支出绩效自评表（2022年度）}, or null
 * @param evaluationYear the evaluated year (年度), or null if not printed
 * @param reportDate the filling date (填报日期), or null if not printed
 * @param projectName 项目名称, not blank
 * @param competentDepartment 主管部门, or null
 * @param implementingUnit 实施单位, or null
 * @param amountUnit the unit of the amounts (单位：万元), not null
 * @param layout the published layout, not null
 * @param funds the fund block (项目资金), not null
 * @param overallGoalExpected 年度总体目标 — 预期目标, or null
 * @param overallGoalActual 年度总体目标 — 实际完成情况, or null
 * @param implementationSummary 项目实施内容及过程概述 (Sichuan), or null
 * @param indicators the indicator rows (绩效指标) in printed order, not null
 * @param categoryWeights the category weights printed as headings or rows, such as 产出指标(50分), not null
 * @param totalWeight the printed weight total of the 总分 / 合计 row (normally 100), or null
 * @param totalScore the printed total score (总分), or null
 * @param grade the printed grade (评价等级), or null
 * @param conclusion 评价结论, or null
 * @param problems 存在问题, one item per numbered point, not null
 * @param improvementMeasures 改进措施, one item per numbered point, not null
 * @param achievements 取得成效 (prose key projects), or null
 * @param irregularities format irregularities seen in the published text, not null
 */
@Value.Builder
public record ProjectSelfEvaluation(
    @Nullable @Size(max = FormLimits.MAX_NAME_LENGTH) String title,
    @Nullable @PlausibleYear Year evaluationYear,
    @Nullable LocalDate reportDate,
    @NotBlank @Size(max = FormLimits.MAX_NAME_LENGTH) String projectName,
    @Nullable @Size(max = FormLimits.MAX_NAME_LENGTH) String competentDepartment,
    @Nullable @Size(max = FormLimits.MAX_NAME_LENGTH) String implementingUnit,
    AmountUnit amountUnit,
    FormLayout layout,
    @Valid ProjectFunds funds,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String overallGoalExpected,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String overallGoalActual,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String implementationSummary,
    @Size(max = FormLimits.MAX_ITEMS) List<@Valid PerformanceIndicator> indicators,
    @Size(max = FormLimits.MAX_ITEMS) List<@Valid CategoryWeight> categoryWeights,
    @Nullable @PositiveOrZero BigDecimal totalWeight,
    @Nullable @PositiveOrZero BigDecimal totalScore,
    @Nullable Grade grade,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String conclusion,
    @Size(max = FormLimits.MAX_ITEMS) List<@Size(max = FormLimits.MAX_TEXT_LENGTH) String> problems,
    @Size(max = FormLimits.MAX_ITEMS) List<@Size(max = FormLimits.MAX_TEXT_LENGTH) String> improvementMeasures,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String achievements,
    @Size(max = FormLimits.MAX_ITEMS) List<@Valid SourceIrregularity> irregularities)
    implements WithProjectSelfEvaluation {
  /**
   * Creates a project form.
   *
   * @param title may be null
   * @param evaluationYear may be null
   * @param reportDate may be null
   * @param projectName not null
   * @param competentDepartment may be null
   * @param implementingUnit may be null
   * @param amountUnit not null
   * @param layout not null
   * @param funds not null
   * @param overallGoalExpected may be null
   * @param overallGoalActual may be null
   * @param implementationSummary may be null
   * @param indicators not null, copied
   * @param categoryWeights not null, copied
   * @param totalWeight may be null
   * @param totalScore may be null
   * @param grade may be null
   * @param conclusion may be null
   * @param problems not null, copied
   * @param improvementMeasures not null, copied
   * @param achievements may be null
   * @param irregularities not null, copied
   */
  public ProjectSelfEvaluation {
    Objects.requireNonNull(projectName, "projectName");
    Objects.requireNonNull(amountUnit, "amountUnit");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(funds, "funds");
    indicators = Checks.copyOf(indicators, "indicators");
    categoryWeights = Checks.copyOf(categoryWeights, "categoryWeights");
    problems = Checks.copyOf(problems, "problems");
    improvementMeasures = Checks.copyOf(improvementMeasures, "improvementMeasures");
    irregularities = Checks.copyOf(irregularities, "irregularities");
  }
}

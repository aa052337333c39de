package io.github.jixiao.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One row of a performance indicator table (绩效指标), shared by project and department forms: category, the
 * concrete indicator (三级指标), target, actual, weight, score and deviation analysis. Every column is optional
 * because real forms leave each of them out somewhere.
 *
 * <p>The operator (指标性质) is printed in its own column by the Sichuan layout and inside the target elsewhere
 * ({@code ≥50个}); {@link #effectiveOperator()} gives whichever is present.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param level1 the first-level category (一级指标), or null if not printed or not recognised
 * @param level1Label the first-level label as printed, such as {@code 产出指标(50分)}, or null
 * @param level2 the second-level category (二级指标), or null if not printed or not recognised
 * @param level2Label the second-level label as printed, or null
 * @param name the concrete indicator (三级指标) as printed, such as {@code 培训种类(个)}, not blank
 * @param operator the operator printed in its own column (指标性质 / 计算符号), or null
 * @param target the target (年度指标值 / 年初值 / 指标值), or null if blank
 * @param actual the actual (实际完成值 / 完成值 / 全年实际值), or null if blank
 * @param unit the unit (计量单位 / 度量单位), printed in its column or in the name ({@code 培训种类(个)}), or null
 * @param weight the points available (分值 / 权重), or null if blank
 * @param score the points earned (得分), or null if blank
 * @param deviationAnalysis the reasons and remedies (偏差原因分析及改进措施 / 未完成原因分析), or null if blank
 * @param qualitativeTier the tier the evaluator chose for a qualitative row, or null if none is stated
 * @param scoringMethod the printed scoring method or standard (得分计算方法 / 评价标准), or null
 * @param description the printed explanation of the indicator (指标说明), or null
 */
@Value.Builder
public record PerformanceIndicator(
    @Nullable IndicatorLevel1 level1,
    @Nullable @Size(max = FormLimits.MAX_NAME_LENGTH) String level1Label,
    @Nullable IndicatorLevel2 level2,
    @Nullable @Size(max = FormLimits.MAX_NAME_LENGTH) String level2Label,
    @NotBlank @Size(max = FormLimits.MAX_TEXT_LENGTH) String name,
    @Nullable ComparisonOperator operator,
    @Nullable @PrintedLength IndicatorValue target,
    @Nullable @PrintedLength IndicatorValue actual,
    @Nullable @Size(max = FormLimits.MAX_NAME_LENGTH) String unit,
    @Nullable @PositiveOrZero BigDecimal weight,
    @Nullable @PositiveOrZero BigDecimal score,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String deviationAnalysis,
    @Nullable QualitativeTier qualitativeTier,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String scoringMethod,
    @Nullable @Size(max = FormLimits.MAX_TEXT_LENGTH) String description) implements WithPerformanceIndicator {

  /**
   * Creates an indicator row.
   *
   * @param level1 may be null
   * @param level1Label may be null
   * @param level2 may be null
   * @param level2Label may be null
   * @param name not null
   * @param operator may be null
   * @param target may be null
   * @param actual may be null
   * @param unit may be null
   * @param weight may be null
   * @param score may be null
   * @param deviationAnalysis may be null
   * @param qualitativeTier may be null
   * @param scoringMethod may be null
   * @param description may be null
   */
  public PerformanceIndicator {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns the operator that applies: the one printed in its own column, else the one written in the target.
   *
   * @return the operator, or null when none is printed anywhere (the domain default GE is a rule's choice, not the
   *     model's)
   */
  public @Nullable ComparisonOperator effectiveOperator() {
    if (operator != null) {
      return operator;
    }
    return target == null ? null : target.operator();
  }

  /**
   * Returns whether the row is quantitative or qualitative (定量 / 定性), as far as the form says: QUALITATIVE when
   * the operator column says 定性 or the target is prose; QUANTITATIVE when the operator is numeric or the target is
   * a number.
   *
   * @return the nature, or null when there is no target and no operator to tell
   */
  public @Nullable IndicatorNature nature() {
    ComparisonOperator op = effectiveOperator();
    if (op == ComparisonOperator.QUALITATIVE) {
      return IndicatorNature.QUALITATIVE;
    }
    if (op == ComparisonOperator.QUANTITATIVE_OTHER) {
      return IndicatorNature.QUANTITATIVE;
    }
    if (target == null || target.isBlank()) {
      return op == null ? null : IndicatorNature.QUANTITATIVE;
    }
    return target.isQuantitative() ? IndicatorNature.QUANTITATIVE : IndicatorNature.QUALITATIVE;
  }

  /**
   * Returns the tier the form states for this row: the {@link #qualitativeTier()} column, else the actual when it is
   * written as a tier's wording, as in forms that print 达成预期指标 as the actual (池州 2022 [V]).
   *
   * @return the tier, or null when the form states none
   */
  public @Nullable QualitativeTier statedTier() {
    if (qualitativeTier != null) {
      return qualitativeTier;
    }
    // every tier's wording contains 达成: prose without it names no tier, and needs no normalising
    if (actual == null || actual.raw().indexOf("达成") < 0) {
      return null;
    }
    return QualitativeTier.fromLabel(actual.raw()).orElse(null);
  }

  /**
   * Returns the unit written in parentheses at the end of an indicator name, as in {@code 培训种类(个)} or
   * {@code 支出的及时性(%)}.
   *
   * @param name the indicator name as printed, not null
   * @return the unit, or null when the name ends in no parenthesis
   */
  public static @Nullable String unitInName(String name) {
    return trailingParenthesis(Texts.normalize(name));
  }

  /**
   * Returns what the pattern {@code [(（]\s*([^()（）]{1,8}?)\s*[)）]\s*$} finds as its group: the text of a
   * parenthesis (half- or full-width) that ends the text but for white space, stripped of white space and of 1 to 8
   * characters, none of them a parenthesis (one white space character when the parenthesis holds only white space).
   */
  static @Nullable String trailingParenthesis(String s) {
    int end = s.length();
    // $ matches before a final line terminator too; \s* takes \n and \r, not these
    if (end > 0 && (s.charAt(end - 1) == '\u0085' || s.charAt(end - 1) == '\u2028' || s.charAt(end - 1) == '\u2029')) {
      end--;
    }
    while (end > 0 && Texts.isRegexSpace(s.charAt(end - 1))) {
      end--;
    }
    int close = end - 1;
    if (close < 0 || (s.charAt(close) != ')' && s.charAt(close) != '）')) {
      return null;
    }
    int open = close - 1;
    while (open >= 0 && "()（）".indexOf(s.charAt(open)) < 0) {
      open--;
    }
    if (open < 0 || (s.charAt(open) != '(' && s.charAt(open) != '（') || open + 1 == close) {
      return null;
    }
    int from = open + 1;
    while (from < close && Texts.isRegexSpace(s.charAt(from))) {
      from++;
    }
    if (from == close) {
      return s.substring(close - 1, close);
    }
    int to = close;
    while (Texts.isRegexSpace(s.charAt(to - 1))) {
      to--;
    }
    return to - from <= 8 ? s.substring(from, to) : null;
  }
}

package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.CategoryWeight;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.FundRowBuilder;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import io.github.jixiao.core.ProjectFundsBuilder;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluationBuilder;
import io.github.jixiao.core.QualitativeTier;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Project forms for the PRJ-* tests: a clean, fully printed national form, and the three published project forms of
 * the shared collection (池州 2022, 青神 2023, 廊坊 2019) built from their manual cell views.
 */
final class ProjectForms {
  private ProjectForms() {}

  static Amount wan(String printed) {
    return Amount.ofWan(printed);
  }

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static PerformanceIndicator row(IndicatorLevel1 l1, @Nullable IndicatorLevel2 l2, String name, String target,
      @Nullable String actual, @Nullable String weight, @Nullable String score, @Nullable String deviation) {
    return new PerformanceIndicatorBuilder()
        .level1(l1).level1Label(l1.label())
        .level2(l2).level2Label(l2 == null ? null : l2.label())
        .name(name)
        .target(IndicatorValue.parse(target))
        .actual(actual == null ? null : IndicatorValue.parse(actual))
        .weight(weight == null ? null : d(weight))
        .score(score == null ? null : d(score))
        .deviationAnalysis(deviation)
        .build();
  }

  /**
   * A clean national form: every rule passes. 执行率 95.00 % scores 9.50; five rows; total 96.50, 优.
   */
  static final ProjectSelfEvaluation CLEAN = new ProjectSelfEvaluationBuilder()
      .title("项目支出绩效自评表（2023年度）")
      .evaluationYear(Year.of(2023))
      .projectName("职业技能培训项目")
      .competentDepartment("某区人力资源和社会保障局")
      .implementingUnit("某区职业培训中心")
      .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
      .layout(FormLayout.PROJECT_NATIONAL_2020)
      .funds(new ProjectFundsBuilder()
          .total(new FundRow(wan("100.00"), wan("100.00"), wan("95.00"), d("10"), Percentage.parse("95.00%"),
              d("9.50"), null))
          .currentYearAppropriation(FundRow.of(wan("100.00"), wan("100.00"), wan("95.00")))
          .priorYearCarryover(FundRow.blank())
          .otherFunds(FundRow.blank())
          .build())
      .indicators(List.of(
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "培训人数", "≥100人", "100人", "20", "20.00", null),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.COST, "项目成本", "≤100万元", "95万元", "15", "15.00", null),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUALITY, "培训质量", "达标", "达成预期指标", "15", "15.00", null),
          new PerformanceIndicatorBuilder().from(row(IndicatorLevel1.BENEFIT, IndicatorLevel2.SOCIAL_BENEFIT,
              "就业能力提升", "效果明显", "效果较明显", "30", "27.00", "部分学员结业后尚未就业，下年度加强跟踪服务"))
              .qualitativeTier(QualitativeTier.ACHIEVED).build(),
          row(IndicatorLevel1.SATISFACTION, IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, "学员满意度", "≥90%",
              "95%", "10", "10.00", null)))
      .categoryWeights(List.of(
          new CategoryWeight(IndicatorLevel1.OUTPUT, null, "产出指标(50分)", d("50"), null),
          new CategoryWeight(IndicatorLevel1.BENEFIT, null, "效益指标(30分)", d("30"), null),
          new CategoryWeight(IndicatorLevel1.SATISFACTION, null, "满意度指标(10分)", d("10"), null)))
      .totalWeight(d("100"))
      .totalScore(d("96.50"))
      .grade(Grade.EXCELLENT)
      .build();

  static ProjectSelfEvaluation withRow(ProjectSelfEvaluation form, int index, PerformanceIndicator row) {
    List<PerformanceIndicator> rows = new java.util.ArrayList<>(form.indicators());
    rows.set(index, row);
    return form.withIndicators(rows);
  }

  static ProjectSelfEvaluation withTotal(ProjectSelfEvaluation form, FundRow total) {
    return form.withFunds(form.funds().withTotal(total));
  }

  //-----------------------------------------------------------------------
  /**
   * 池州市贵池区棠溪镇 委托业务项目 2022 (shared form 01), from its cell view. The published copy ends inside the
   * 满意度 block, so its rows, the total and the grade are not here.
   */
  static final ProjectSelfEvaluation CHIZHOU_2022 = new ProjectSelfEvaluationBuilder()
      .title("项目支出绩效自评表 (2022年度)")
      .evaluationYear(Year.of(2022))
      .projectName("委托业务项目")
      .competentDepartment("219-池州市贵池区棠溪镇人民政府")
      .implementingUnit("219001-池州市贵池区棠溪镇人民政府")
      .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
      .layout(FormLayout.PROJECT_NATIONAL_2020)
      .funds(new ProjectFundsBuilder()
          .total(new FundRow(wan("0"), wan("0"), wan("0"), d("10"), Percentage.parse("0"), d("0"), null))
          .currentYearAppropriation(FundRow.of(wan("90"), wan("89.974"), wan("89.974")))
          .priorYearCarryover(FundRow.blank())
          .otherFunds(FundRow.blank())
          .build())
      .overallGoalExpected("本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;"
          + "30万元用于基建工程项目设计、规划、测绘。")
      .indicators(List.of(
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "基建工程委托业务项目数量", "≥50个", "50", "8", "8", null),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUALITY, "委托业务报告合格率", "≥100百分比", "100", "8", "8", null),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUALITY, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8",
              "8", null),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.TIMELINESS, "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标",
              "8", "8", null),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.COST, "项目总成本", "≤90万元", "90", "8", "8", null),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.COST, "单项业务成本", "符合相关规定", "达成预期指标", "10", "10", null),
          row(IndicatorLevel1.BENEFIT, IndicatorLevel2.SOCIAL_BENEFIT, "对维护基建市场公平的影响程度", "效果明显", "达成预期指标",
              "10", "10", null),
          row(IndicatorLevel1.BENEFIT, IndicatorLevel2.ECOLOGICAL_BENEFIT, "对控制基建项目成本影响程度", "效果明显",
              "达成预期指标", "10", "10", null),
          row(IndicatorLevel1.BENEFIT, IndicatorLevel2.SUSTAINABLE_IMPACT, "对推动基建项目“四项制度”健全和落实的持续性影响",
              "效果明显", "达成预期指标", "10", "10", null)))
      .categoryWeights(List.of(
          new CategoryWeight(IndicatorLevel1.OUTPUT, null, "产出指标(50分)", d("50"), null),
          new CategoryWeight(IndicatorLevel1.BENEFIT, null, "效益指标(30分)", d("30"), null),
          new CategoryWeight(IndicatorLevel1.SATISFACTION, null, "满意度指标(10分)", d("10"), null)))
      .build();

  /** 青神县发展和改革局 工资性支出 2023 (shared form 03, Sichuan layout, published unfilled), from its cell view. */
  static final ProjectSelfEvaluation QINGSHEN_2023 = new ProjectSelfEvaluationBuilder()
      .title("部门预算项目支出绩效自评表(2023年度)")
      .evaluationYear(Year.of(2023))
      .projectName("51000021R000000019951-工资性支出")
      .competentDepartment("青神县发展和改革局本级")
      .implementingUnit("青神县发展和改革局")
      .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
      .layout(FormLayout.PROJECT_SICHUAN_2023)
      .funds(new ProjectFundsBuilder()
          .total(new FundRow(wan("238.93"), wan("251.89"), wan("251.89"), d("10"), Percentage.parse("100.00%"), null,
              "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),"
                  + "应单独说明理由;3.其他资金包括:社会投入资金、银行贷款"))
          .fiscalFunds(new FundRowBuilder().initialBudget(wan("238.93")).annualBudget(wan("251.89"))
              .executed(wan("251.89")).executionRate(Percentage.parse("100.00%")).build())
          .fiscalSpecialAccountFunds(new FundRowBuilder().initialBudget(wan("0.00")).annualBudget(wan("0.00"))
              .executed(wan("0.00")).executionRate(Percentage.parse("0.00%")).build())
          .unitOwnFunds(new FundRowBuilder().initialBudget(wan("0.00")).annualBudget(wan("0.00"))
              .executed(wan("0.00")).executionRate(Percentage.parse("0.00%")).build())
          .otherFunds(FundRow.blank())
          .build())
      .overallGoalExpected("严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。")
      .overallGoalActual("对照年度目标,说明相关任务目标的完成情况(100字以内)")
      .indicators(List.of(
          new PerformanceIndicatorBuilder().from(row(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY,
              "发放(缴纳)覆盖率", "100", null, "60", null, null)).operator(ComparisonOperator.EQ).unit("%").build(),
          new PerformanceIndicatorBuilder().from(row(IndicatorLevel1.BENEFIT, IndicatorLevel2.SOCIAL_BENEFIT,
              "足额保障率(参保率)", "100", null, "30", null, null)).operator(ComparisonOperator.EQ).unit("%").build()))
      .totalWeight(d("100"))
      .conclusion("结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)")
      .problems(List.of("结合自评情况,分析存在的问题及原因。(200字以内)"))
      .improvementMeasures(List.of("针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)"))
      .build();

  /** 廊坊市食品工程学校 暖通改造经费 2019 (shared form 06), from its cell view; placeholder rows left out. */
  static final ProjectSelfEvaluation LANGFANG_2019 = new ProjectSelfEvaluationBuilder()
      .projectName("办公宿舍楼、食堂及餐厅暖通改造经费")
      .competentDepartment("廊坊市发改委")
      .implementingUnit("廊坊市食品工程学校")
      .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
      .layout(FormLayout.PROJECT_NATIONAL_2020)
      .funds(new ProjectFundsBuilder()
          .total(new FundRow(wan("43.2"), wan("43.2"), wan("37.24"), d("10"), Percentage.parse("86%"), d("9"), null))
          .currentYearAppropriation(FundRow.of(wan("43.2"), wan("43.2"), wan("37.24")))
          .priorYearCarryover(FundRow.blank())
          .otherFunds(FundRow.blank())
          .build())
      .overallGoalExpected("43.2")
      .overallGoalActual("37.24")
      .indicators(List.of(
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "指标1工程资金金额", "43.2", "37.24", "10", "9",
              "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUALITY, "指标1工程完工率", "100", "100", "10", "10", null),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUALITY, "指标2工程验收合格率", "100", "100", "10", "10", null),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.TIMELINESS, "指标1项目完成及时率", "100", "100", "10", "10", null),
          row(IndicatorLevel1.OUTPUT, IndicatorLevel2.COST, "指标1成本控制率", "100", "100", "10", "10", null),
          row(IndicatorLevel1.BENEFIT, IndicatorLevel2.ECONOMIC_BENEFIT, "指标1安全率", "100", "100", "10", "10", "0"),
          row(IndicatorLevel1.BENEFIT, IndicatorLevel2.SOCIAL_BENEFIT, "指标1学校发展能力", "100", "100", "10", "10", "0"),
          row(IndicatorLevel1.BENEFIT, IndicatorLevel2.SUSTAINABLE_IMPACT, "指标1长期使用性", "100", "100", "10", "10",
              null),
          row(IndicatorLevel1.SATISFACTION, IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, "指标1学生满意度", "100",
              "100", "10", "10", "0")))
      .build();
}

package io.github.jixiao.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Fixtures for the tests of this module: the Tianhe 2021 sample form (部门整体支出绩效自评表 of 广州市天河区工商业联合会)
 * with its figures and short texts as published, and a second, different instance of every record for the contract
 * tests. (The complete fixture, with every narrative, is {@code SampleForms} in the testing module, which depends on
 * this one and so cannot be used here.)
 */
final class TestForms {
  private TestForms() {}

  static Amount wan(String printed) {
    return Amount.ofWan(printed);
  }

  //-----------------------------------------------------------------------
  static DepartmentFunds tianheFunds() {
    return new DepartmentFundsBuilder()
        .adjustedBudgetRevenue(wan("422.69"))
        .initialBudgetRevenue(wan("526.59"))
        .actualExpenditure(wan("422.69"))
        .annualAdjustedBudget(wan("424.06"))
        .generalPublicBudgetPortion(wan("422.69"))
        .budgetCompletionRate(Percentage.parse("99.68%"))
        .budgetAdjustmentRate(Percentage.parse("19.47%"))
        .build();
  }

  static AnnualGoals tianheGoals() {
    return new AnnualGoals(List.of(
        Goal.of(1, "思想引领，推进“两个健康”发展"),
        Goal.of(2, "推进换届，畅通政治参与渠道"),
        Goal.of(3, "突出重点，企业服务提质升级"),
        Goal.of(4, "围绕重点，商会管理出新出彩"),
        Goal.of(5, "强化担当，致力倡导公益慈善"),
        Goal.of(6, "强化担当，致力倡导公益慈善。"),
        Goal.of(7, "积极做好统筹兼顾，配合落实各项工作")),
        "天河区工商联全面贯彻落实习近平新时代中国特色社会主义思想，牢牢把握“两个健康”工作主题，推进工商联工作上新台阶、新水平。");
  }

  static List<MainTask> tianheTasks() {
    return List.of(
        task(1, "思想引领，推进“两个健康”发展", "结合党史教育，推进学习走深走实；强化思想引领，推进理想信念教育", "0.55",
            KeyIndicator.of("党组理论学习中心组学习", "12次"),
            KeyIndicator.of("党组织活动", "开展主题党日活动5次，书记讲党课7次，举办党史专题培训班3次，瞻仰革命遗址4次，参观主题展览3次，"
                + "组织专题宣讲超55次，引导开展“我为群众办实事”实践活动2个，召开专题组织生活会1次，参与宣传教育人员超4000人次。"),
            KeyIndicator.of("“百场党课进千家商会万家民企”理想信念教育宣讲会", "23次")),
        task(2, "推进换届，畅通政治参与渠道", "稳步推进换届，高质量完成换届工作；畅通参政渠道，引导民营企业政治参与", "4.85",
            KeyIndicator.of("举办天河区工商联（总商会）第八次会员代表大会", "2021年9月13日圆满举办"),
            KeyIndicator.of("产生新一届执委会成员", "规模143名")),
        task(3, "企业服务提质升级，商会管理出新出彩", "开展“深调研”，助力持续优化营商环境", "53.83",
            KeyIndicator.of("走访、调研企业座谈", "20家"),
            KeyIndicator.of("组织了《天河区推动经济高质量发展的若干政策意见》专题宣讲活动", "2场"),
            KeyIndicator.of("商会规模", "现有在册商会会员3052个，所属商协会28个"),
            KeyIndicator.of("促进沟通联系，发展团体会员", "举办了天河区商会与异地商会资源对接座谈会等3场活动"),
            KeyIndicator.of("增强商会的造血功能和服务能力", "获评全国“五好”县级工商联；鼓励和支持3个重点行业、重点领域的社会组织设立")),
        task(4, "提升党建工作水平", "获评五星级党支部，非公经济组织党组织“两个覆盖”水平不断提高", "11.6",
            KeyIndicator.of("非公企业党组织", "854家"),
            KeyIndicator.of("举办天河区非公企业党组织书记培训班", "12期"),
            KeyIndicator.of("获全省、市、区“两优一先”荣誉表彰", "65个党组织和党员")));
  }

  static MainTask task(int index, String goal, String completion, String amount, KeyIndicator... indicators) {
    return new MainTaskBuilder()
        .index(index)
        .expectedGoal(goal)
        .goalCompletion(completion)
        .addKeyIndicators(indicators)
        .amount(wan(amount))
        .build();
  }

  /** The key project 2021年区工商联工作经费项目 with its twelve indicators (年初值 as target, 完成值 as actual). */
  static ProjectSelfEvaluation tianheKeyProject() {
    return new ProjectSelfEvaluationBuilder()
        .projectName("2021年区工商联工作经费项目")
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.PROJECT_PROSE)
        .funds(ProjectFunds.ofTotal(new FundRowBuilder()
            .initialBudget(wan("64.94"))
            .annualBudget(wan("39.46"))
            .executed(wan("39.46"))
            .executionRate(Percentage.parse("100%"))
            .build()))
        .addIndicators(
            row(IndicatorLevel2.QUANTITY, "培训种类(个)", "2个", "2个"),
            row(IndicatorLevel2.QUANTITY, "举办执委换届大会", "1次", "1次"),
            row(IndicatorLevel2.QUANTITY, "保密室信息化建设", "1项", "1项"),
            row(IndicatorLevel2.QUALITY, "如期举行换届执委大会", "如期举办", "完成举办"),
            row(IndicatorLevel2.QUALITY, "保密室信息化建设项目通过验收", "通过验收", "通过验收"),
            row(IndicatorLevel2.QUALITY, "商会换届", "顺利完成换届", "顺利完成换届"),
            row(IndicatorLevel2.TIMELINESS, "党建培训学习党组织参与率", "95%", "95%"),
            row(IndicatorLevel2.TIMELINESS, "培训完成率", "100%", "100%"),
            row(IndicatorLevel2.COST, "支出的及时性(%)", "100%", "100%"),
            row(IndicatorLevel2.SOCIAL_BENEFIT, "增强商会服务能力", "加强", "进一步加强"),
            row(IndicatorLevel2.SUSTAINABLE_IMPACT, "加强基层党建建设工作", "加强基层非公党建", "加强基层非公党建"),
            row(IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, "服务对象满意度", "95%", "95%"))
        .achievements("2021年，天河区工商联全面贯彻落实习近平新时代中国特色社会主义思想")
        .build();
  }

  static PerformanceIndicator row(IndicatorLevel2 level2, String name, String target, String actual) {
    return new PerformanceIndicatorBuilder()
        .level1(level2.usualParent())
        .level2(level2)
        .level2Label(level2.label())
        .name(name)
        .target(IndicatorValue.parse(target))
        .actual(IndicatorValue.parse(actual))
        .build();
  }

  /** The Tianhe 2021 department form, valid under every constraint of the model. */
  static DepartmentSelfEvaluation tianhe2021() {
    return new DepartmentSelfEvaluationBuilder()
        .title("部门整体支出绩效自评表")
        .departmentName("广州市天河区工商业联合会")
        .consolidated(true)
        .evaluationYear(Year.of(2021))
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.DEPARTMENT_GUANGZHOU)
        .funds(tianheFunds())
        .annualGoals(tianheGoals())
        .mainTasks(tianheTasks())
        .addKeyProjects(tianheKeyProject())
        .overallPerformanceNarrative("2021年，天河区工商联全面贯彻落实习近平新时代中国特色社会主义思想。")
        .addProblems("贯彻落实党的理论路线方针政策和党中央决策部署存在不足。", "所属商会内生动力不足。",
            "工商联执委委员以上会员企业党组织覆盖率较低。")
        .addImprovementMeasures("创新推进理想信念教育。", "持续推进工商联所属商会改革发展工作。",
            "推进区非公企业党建工作。")
        .addIrregularities(SourceIrregularity.of(SourceIrregularity.Kind.BROKEN_LABEL, "mainTasks", "任务涉 及"))
        .build();
  }

  //-----------------------------------------------------------------------
  // A second instance of each record, differing from the first in every component.

  static FundRow fullFundRow() {
    return new FundRow(wan("64.94"), wan("39.46"), wan("39.46"), new BigDecimal("10"), Percentage.parse("100%"),
        new BigDecimal("10.00"), "执行率=全年执行数/全年预算数");
  }

  static FundRow otherFundRow() {
    return new FundRow(wan("1.00"), wan("2.00"), wan("1.50"), new BigDecimal("20"), Percentage.parse("75.00%"),
        new BigDecimal("15"), "原因");
  }

  static DepartmentFunds fullFunds() {
    return new DepartmentFunds(wan("526.59"), wan("422.69"), wan("424.06"), wan("422.69"), wan("422.69"),
        wan("0.10"), wan("0.20"), wan("0.30"), Percentage.parse("99.68%"), Percentage.parse("19.47%"),
        fullFundRow(), FundRow.of(wan("1"), null, null), FundRow.of(null, wan("2"), null), FundRow.of(null, null, wan("3")),
        "年中收回结余资金", "追加专项经费");
  }

  static DepartmentFunds otherFunds() {
    return new DepartmentFunds(wan("1.01"), wan("1.02"), wan("1.03"), wan("1.04"), wan("1.05"), wan("1.06"),
        wan("1.07"), wan("1.08"), Percentage.parse("50%"), Percentage.parse("5%"), otherFundRow(),
        FundRow.of(wan("9"), null, null), FundRow.of(null, wan("9"), null), FundRow.of(null, null, wan("9")),
        "另一说明", "另一原因");
  }

  static PerformanceIndicator fullIndicator() {
    return new PerformanceIndicator(IndicatorLevel1.OUTPUT, "产出指标(50分)", IndicatorLevel2.QUANTITY, "数量指标",
        "培训种类(个)", ComparisonOperator.GE, IndicatorValue.parse("≥2个"), IndicatorValue.parse("2个"), "个",
        new BigDecimal("10"), new BigDecimal("10"), "无偏差", QualitativeTier.ACHIEVED, "完成得满分", "培训的种类数");
  }

  static PerformanceIndicator otherIndicator() {
    return new PerformanceIndicator(IndicatorLevel1.SATISFACTION, "满意度指标(10分)",
        IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, "服务对象满意度指标", "服务对象满意度", ComparisonOperator.LE,
        IndicatorValue.parse("95%"), IndicatorValue.parse("90%"), "%", new BigDecimal("5"), new BigDecimal("4.5"),
        "满意度略低", QualitativeTier.PARTIALLY_ACHIEVED, "按比例得分", "问卷调查");
  }

  static ProjectSelfEvaluation fullProject() {
    return new ProjectSelfEvaluation("项目支出绩效自评表（2022年度）", Year.of(2022), LocalDate.of(2023, 3, 1),
        "2021年区工商联工作经费项目", "广州市天河区工商业联合会", "天河区工商联", AmountUnit.TEN_THOUSAND_YUAN,
        FormLayout.PROJECT_NATIONAL_2020, ProjectFunds.ofTotal(fullFundRow()), "完成培训", "完成了培训",
        "实施概述", List.of(fullIndicator(), otherIndicator()),
        List.of(new CategoryWeight(IndicatorLevel1.OUTPUT, null, "产出指标(50分)", new BigDecimal("50"), null)),
        new BigDecimal("100"), new BigDecimal("95"), Grade.EXCELLENT, "结论", List.of("问题一", "问题二"),
        List.of("措施一"), "取得成效", List.of(SourceIrregularity.of(SourceIrregularity.Kind.MARKUP_RESIDUE,
            "keyProjects[0]", "<p>")));
  }

  static ProjectSelfEvaluation otherProject() {
    return new ProjectSelfEvaluation("项目支出绩效自评表", Year.of(2023), LocalDate.of(2024, 1, 2), "保密室信息化建设",
        "主管部门", "实施单位", AmountUnit.YUAN, FormLayout.PROJECT_SICHUAN_2023, ProjectFunds.ofTotal(otherFundRow()),
        "预期", "实际", "概述", List.of(otherIndicator()),
        List.of(new CategoryWeight(IndicatorLevel1.BENEFIT, null, "效益指标(30分)", new BigDecimal("30"), null)),
        new BigDecimal("90"), new BigDecimal("70"), Grade.FAIR, "另一结论", List.of("问题"), List.of("措施一", "措施二"),
        "成效", List.of(SourceIrregularity.of(SourceIrregularity.Kind.STRAY_SEPARATOR_LINE, "line 36", "------")));
  }

  static DepartmentSelfEvaluation otherDepartment() {
    return new DepartmentSelfEvaluation("部门整体支出绩效自评表（2022年度）", "某区财政局", false, Year.of(2022),
        LocalDate.of(2023, 4, 1), AmountUnit.YUAN, FormLayout.DEPARTMENT_GUIZHOU, otherFunds(),
        new AnnualGoals(List.of(Goal.of(1, "目标")), "完成"),
        List.of(task(1, "任务", "完成", "1.00", KeyIndicator.of("指标", "1次"))), List.of(otherProject()),
        List.of(otherIndicator()),
        List.of(new CategoryWeight(IndicatorLevel1.INPUT, IndicatorLevel2.BUDGET_ALLOCATION, "预算配置", BigDecimal.TEN,
            BigDecimal.ONE)),
        new BigDecimal("88"), Grade.GOOD, "整体绩效", List.of("问题"), List.of("措施"),
        List.of(SourceIrregularity.of(SourceIrregularity.Kind.GARBLED_TEXT, "line 1", "锟斤拷")));
  }

  /** The Tianhe form with every optional component filled in, for the contract tests. */
  static DepartmentSelfEvaluation fullDepartment() {
    return tianhe2021()
        .withReportDate(LocalDate.of(2022, 3, 31))
        .withFunds(fullFunds())
        .withIndicators(fullIndicator())
        .withCategoryWeights(new CategoryWeight(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "数量指标",
            new BigDecimal("20"), new BigDecimal("18")))
        .withTotalScore(new BigDecimal("95.5"))
        .withGrade(Grade.EXCELLENT);
  }
}

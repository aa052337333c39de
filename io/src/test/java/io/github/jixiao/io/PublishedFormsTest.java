package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.CategoryWeight;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Each real published form of {@code src/test/resources/forms} is read, and what the reader recovers is pinned against
 * the form's manual cell view (values unchanged, blanks as null).
 */
class PublishedFormsTest {

  static String page(String prefix) throws IOException {
    String[] names = {"01_chizhou-tangxi-weituo-project-2022", "03_qingshen-fgj-gongzi-project-2023",
        "06_langfang-shipin-school-hvac-project-2019", "09_suiyang-taibai-town-dept-overall-2021",
        "12_yuhua-fgj-dept-overall-report-2022-ocr"};
    for (String n : names) {
      if (n.startsWith(prefix)) {
        try (InputStream in = PublishedFormsTest.class.getResourceAsStream("/forms/" + n + ".page.txt")) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IllegalArgumentException(prefix);
  }

  private static Amount wan(String s) {
    return Amount.ofWan(s);
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static FundRow row(@Nullable String initial, @Nullable String annual, @Nullable String executed,
      @Nullable String weight, @Nullable String rate, @Nullable String score, @Nullable String note) {
    return new FundRow(initial == null ? null : wan(initial), annual == null ? null : wan(annual),
        executed == null ? null : wan(executed), weight == null ? null : d(weight),
        rate == null ? null : Percentage.parse(rate), score == null ? null : d(score), note);
  }

  private static PerformanceIndicator indicator(IndicatorLevel1 l1, String l1Label, IndicatorLevel2 l2,
      String l2Label, String name, @Nullable String target, @Nullable String actual, @Nullable String unit,
      @Nullable String weight, @Nullable String score, @Nullable String deviation) {
    return new PerformanceIndicatorBuilder().level1(l1).level1Label(l1Label).level2(l2).level2Label(l2Label)
        .name(name)
        .target(target == null ? null : IndicatorValue.parse(target))
        .actual(actual == null ? null : IndicatorValue.parse(actual))
        .unit(unit)
        .weight(weight == null ? null : d(weight))
        .score(score == null ? null : d(score))
        .deviationAnalysis(deviation)
        .build();
  }

  //-----------------------------------------------------------------------
  @Test
  void form01_chizhou2022_flattenedNationalLayout() throws Exception {
    ReadResult r = FormReader.standard().read(page("01"));
    ProjectSelfEvaluation p = r.project().orElseThrow();
    assertThat(r.layout()).isEqualTo(FormLayout.PROJECT_NATIONAL_2020);
    assertThat(p.title()).isEqualTo("项目支出绩效自评表 (2022年度)");
    assertThat(p.evaluationYear()).isEqualTo(Year.of(2022));
    assertThat(p.projectName()).isEqualTo("委托业务项目");
    assertThat(p.competentDepartment()).isEqualTo("219-池州市贵池区棠溪镇人民政府");
    assertThat(p.implementingUnit()).isEqualTo("219001-池州市贵池区棠溪镇人民政府");
    assertThat(p.amountUnit()).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
    assertThat(p.funds().total()).isEqualTo(row("0", "0", "0", "10", "0", "0", null));
    assertThat(p.funds().currentYearAppropriation()).isEqualTo(row("90", "89.974", "89.974", null, null, null, null));
    assertThat(p.funds().priorYearCarryover()).isEqualTo(FundRow.blank());
    assertThat(p.funds().otherFunds()).isEqualTo(FundRow.blank());
    assertThat(p.overallGoalExpected()).isEqualTo("本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;"
        + "30万元用于基建工程项目设计、规划、测绘。");
    assertThat(p.overallGoalActual()).isEqualTo("本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;"
        + "29.99万元用于基建工程项目设计、规划、测绘。");
    IndicatorLevel1 out = IndicatorLevel1.OUTPUT;
    IndicatorLevel1 ben = IndicatorLevel1.BENEFIT;
    String o = "产出指标(50分)";
    String b = "效益指标(30分)";
    assertThat(p.indicators()).containsExactly(
        indicator(out, o, IndicatorLevel2.QUANTITY, "数量指标", "基建工程委托业务项目数量", "≥50个", "50", "个", "8", "8", null),
        indicator(out, o, IndicatorLevel2.QUALITY, "质量指标", "委托业务报告合格率", "≥100百分比", "100", "百分比", "8", "8",
            null),
        indicator(out, o, IndicatorLevel2.QUALITY, "质量指标", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", null, "8",
            "8", null),
        indicator(out, o, IndicatorLevel2.TIMELINESS, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", null,
            "8", "8", null),
        indicator(out, o, IndicatorLevel2.COST, "成本指标", "项目总成本", "≤90万元", "90", "万元", "8", "8", null),
        indicator(out, o, IndicatorLevel2.COST, "成本指标", "单项业务成本", "符合相关规定", "达成预期指标", null, "10", "10",
            null),
        indicator(ben, b, IndicatorLevel2.SOCIAL_BENEFIT, "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标",
            null, "10", "10", null),
        indicator(ben, b, IndicatorLevel2.ECOLOGICAL_BENEFIT, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标",
            null, "10", "10", null),
        indicator(ben, b, IndicatorLevel2.SUSTAINABLE_IMPACT, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响",
            "效果明显", "达成预期指标", null, "10", "10", null),
        indicator(IndicatorLevel1.SATISFACTION, "满意度指标(10分)", IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, "满意度指标",
            "公众满", null, null, null, null, null, null));
    assertThat(p.categoryWeights()).containsExactly(
        new CategoryWeight(out, null, o, d("50"), null),
        new CategoryWeight(ben, null, b, d("30"), null),
        new CategoryWeight(IndicatorLevel1.SATISFACTION, null, "满意度指标(10分)", d("10"), null));
    assertThat(p.totalScore()).isNull();
    assertThat(p.indicators().get(2).statedTier()).isEqualTo(io.github.jixiao.core.QualitativeTier.ACHIEVED);
    assertThat(r.unmapped().get(0).text()).startsWith("安福全 zlnb210061 1 2019-05-22T04:56:35Z").endsWith("False");
    assertThat(r.unmapped()).extracting(UnmappedContent::text).contains("附件:", "经济效益指标");
    assertThat(r.warnings(ReadWarning.Code.INCOMPLETE_ROW)).singleElement()
        .satisfies(w -> assertThat(w.arguments()).contains("公众满"));
    assertThat(r.warnings(ReadWarning.Code.UNUSUAL_SCALE)).extracting(w -> w.arguments().get(1))
        .containsExactly("90", "89.974", "89.974");
  }

  @Test
  void form03_qingshen2023_sichuanLayoutOneCellPerLine() throws Exception {
    ReadResult r = FormReader.standard().read(page("03"));
    ProjectSelfEvaluation p = r.project().orElseThrow();
    assertThat(r.layout()).isEqualTo(FormLayout.PROJECT_SICHUAN_2023);
    assertThat(p.title()).isEqualTo("部门预算项目支出绩效自评表(2023年度)");
    assertThat(p.evaluationYear()).isEqualTo(Year.of(2023));
    assertThat(p.projectName()).isEqualTo("51000021R000000019951-工资性支出");
    assertThat(p.competentDepartment()).isEqualTo("青神县发展和改革局本级");
    assertThat(p.implementingUnit()).isEqualTo("青神县发展和改革局");
    assertThat(p.overallGoalExpected()).isEqualTo("严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。");
    assertThat(p.overallGoalActual()).isEqualTo("对照年度目标,说明相关任务目标的完成情况(100字以内)");
    assertThat(p.implementationSummary()).isNull();
    assertThat(p.funds().total()).isEqualTo(row("238.93", "251.89", "251.89", "10", "100.00%", null,
        "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;"
            + "3.其他资金包括:社会投入资金、银行贷款."));
    assertThat(p.funds().fiscalFunds()).isEqualTo(row("238.93", "251.89", "251.89", null, "100.00%", null, null));
    assertThat(p.funds().fiscalSpecialAccountFunds()).isEqualTo(row("0.00", "0.00", "0.00", null, "0.00%", null, null));
    assertThat(p.funds().unitOwnFunds()).isEqualTo(row("0.00", "0.00", "0.00", null, "0.00%", null, null));
    assertThat(p.funds().otherFunds()).isEqualTo(FundRow.blank());
    assertThat(p.funds().currentYearAppropriation()).isNull();
    assertThat(p.indicators()).containsExactly(
        new PerformanceIndicatorBuilder().level1(IndicatorLevel1.OUTPUT).level1Label("产出指标")
            .level2(IndicatorLevel2.QUANTITY).level2Label("数量指标").name("发放(缴纳)覆盖率")
            .operator(ComparisonOperator.EQ).target(IndicatorValue.parse("100")).unit("%").weight(d("60")).build(),
        new PerformanceIndicatorBuilder().level1(IndicatorLevel1.BENEFIT).level1Label("效益指标")
            .level2(IndicatorLevel2.SOCIAL_BENEFIT).level2Label("社会效益指标").name("足额保障率(参保率)")
            .operator(ComparisonOperator.EQ).target(IndicatorValue.parse("100")).unit("%").weight(d("30")).build());
    assertThat(p.totalWeight()).isEqualTo(d("100"));
    assertThat(p.totalScore()).isNull();
    assertThat(p.conclusion()).isEqualTo("结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)");
    assertThat(p.problems()).containsExactly("结合自评情况,分析存在的问题及原因。(200字以内)");
    assertThat(p.improvementMeasures()).containsExactly("针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)");
    assertThat(p.categoryWeights()).containsExactly(new CategoryWeight(null, null, "预算执行情况(10分)", d("10"), null),
        new CategoryWeight(null, null, "绩效指标(90分)", d("90"), null));
    assertThat(r.unmapped()).extracting(UnmappedContent::text)
        .containsExactly("报表编号", "510000_0013zp", "项目负责人:", "财务负责人:");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void form06_langfang2019_oneCellPerParagraphWithSplitLabels() throws Exception {
    ReadResult r = FormReader.standard().read(page("06"));
    ProjectSelfEvaluation p = r.project().orElseThrow();
    assertThat(r.layout()).isEqualTo(FormLayout.PROJECT_NATIONAL_2020);
    assertThat(p.title()).isEqualTo("项目支出绩效自评表");
    assertThat(p.evaluationYear()).isEqualTo(Year.of(2019));
    assertThat(p.projectName()).isEqualTo("办公宿舍楼、食堂及餐厅暖通改造经费");
    assertThat(p.competentDepartment()).isEqualTo("廊坊市发改委");
    assertThat(p.implementingUnit()).isEqualTo("廊坊市食品工程学校");
    assertThat(p.funds().total()).isEqualTo(row("43.2", "43.2", "37.24", "10", "86%", "9", null));
    assertThat(p.funds().currentYearAppropriation()).isEqualTo(row("43.2", "43.2", "37.24", null, null, null, null));
    assertThat(p.funds().priorYearCarryover()).isEqualTo(FundRow.blank());
    assertThat(p.funds().otherFunds()).isEqualTo(FundRow.blank());
    assertThat(p.overallGoalExpected()).isEqualTo("43.2");
    assertThat(p.overallGoalActual()).isEqualTo("37.24");
    IndicatorLevel1 out = IndicatorLevel1.OUTPUT;
    IndicatorLevel1 ben = IndicatorLevel1.BENEFIT;
    assertThat(p.indicators()).containsExactly(
        indicator(out, "产出指标", IndicatorLevel2.QUANTITY, "数量指标", "指标1工程资金金额", "43.2", "37.24", null, "10", "9",
            "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"),
        indicator(out, "产出指标", IndicatorLevel2.QUALITY, "质量指标", "指标1工程完工率", "100", "100", null, "10", "10", null),
        indicator(out, "产出指标", IndicatorLevel2.QUALITY, "质量指标", "指标2工程验收合格率", "100", "100", null, "10", "10",
            null),
        indicator(out, "产出指标", IndicatorLevel2.TIMELINESS, "时效指标", "指标1项目完成及时率", "100", "100", null, "10", "10",
            null),
        indicator(out, "产出指标", IndicatorLevel2.COST, "成本指标", "指标1成本控制率", "100", "100", null, "10", "10", null),
        indicator(ben, "效益指标", IndicatorLevel2.ECONOMIC_BENEFIT, "经济效益指标", "指标1安全率", "100", "100", null, "10", "10",
            "0"),
        indicator(ben, "效益指标", IndicatorLevel2.SOCIAL_BENEFIT, "社会效益指标", "指标1学校发展能力", "100", "100", null, "10",
            "10", "0"),
        indicator(ben, "效益指标", IndicatorLevel2.SUSTAINABLE_IMPACT, "可持续影响指标", "指标1长期使用性", "100", "100", null,
            "10", "10", null),
        indicator(IndicatorLevel1.SATISFACTION, "满意度指标", IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, "服务对象满意度指标",
            "指标1学生满意度", "100", "100", null, "10", "10", "0"));
    List<UnmappedContent> placeholders = r.unmapped().stream()
        .filter(u -> "template placeholder row".equals(u.context())).toList();
    assertThat(placeholders).hasSize(17);
    assertThat(r.unmapped()).extracting(UnmappedContent::text)
        .contains("办公宿舍楼、食堂及餐厅暖通改造经费 绩效自评表(修改)", "附件1");
    assertThat(r.warnings(ReadWarning.Code.UNUSUAL_SCALE)).hasSize(4);
  }

  @Test
  void form09_suiyang2021_guizhouDepartmentFundTable() throws Exception {
    ReadResult r = FormReader.standard().read(page("09"));
    DepartmentSelfEvaluation f = r.department().orElseThrow();
    assertThat(r.layout()).isEqualTo(FormLayout.DEPARTMENT_GUIZHOU);
    assertThat(f.title()).isEqualTo("部门整体支出绩效自评表");
    assertThat(f.departmentName()).isEqualTo("绥阳县太白镇人民政府");
    assertThat(f.evaluationYear()).isNull();
    assertThat(f.reportDate()).isEqualTo(LocalDate.of(2022, 2, 3));
    assertThat(f.funds().totalFunds()).isEqualTo(row("1172.55", null, "1268.72", "10", null, "10",
        "执行率*该指标分值,最高不得超过分值上限。"));
    assertThat(f.funds().basicExpenditure()).isEqualTo(row("985.19", null, "914.97", "10", null, "10", null));
    assertThat(f.funds().projectExpenditure()).isEqualTo(row("187.36", null, "353.75", "10", null, "10", null));
    assertThat(f.funds().otherExpenditure()).isEqualTo(FundRow.blank());
    assertThat(f.funds().initialBudgetRevenue()).isNull();
    assertThat(f.annualGoals().expectedGoals()).extracting(Goal::number).containsExactly(1, 2, 3, 4);
    assertThat(f.annualGoals().expectedGoals().get(3).text()).isEqualTo("完成上级政府交办的其它事项。");
    assertThat(f.annualGoals().goalCompletionNarrative()).startsWith("(1)积极履职,强化管理").endsWith("(5)完成上级政府交办的其它事项。");
    assertThat(f.indicators()).isEmpty();
    assertThat(r.unmapped()).extracting(UnmappedContent::text).containsExactly("单位(盖章)", "绥阳县太白镇人民政府", "得分计算");
    // the indicator table's last heading, cut off in print, is a heading the reader does not know
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.arguments())
        .containsExactly("UNKNOWN_COLUMN [绩效指标, 得分计算]");
  }

  @Test
  void form09_withAColumnTheReaderDoesNotKnow_theOtherColumnsKeepTheirHeadings() throws Exception {
    String page = page("09");
    String inserted = page.replace("年初预算数(A) | 全年执行数(B) |", "年初预算数(A) | 调剂数 | 全年执行数(B) |")
        .replace("年度资金总额: | 1172.55 | 1268.72 |", "年度资金总额: | 1172.55 | 96.17 | 1268.72 |")
        .replace("基本支出 | 985.19 | 914.97 |", "基本支出 | 985.19 | -70.22 | 914.97 |")
        .replace("项目支出 | 187.36 | 353.75 |", "项目支出 | 187.36 | 166.39 | 353.75 |");
    assertThat(inserted).isNotEqualTo(page);
    DepartmentSelfEvaluation original = FormReader.standard().read(page).department().orElseThrow();
    ReadResult r = FormReader.standard().read(inserted);
    DepartmentSelfEvaluation f = r.department().orElseThrow();
    assertThat(f.funds()).isEqualTo(original.funds());
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains(
        "调剂数 @ 部门(单位)总体 资金(万元)", "96.17 @ 年度资金总额: / 调剂数", "-70.22 @ 基本支出 / 调剂数",
        "166.39 @ 项目支出 / 调剂数");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.arguments()).containsExactly(
        "UNKNOWN_COLUMN [部门(单位)总体 资金(万元), 调剂数]", "UNKNOWN_COLUMN [绩效指标, 得分计算]");
  }

  @Test
  void form09_withAFundRowTheReaderDoesNotKnow_theRowsAfterItKeepTheirColumns() throws Exception {
    String page = page("09");
    String inserted = page.replace("基本支出 | 985.19 | 914.97 |",
        "其中：上级补助 | 50.00 | 50.00 | 10 | 10 |\n基本支出 | 985.19 | 914.97 |");
    assertThat(inserted).isNotEqualTo(page);
    DepartmentSelfEvaluation original = FormReader.standard().read(page).department().orElseThrow();
    ReadResult r = FormReader.standard().read(inserted);
    assertThat(r.department().orElseThrow().funds()).isEqualTo(original.funds());
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains(
        "其中：上级补助 @ 部门(单位)总体 资金(万元)", "50.00 @ 其中：上级补助 / initial", "50.00 @ 其中：上级补助 / executed",
        "10 @ 其中：上级补助 / weight", "10 @ 其中：上级补助 / score");
    assertThat(r.warnings(ReadWarning.Code.UNKNOWN_ROW)).extracting(ReadWarning::arguments)
        .containsExactly(List.of("部门(单位)总体 资金(万元)", "其中：上级补助"));
    assertThat(r.warnings(ReadWarning.Code.AMBIGUOUS_CELLS)).isEmpty();
  }

  /**
   * Reads form 03 changed by {@code change}, which adds {@code addedLines} lines, and asserts that its indicators and
   * funds read as those of the published page.
   */
  private static ReadResult form03Changed(UnaryOperator<String> change, int addedLines) throws Exception {
    String page = page("03");
    String changed = change.apply(page);
    assertThat(changed).isNotEqualTo(page);
    assertThat(changed.split("\n")).hasSize(page.split("\n").length + addedLines);
    ProjectSelfEvaluation original = FormReader.standard().read(page).project().orElseThrow();
    ReadResult r = FormReader.standard().read(changed);
    assertThat(r.project().orElseThrow().indicators()).isEqualTo(original.indicators());
    assertThat(r.project().orElseThrow().funds()).isEqualTo(original.funds());
    return r;
  }

  @Test
  void form03_withAnIndicatorColumnTheReaderDoesNotKnow_theOtherColumnsKeepTheirHeadings() throws Exception {
    ReadResult r = form03Changed(page -> page.replace("度量单位 |\n", "度量单位 |\n数据来源 |\n")
        .replace("100 |\n% |\n|\n60 |", "100 |\n% |\n人社系统 |\n|\n60 |")
        .replace("100 |\n% |\n|\n30 |", "100 |\n% |\n社保系统 |\n|\n30 |"), 3);
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains("数据来源 @ 绩效指标(90分)",
        "人社系统 @ 发放(缴纳)覆盖率 / 数据来源", "社保系统 @ 足额保障率(参保率) / 数据来源");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.arguments())
        .containsExactly("UNKNOWN_COLUMN [绩效指标(90分), 数据来源]");
  }

  @Test
  void form03_withAnUnknownLastIndicatorColumn_itsCellsStayUnmappedInsteadOfBecomingIndicators() throws Exception {
    ReadResult r = form03Changed(page -> page.replace("未完成原因分析 |\n产出指标", "未完成原因分析 |\n数据来源 |\n产出指标")
        .replace("60 |\n|\n|\n效益指标", "60 |\n|\n|\n人社系统 |\n效益指标")
        .replace("30 |\n|\n|\n合计", "30 |\n|\n|\n社保系统 |\n合计"), 3);
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains("数据来源 @ 绩效指标(90分)",
        "人社系统 @ 发放(缴纳)覆盖率 / 数据来源", "社保系统 @ 足额保障率(参保率) / 数据来源");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.arguments())
        .containsExactly("UNKNOWN_COLUMN [绩效指标(90分), 数据来源]");
  }

  @Test
  void form03_withARowNumberColumnBeforeTheCategories_theNumbersStayUnmappedUnderTheirRows() throws Exception {
    ReadResult r = form03Changed(page -> page.replace("绩效指标(90分) |\n一级指标", "绩效指标(90分) |\n序号 |\n一级指标")
        .replace("|\n产出指标 |\n数量指标", "|\n1 |\n产出指标 |\n数量指标")
        .replace("|\n效益指标 |\n社会", "|\n2 |\n效益指标 |\n社会"), 3);
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains("序号 @ 绩效指标(90分)",
        "1 @ 发放(缴纳)覆盖率 / 序号", "2 @ 足额保障率(参保率) / 序号");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.arguments())
        .containsExactly("UNKNOWN_COLUMN [绩效指标(90分), 序号]");
  }

  @Test
  void form03_withAColumnBetweenTheCategoriesAndTheName_itsCellsStayUnmappedUnderTheirRows() throws Exception {
    ReadResult r = form03Changed(page -> page.replace("二级指标 |\n三级指标 |", "二级指标 |\n指标编码 |\n三级指标 |")
        .replace("|\n数量指标 |\n发放", "|\n数量指标 |\nA01 |\n发放")
        .replace("|\n社会效益指标 |\n足额", "|\n社会效益指标 |\nB01 |\n足额"), 3);
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains("指标编码 @ 绩效指标(90分)",
        "A01 @ 发放(缴纳)覆盖率 / 指标编码", "B01 @ 足额保障率(参保率) / 指标编码");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.arguments())
        .containsExactly("UNKNOWN_COLUMN [绩效指标(90分), 指标编码]");
  }

  @Test
  void form03_withANameHeadingTheReaderDoesNotKnow_readsThatColumnAsTheNamesAndSaysSo() throws Exception {
    ReadResult r = form03Changed(page -> page.replace("二级指标 |\n三级指标 |", "二级指标 |\n具体指标内容 |"), 0);
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.arguments())
        .containsExactly("NAME_COLUMN_ASSUMED [绩效指标(90分), 具体指标内容]");
  }

  @Test
  void form01_flattenedWithAnUnknownLastHeading_readsTheNationalOrderAndSaysTheColumnCannotBeKeptApart()
      throws Exception {
    String page = page("01");
    String inserted = page.replace("偏差原因分析及改进措施 产出指标(50分)", "偏差原因分析及改进措施 数据来源 产出指标(50分)");
    assertThat(inserted).isNotEqualTo(page);
    ReadResult original = FormReader.standard().read(page);
    ReadResult r = FormReader.standard().read(inserted);
    assertThat(r.project().orElseThrow().indicators()).isEqualTo(original.project().orElseThrow().indicators());
    assertThat(r.warnings(ReadWarning.Code.UNKNOWN_COLUMN)).extracting(ReadWarning::arguments)
        .containsExactly(List.of("绩效指标", "数据来源"));
    assertThat(r.warnings(ReadWarning.Code.AMBIGUOUS_CELLS)).singleElement()
        .satisfies(w -> assertThat(w.arguments().get(1)).contains("数据来源", "read with them"));
  }

  @Test
  void form01_flattenedWithARowNumberColumn_isReadByPositionAndSaysRowsMayBeMisaligned() throws Exception {
    String inserted = page("01").replace("绩效指标 一级指标", "绩效指标 序号 一级指标")
        .replace("产出指标(50分) 数量指标 基建", "1 产出指标(50分) 数量指标 基建");
    ReadResult r = FormReader.standard().read(inserted);
    assertThat(r.warnings(ReadWarning.Code.UNKNOWN_COLUMN)).extracting(ReadWarning::arguments)
        .containsExactly(List.of("绩效指标", "序号"));
    assertThat(r.warnings(ReadWarning.Code.AMBIGUOUS_CELLS)).singleElement()
        .satisfies(w -> assertThat(w.arguments().get(1)).contains("by position", "may be misaligned"));
  }

  @Test
  void form12_yuhua2022_hunanIndicatorTableFromRunOnOcr() throws Exception {
    ReadResult r = FormReader.standard().read(page("12"));
    DepartmentSelfEvaluation f = r.department().orElseThrow();
    assertThat(r.layout()).isEqualTo(FormLayout.DEPARTMENT_INDICATOR_TABLE);
    assertThat(f.title()).isEqualTo("雨花区2022年度部门(单位)整体支出绩效评价自评报告");
    assertThat(f.evaluationYear()).isEqualTo(Year.of(2022));
    assertThat(f.departmentName()).isEqualTo("长沙市雨花区发展和改革局");
    assertThat(f.reportDate()).isEqualTo(LocalDate.of(2023, 5, 10));
    assertThat(f.categoryWeights()).containsExactly(
        new CategoryWeight(IndicatorLevel1.INPUT, null, "投入", d("13"), null),
        new CategoryWeight(IndicatorLevel1.INPUT, IndicatorLevel2.BUDGET_ALLOCATION, "预算配置", d("13"), null),
        new CategoryWeight(IndicatorLevel1.PROCESS, null, "过程", d("61"), null),
        new CategoryWeight(IndicatorLevel1.PROCESS, IndicatorLevel2.BUDGET_EXECUTION, "预算执行", d("20"), null));
    List<PerformanceIndicator> rows = f.indicators();
    assertThat(rows).extracting(PerformanceIndicator::name).containsExactly("在职人员控制率", "“三公经费”变动率", "预算完成率",
        "预算控制率", "新建楼堂馆所面积控制率", "新建楼堂馆所投资");
    assertThat(rows).extracting(PerformanceIndicator::weight)
        .containsExactly(d("5"), d("8"), d("5"), d("5"), d("5"), null);
    assertThat(rows).extracting(PerformanceIndicator::score)
        .containsExactly(d("5"), d("8"), d("5"), d("5"), d("5"), null);
    assertThat(rows).extracting(PerformanceIndicator::level2).containsExactly(IndicatorLevel2.BUDGET_ALLOCATION,
        IndicatorLevel2.BUDGET_ALLOCATION, IndicatorLevel2.BUDGET_EXECUTION, IndicatorLevel2.BUDGET_EXECUTION,
        IndicatorLevel2.BUDGET_EXECUTION, IndicatorLevel2.BUDGET_EXECUTION);
    assertThat(rows.get(0).scoringMethod()).isEqualTo("以100%为标准。在职人员控制率W100%,计5分;每超过一个百分点扣0.5分,扣完为止。");
    assertThat(rows.get(0).description()).startsWith("在职人员控制率=(在职人员数/编制数)100%,");
    assertThat(rows.get(1).scoringMethod()).isEqualTo("“三公经费”变动率至0,计8分;“三公经费”0,每超过一个百分点扣0.8分,扣完为止。");
    assertThat(rows.get(1).description())
        .isEqualTo("“在公经费”变动率=(本年度三公经费”预算数-上年度“三公经费”预算数)/上年度“三公经费”预算数X100%");
    assertThat(rows.get(2).scoringMethod()).isEqualTo("100%计满分,每低于5%扣2分,扣完为止。");
    assertThat(rows.get(2).description())
        .isEqualTo("预算完成率=(上年结转+年初预算+本年追加预算-年末结余/上年结转+年初预算+本年追加预算)X100%.");
    assertThat(rows.get(3).scoringMethod())
        .isEqualTo("预算控制率=0,计5分;OTo%(含),计4分;10-20%(含),计3分;20-30%(含),计2分;大于30%不得分");
    assertThat(rows.get(3).description()).isEqualTo("预算控制率=(本年追加预算/年初预算)100%o");
    assertThat(rows.get(4).scoringMethod()).isEqualTo("100%以下(含)计满分,每超出5%扣2分,扣完为止。没有楼梯馆所项目的部门按满分计算");
    assertThat(rows.get(4).description()).isEqualTo("楼堂馆所面积控制率=实际建设面积/批准建设面积XlO0%O该指标以2015年完工的新建楼堂馆所为评价内容。");
    assertThat(r.unmapped()).extracting(UnmappedContent::text).contains("1、", "2、", "3、", "302001", "雨花区财政局(制)");
    assertThat(r.warnings(ReadWarning.Code.INCOMPLETE_ROW)).singleElement()
        .satisfies(w -> assertThat(w.arguments()).contains("新建楼堂馆所投资"));
  }
}

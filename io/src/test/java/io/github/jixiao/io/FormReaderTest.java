package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.testing.SampleForms;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormReaderTest {
  private static final FormReader READER = FormReader.standard();

  /** A small national project form, tab-separated as copied from a web page. */
  static final String NATIONAL_TABS = String.join("\n",
      "项目支出绩效自评表（2022年度）",
      "项目名称\t办公楼维修\t\t",
      "主管部门\t某某局\t实施单位\t某某中心",
      "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
      "\t年度资金总额\t100.00\t90.00\t81.00\t10\t90.00%\t9",
      "\t其中：当年财政拨款\t100.00\t90.00\t81.00\t—\t—\t—",
      "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
      "\t产出指标(50分)\t数量指标\t维修面积\t≥500平方米\t520平方米\t50\t50\t",
      "\t效益指标(30分)\t社会效益指标\t群众满意\t效果明显\t达成预期指标\t30\t28\t部分楼层仍有噪声",
      "\t满意度指标(10分)\t服务对象满意度指标\t使用人员满意度\t≥90%\t93%\t10\t10\t",
      "总分\t\t\t\t\t\t100\t97\t");

  //-----------------------------------------------------------------------
  @Test
  void readText_tabSeparatedNationalProjectForm() throws Exception {
    ReadResult r = READER.read(NATIONAL_TABS);
    ProjectSelfEvaluation p = r.project().orElseThrow();
    assertThat(r.layout()).isEqualTo(FormLayout.PROJECT_NATIONAL_2020);
    assertThat(p.projectName()).isEqualTo("办公楼维修");
    assertThat(p.evaluationYear().getValue()).isEqualTo(2022);
    assertThat(p.competentDepartment()).isEqualTo("某某局");
    assertThat(p.implementingUnit()).isEqualTo("某某中心");
    assertThat(p.funds().total().executed()).isEqualTo(Amount.ofWan("81.00"));
    assertThat(p.funds().total().executionRate()).isEqualTo(Percentage.parse("90.00%"));
    assertThat(p.funds().currentYearAppropriation().weight()).isNull();
    assertThat(p.indicators()).extracting(PerformanceIndicator::name).containsExactly("维修面积", "群众满意", "使用人员满意度");
    assertThat(p.indicators().get(1).deviationAnalysis()).isEqualTo("部分楼层仍有噪声");
    assertThat(p.indicators().get(1).score()).isEqualTo(new BigDecimal("28"));
    assertThat(p.indicators().get(2).level2()).isEqualTo(IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION);
    assertThat(p.totalWeight()).isEqualTo(new BigDecimal("100"));
    assertThat(p.totalScore()).isEqualTo(new BigDecimal("97"));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.unmapped()).isEmpty();
  }

  @Test
  void readText_pipeSeparatedRowsGiveTheSameForm() throws Exception {
    String pipes = NATIONAL_TABS.replace("\t", " | ");
    assertThat(READER.read(pipes).document()).isEqualTo(READER.read(NATIONAL_TABS).document());
  }

  @Test
  void readText_traditionalCharactersFullWidthFormsAndStraySpacesInLabels() throws Exception {
    String traditional = NATIONAL_TABS.replace("项目名称", "項目名稱").replace("主管部门", "主管部門")
        .replace("年初预算数", "年初預算數").replace("全年执行数", "全年執 行數").replace("实际完成值", "實際完成值")
        .replace("分值", "分　值").replace("其中：当年财政拨款", "其中:當年財政撥款");
    ReadResult r = READER.read(traditional);
    assertThat(r.project().orElseThrow()).isEqualTo(READER.read(NATIONAL_TABS).project().orElseThrow());
  }

  @Test
  void readText_aFundRowTheReaderDoesNotKnow_isUnmappedAndTheRowsAfterItAreReadByTheirLabels() throws Exception {
    String inserted = NATIONAL_TABS.replace("\t其中：当年财政拨款\t",
        "\t其中：上级补助\t10.00\t10.00\t9.00\t—\t—\t—\n\t其中：当年财政拨款\t");
    assertThat(inserted).isNotEqualTo(NATIONAL_TABS);
    ReadResult r = READER.read(inserted);
    assertThat(r.project().orElseThrow()).isEqualTo(READER.read(NATIONAL_TABS).project().orElseThrow());
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains("其中：上级补助 @ 项目资金（万元）",
        "10.00 @ 其中：上级补助 / initial", "9.00 @ 其中：上级补助 / executed");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.arguments())
        .containsExactly("UNKNOWN_ROW [项目资金（万元）, 其中：上级补助]");
  }

  @Test
  void readText_anUnknownFirstFundRow_isARowNotALastHeading_andAnUnknownRowLabelsHeadingIsUnmapped()
      throws Exception {
    String changed = NATIONAL_TABS.replace("项目资金（万元）\t\t年初预算数", "项目资金（万元）\t资金类别\t年初预算数")
        .replace("\t年度资金总额\t", "\t其中：上级补助\t10.00\t10.00\t9.00\t—\t—\t—\n\t年度资金总额\t");
    assertThat(changed).isNotEqualTo(NATIONAL_TABS);
    ReadResult r = READER.read(changed);
    assertThat(r.project().orElseThrow()).isEqualTo(READER.read(NATIONAL_TABS).project().orElseThrow());
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains("资金类别 @ 项目资金（万元）",
        "其中：上级补助 @ 项目资金（万元）", "10.00 @ 其中：上级补助 / initial");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.arguments())
        .containsExactly("UNKNOWN_ROW [项目资金（万元）, 其中：上级补助]");
  }

  @Test
  void readText_beijingHaidianColumnsAreRecognised() throws Exception {
    String beijing = String.join("\n", "项目支出绩效自评表", "项目名称\t培训经费",
        "项目资金（万元）\t年初预算数(A)\t全年执行数(B)\t分值(10分)\t执行率(B/A)\t得分\t得分计算方法",
        "年度资金总额\t310.2\t154.74\t10\t50%\t5\t执行率*该指标分值",
        "绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值(A)\t全年实际值(B)\t得分计算方法\t得分\t未完成原因分析",
        "\t产出指标\t数量指标\t培训人次\t20\t≥100人次\t80人次\tB/A×分值\t16\t报名不足");
    ReadResult r = READER.read(beijing);
    ProjectSelfEvaluation p = r.project().orElseThrow();
    assertThat(r.layout()).isEqualTo(FormLayout.PROJECT_BEIJING_HAIDIAN_2016);
    assertThat(p.funds().total().initialBudget()).isEqualTo(Amount.ofWan("310.2"));
    assertThat(p.funds().total().annualBudget()).isNull();
    assertThat(p.funds().total().note()).isEqualTo("执行率*该指标分值");
    PerformanceIndicator row = p.indicators().get(0);
    assertThat(row.weight()).isEqualTo(new BigDecimal("20"));
    assertThat(row.target().raw()).isEqualTo("≥100人次");
    assertThat(row.actual().raw()).isEqualTo("80人次");
    assertThat(row.scoringMethod()).isEqualTo("B/A×分值");
    assertThat(row.score()).isEqualTo(new BigDecimal("16"));
    assertThat(row.deviationAnalysis()).isEqualTo("报名不足");
    assertThat(row.level1()).isEqualTo(IndicatorLevel1.OUTPUT);
  }

  @Test
  void readText_unknownIndicatorColumnsFirstAndLastOnTheHeadingRowKeepTheOtherColumnsInPlace() throws Exception {
    String text = String.join("\n", "项目支出绩效自评表", "项目名称\t培训经费",
        "绩效指标\t序号\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析\t数据来源",
        "\t1\t产出指标\t数量指标\t培训人次\t≥100人次\t80人次\t20\t16\t报名不足\t签到表",
        "\t2\t\t质量指标\t合格率\t≥90%\t95%\t10\t10\t\t考试记录");
    ReadResult r = READER.read(text);
    ProjectSelfEvaluation p = r.project().orElseThrow();
    assertThat(p.indicators()).extracting(PerformanceIndicator::name).containsExactly("培训人次", "合格率");
    assertThat(p.indicators()).extracting(PerformanceIndicator::weight)
        .containsExactly(new BigDecimal("20"), new BigDecimal("10"));
    assertThat(p.indicators().get(0).deviationAnalysis()).isEqualTo("报名不足");
    assertThat(p.indicators().get(1).level2()).isEqualTo(IndicatorLevel2.QUALITY);
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains("1 @ 培训人次 / 序号",
        "签到表 @ 培训人次 / 数据来源", "2 @ 合格率 / 序号", "考试记录 @ 合格率 / 数据来源");
    assertThat(r.warnings(ReadWarning.Code.UNKNOWN_COLUMN)).extracting(ReadWarning::arguments)
        .containsExactly(List.of("绩效指标", "序号"), List.of("绩效指标", "数据来源"));
  }

  @Test
  void readText_cellsOfUnknownColumnsBeforeTheNameWithNoRowAfterThem_areUnmappedUnderTheTable() throws Exception {
    String text = String.join("\n", "项目支出绩效自评表", "项目名称\t培训经费",
        "绩效指标\t序号\t一级指标\t二级指标\t指标编码\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析",
        "\t1\t产出指标\t数量指标\tA01\t培训人次\t≥100人次\t80人次\t20\t16\t报名不足",
        "\t2\t\t\tA02",
        "\t3");
    ReadResult r = READER.read(text);
    assertThat(r.project().orElseThrow().indicators()).extracting(PerformanceIndicator::name)
        .containsExactly("培训人次");
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains("1 @ 培训人次 / 序号",
        "A01 @ 培训人次 / 指标编码", "A02 @ 绩效指标 / 指标编码", "2 @ 绩效指标 / 序号", "3 @ 绩效指标 / 序号");
  }

  @Test
  void readText_unknownColumnBetweenTheCategoriesAndTheName_andAnUnknownNameHeading() throws Exception {
    String between = String.join("\n", "项目支出绩效自评表", "项目名称\t培训经费",
        "绩效指标\t一级指标\t二级指标\t指标编码\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析",
        "\t产出指标\t数量指标\tA01\t培训人次\t≥100人次\t80人次\t20\t16\t报名不足",
        "\t\t质量指标\tA02\t合格率\t≥90%\t95%\t10\t10\t");
    ReadResult r = READER.read(between);
    ProjectSelfEvaluation p = r.project().orElseThrow();
    assertThat(p.indicators()).extracting(PerformanceIndicator::name).containsExactly("培训人次", "合格率");
    assertThat(p.indicators()).extracting(PerformanceIndicator::score)
        .containsExactly(new BigDecimal("16"), new BigDecimal("10"));
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context())
        .contains("A01 @ 培训人次 / 指标编码", "A02 @ 合格率 / 指标编码");
    assertThat(r.warnings(ReadWarning.Code.UNKNOWN_COLUMN)).extracting(ReadWarning::arguments)
        .containsExactly(List.of("绩效指标", "指标编码"));
    assertThat(r.warnings(ReadWarning.Code.NAME_COLUMN_ASSUMED)).isEmpty();

    ReadResult renamed = READER.read(between.replace("\t指标编码\t三级指标\t", "\t具体指标\t")
        .replace("\tA01\t", "\t").replace("\tA02\t", "\t"));
    assertThat(renamed.project().orElseThrow().indicators()).isEqualTo(p.indicators());
    assertThat(renamed.warnings(ReadWarning.Code.NAME_COLUMN_ASSUMED)).extracting(ReadWarning::arguments)
        .containsExactly(List.of("绩效指标", "具体指标"));
    assertThat(renamed.warnings(ReadWarning.Code.UNKNOWN_COLUMN)).isEmpty();
  }

  @Test
  void readHtml_unknownFirstAndLastIndicatorColumnsWithRowspans_keepTheRowsInPlace() throws Exception {
    String html = "<table><tr><td colspan=\"10\">项目支出绩效自评表</td></tr>"
        + "<tr><td>项目名称</td><td colspan=\"9\">道路养护</td></tr>"
        + "<tr><td rowspan=\"3\">绩效指标</td><td>序号</td><td>一级指标</td><td>二级指标</td><td>三级指标</td>"
        + "<td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td><td>数据来源</td></tr>"
        + "<tr><td>1</td><td rowspan=\"2\">产出指标</td><td rowspan=\"2\">数量指标</td><td>养护里程</td><td>≥20公里</td>"
        + "<td>21公里</td><td>25</td><td>25</td><td></td><td>台账</td></tr>"
        + "<tr><td>2</td><td>巡查次数</td><td>≥12次</td><td>10次</td><td>25</td><td>20.83</td><td>雨季停工</td>"
        + "<td>巡查记录</td></tr></table>";
    ReadResult r = READER.read(html);
    List<PerformanceIndicator> rows = r.project().orElseThrow().indicators();
    assertThat(rows).extracting(PerformanceIndicator::name).containsExactly("养护里程", "巡查次数");
    assertThat(rows.get(1).score()).isEqualTo(new BigDecimal("20.83"));
    assertThat(rows.get(1).deviationAnalysis()).isEqualTo("雨季停工");
    assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).contains("1 @ 养护里程 / 序号",
        "台账 @ 养护里程 / 数据来源", "2 @ 巡查次数 / 序号", "巡查记录 @ 巡查次数 / 数据来源");
    assertThat(r.warnings(ReadWarning.Code.UNKNOWN_COLUMN)).hasSize(2);
  }

  @Test
  void readHtml_fragmentWithRowspansOfAProjectTable() throws Exception {
    String html = "<table><tr><td colspan=\"9\">项目支出绩效自评表</td></tr>"
        + "<tr><td>项目名称</td><td colspan=\"8\">道路养护</td></tr>"
        + "<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>"
        + "<td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>"
        + "<tr><td rowspan=\"2\">产出指标</td><td rowspan=\"2\">数量指标</td><td>养护里程</td><td>≥20公里</td>"
        + "<td>21公里</td><td>25</td><td>25</td><td></td></tr>"
        + "<tr><td>巡查次数</td><td>≥12次</td><td>10次</td><td>25</td><td>20.83</td><td>雨季停工</td></tr></table>";
    ReadResult r = READER.read(html);
    ProjectSelfEvaluation p = r.project().orElseThrow();
    assertThat(p.projectName()).isEqualTo("道路养护");
    assertThat(p.indicators()).hasSize(2);
    assertThat(p.indicators().get(1).name()).isEqualTo("巡查次数");
    assertThat(p.indicators().get(1).level2()).isEqualTo(IndicatorLevel2.QUANTITY);
    assertThat(p.indicators().get(1).score()).isEqualTo(new BigDecimal("20.83"));
    assertThat(p.indicators().get(1).deviationAnalysis()).isEqualTo("雨季停工");
  }

  @Test
  void readText_labelPrintedTwiceWithDifferentValuesWarnsAndKeepsTheFirst() throws Exception {
    String text = NATIONAL_TABS.replace("主管部门\t某某局", "主管部门\t某某局\n主管部门\t另一局");
    ReadResult r = READER.read(text);
    assertThat(r.project().orElseThrow().competentDepartment()).isEqualTo("某某局");
    ReadWarning w = r.warnings(ReadWarning.Code.CONFLICTING_VALUES).get(0);
    assertThat(w.line()).isEqualTo(4);
    assertThat(w.column()).isEqualTo(6);
    assertThat(w.message(Locale.ENGLISH)).contains("主管部门").contains("某某局").contains("另一局");
    assertThat(w.message(Locale.CHINESE)).contains("出现两次");
    assertThat(r.unmapped()).extracting(UnmappedContent::text).contains("另一局");
  }

  @Test
  void readText_departmentFundExplanations() throws Exception {
    String text = SampleForms.tianhe2021Text().replace("\t预算完成率\t99.68%\t预算调整率\t19.47%\t",
        "\t预算完成率\t99.68%\t预算调整率\t19.47%\t\n\t预算调整超30%原因说明\t无\t执行率低于90%原因说明\t不适用");
    DepartmentSelfEvaluation f = READER.read(text).department().orElseThrow();
    assertThat(f.funds().budgetAdjustmentExplanation()).isEqualTo("无");
    assertThat(f.funds().budgetCompletionExplanation()).isEqualTo("不适用");
  }

  @Test
  void readText_missingRequiredBlocksAreWarnings() throws Exception {
    ReadResult r = READER.read("项目支出绩效自评表\n主管部门\t某某局\n实施单位\t某某中心");
    assertThat(r.project().orElseThrow().projectName()).isEmpty();
    assertThat(r.warnings(ReadWarning.Code.MISSING_BLOCK)).extracting(w -> w.arguments().get(0))
        .anyMatch(a -> a.contains("项目名称")).anyMatch(a -> a.contains("项目资金")).anyMatch(a -> a.contains("绩效指标"));
  }

  @Test
  void readText_unreadableFigureIsAWarningAndUnmapped() throws Exception {
    ReadResult r = READER.read(SampleForms.tianhe2021Text().replace("526.59", "五百多"));
    DepartmentSelfEvaluation f = r.department().orElseThrow();
    assertThat(f.funds().initialBudgetRevenue()).isNull();
    assertThat(r.warnings(ReadWarning.Code.UNREADABLE_VALUE)).singleElement()
        .satisfies(w -> assertThat(w.arguments()).contains("五百多"));
    assertThat(r.unmapped()).extracting(UnmappedContent::text).contains("五百多");
  }

  //-----------------------------------------------------------------------
  @Test
  void read_emptyInputIsRefused() {
    for (String empty : new String[] {"", "  \n\t ", "<p></p>\n<br>"}) {
      FormReadException e = catchThrowableOfType(FormReadException.class, () -> READER.read(empty));
      assertThat(e.reason()).as(empty).isEqualTo(FormReadException.Reason.EMPTY);
    }
  }

  @Test
  void read_binaryInputIsRefusedWithPosition() {
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> READER.read("项目名称\n额\u0000x"));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.BINARY);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(2);
    FormReadException controls = catchThrowableOfType(FormReadException.class,
        () -> READER.read("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f项目名称"));
    assertThat(controls.reason()).isEqualTo(FormReadException.Reason.BINARY);
  }

  @Test
  void read_textWithoutFormLabelsIsRefused() {
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> READER.read("\n  今天天气很好。\n我们去公园散步，其他的事明天再说。"));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.NOT_A_FORM);
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void read_inputOverTheSizeLimitIsRefused() {
    FormReader small = READER.withLimits(ReaderLimits.defaults().withMaxInputChars(100));
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> small.read(NATIONAL_TABS));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("100");
  }

  @Test
  void read_moreCellsThanTheLimitIsRefused() {
    FormReader small = READER.withLimits(ReaderLimits.defaults().withMaxCells(20));
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> small.read(NATIONAL_TABS));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.LIMIT_EXCEEDED);
  }

  @Test
  void read_warningsAreCappedByTheLimit() throws Exception {
    StringBuilder sb = new StringBuilder(SampleForms.tianhe2021Text());
    for (int i = 0; i < 50; i++) {
      sb.append("\n部门名称（汇总）\t\t单位").append(i);
    }
    ReadResult r = READER.withLimits(ReaderLimits.defaults().withMaxWarnings(10)).read(sb.toString());
    assertThat(r.warnings()).hasSize(10);
    assertThat(r.warnings().get(9).code()).isEqualTo(ReadWarning.Code.TOO_MANY_WARNINGS);
  }

  //-----------------------------------------------------------------------
  @Test
  void readBytes_decodesUtf8Gb18030AndUtf16WithByteOrderMark() throws Exception {
    String text = SampleForms.tianhe2021Text();
    ReadResult utf8 = READER.read(text.getBytes(StandardCharsets.UTF_8));
    assertThat(READER.read(text.getBytes(Charset.forName("GB18030"))).document()).isEqualTo(utf8.document());
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bom = new byte[utf16.length + 2];
    bom[0] = (byte) 0xff;
    bom[1] = (byte) 0xfe;
    System.arraycopy(utf16, 0, bom, 2, utf16.length);
    assertThat(READER.read(bom).document()).isEqualTo(utf8.document());
    assertThat(utf8.department().orElseThrow()).isEqualTo(SampleForms.tianhe2021());
  }

  @Test
  void readBytes_nulByteIsBinary() {
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> READER.read(new byte[] {'a', '\n', 'b', 0, 'c'}));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.BINARY);
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void readStreamAndPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("form.txt");
    Files.writeString(file, NATIONAL_TABS);
    assertThat(READER.read(file).document()).isEqualTo(READER.read(NATIONAL_TABS).document());
    assertThat(READER.read(new ByteArrayInputStream(NATIONAL_TABS.getBytes(StandardCharsets.UTF_8))).document())
        .isEqualTo(READER.read(NATIONAL_TABS).document());
  }

  @Test
  void withLabels_addsARegionalSynonym() throws Exception {
    String text = NATIONAL_TABS.replace("年度指标值", "年度目标值");
    assertThat(READER.read(text).project().orElseThrow().indicators()).isNotEqualTo(
        READER.read(NATIONAL_TABS).project().orElseThrow().indicators());
    FormReader regional = READER.withLabels(LabelTable.standard().withSynonym(FormField.TARGET_COLUMN, "年度目标值"));
    assertThat(regional.read(text).project()).isEqualTo(READER.read(NATIONAL_TABS).project());
    assertThat(regional.labels().size()).isEqualTo(LabelTable.standard().size() + 1);
  }

  @Test
  void read_satisfactionRowNamedLikeItsCategory_keepsTheNameAsTheIndicator() throws Exception {
    String text = "项目支出绩效自评表\n项目名称\t示例项目\n"
        + "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t10.00\t10.00\t10.00\t10\t100.00%\t10.00\n"
        + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        + "\t满意度指标(10分)\t服务对象满意度指标\t服务对象满意度\t≥90%\t95%\t10\t10.00\t\n";
    var rows = READER.read(text).project().orElseThrow().indicators();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).name()).isEqualTo("服务对象满意度");
    assertThat(rows.get(0).level2Label()).isEqualTo("服务对象满意度指标");
    assertThat(rows.get(0).target().raw()).isEqualTo("≥90%");
  }

  @Test
  void read_htmlRowOfDashes_isAStraySeparatorLine_notACell() throws Exception {
    String html = "<table><tr><td>部门名称（汇总）</td><td>某部门</td><td>被评价年度</td><td>2021年</td></tr>"
        + "<tr><td>存在问题</td><td><p>(一)问题一。</p><p>(二)问题二。</p></td></tr>"
        + "<tr><td>改进措施或下一步计划</td><td><p>(一)措施一。</p><p>(二)措施二。</p></td></tr>"
        + "<tr><td>------------</td><td>--</td></tr></table>";
    ReadResult result = READER.read(html);
    var form = result.department().orElseThrow();
    assertThat(form.improvementMeasures()).containsExactly("措施一。", "措施二。");
    assertThat(form.irregularities()).anySatisfy(i -> {
      assertThat(i.kind()).isEqualTo(io.github.jixiao.core.SourceIrregularity.Kind.STRAY_SEPARATOR_LINE);
      assertThat(i.text()).isEqualTo("------------\t--");
    });
  }
}

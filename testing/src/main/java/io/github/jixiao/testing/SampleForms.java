package io.github.jixiao.testing;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AnnualGoals;
import io.github.jixiao.core.DepartmentFundsBuilder;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.DepartmentSelfEvaluationBuilder;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRowBuilder;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.MainTaskBuilder;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluationBuilder;
import io.github.jixiao.core.SourceIrregularity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Real published forms built in code, for tests and examples: the fixtures every jixiao module is checked against.
 *
 * <p>{@link #tianhe2021()} is the 2021 部门整体支出绩效自评表 of 广州市天河区工商业联合会 (Tianhe District Federation of
 * Industry and Commerce, Guangzhou), public data, with every figure and every text of the published form, including
 * its oddities: two different adjusted-budget figures (422.69 and 424.06), goals 5 and 6 duplicated, the task amount
 * {@code 11.6} printed with one decimal, the key project's twelve indicators with their 年初值 and 完成值, the
 * truncated 取得成效 paragraph, the {@code <p>} residue and the trailing separator line.
 * {@link #tianhe2021Text()} is the published text itself.
 *
 * <p>This class is immutable and thread-safe; every call builds a new, equal form.
 */
public final class SampleForms {
  /** The classpath resource holding the published text of the Tianhe 2021 form. */
  public static final String TIANHE_2021_RESOURCE = "/io/github/jixiao/testing/tianhe-2021.txt";

  /** The classpath resource holding the Tianhe 2021 form as an HTML page with its table. */
  public static final String TIANHE_2021_HTML_RESOURCE = "/io/github/jixiao/testing/tianhe-2021.html";

  private SampleForms() {}

  /**
   * Returns the published text of the Tianhe 2021 department form exactly as it was extracted: tab-separated cells,
   * multi-line cells, {@code <p>} fragments.
   *
   * @return the text, never null
   */
  public static String tianhe2021Text() {
    return resource(TIANHE_2021_RESOURCE);
  }

  /**
   * Returns the Tianhe 2021 department form as a government site publishes it in HTML: a page whose table holds the
   * cells of the published text, the task rows merged with {@code rowspan} as on the original page, the prose cells
   * as real {@code <p>} paragraphs (so none of the text's markup residue and no separator line). Read by a reader, it
   * gives {@link #tianhe2021()} without the irregularities of the text extraction.
   *
   * @return the HTML page, never null
   */
  public static String tianhe2021Html() {
    return resource(TIANHE_2021_HTML_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = SampleForms.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jixiao-testing jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the Tianhe 2021 部门整体支出绩效自评表 built in code, figure for figure and text for text.
   *
   * @return the form, never null
   */
  public static DepartmentSelfEvaluation tianhe2021() {
    return new DepartmentSelfEvaluationBuilder()
        .title("部门整体支出绩效自评表")
        .departmentName("广州市天河区工商业联合会")
        .consolidated(true)
        .evaluationYear(Year.of(2021))
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.DEPARTMENT_GUANGZHOU)
        .funds(new DepartmentFundsBuilder()
            .adjustedBudgetRevenue(wan("422.69"))
            .initialBudgetRevenue(wan("526.59"))
            .actualExpenditure(wan("422.69"))
            .annualAdjustedBudget(wan("424.06"))
            .generalPublicBudgetPortion(wan("422.69"))
            .budgetCompletionRate(Percentage.parse("99.68%"))
            .budgetAdjustmentRate(Percentage.parse("19.47%"))
            .build())
        .annualGoals(new AnnualGoals(List.of(
                Goal.of(1, "思想引领，推进“两个健康”发展"),
                Goal.of(2, "推进换届，畅通政治参与渠道"),
                Goal.of(3, "突出重点，企业服务提质升级"),
                Goal.of(4, "围绕重点，商会管理出新出彩"),
                Goal.of(5, "强化担当，致力倡导公益慈善"),
                Goal.of(6, "强化担当，致力倡导公益慈善。"),
                Goal.of(7, "积极做好统筹兼顾，配合落实各项工作")),
            "天河区工商联全面贯彻落实习近平新时代中国特色社会主义思想，认真学习领会习近平总书记对广东重要讲话和重要指示批示精神以及对做好新时代民营经济统战工作重要指示精神，牢牢把握“两个健康”工作主题，推进工商联工作上新台阶、新水平。"))
        .addMainTasks(
            task(1, "思想引领，推进“两个健康”发展", "结合党史教育，推进学习走深走实；强化思想引领，推进理想信念教育", "0.55",
                KeyIndicator.of("党组理论学习中心组学习", "12次"),
                KeyIndicator.of("党组织活动", "开展主题党日活动5次，书记讲党课7次，举办党史专题培训班3次，瞻仰革命遗址4次，参观主题展览3次，组织专题宣讲超55次，引导开展“我为群众办实事”实践活动2个，召开专题组织生活会1次，参与宣传教育人员超4000人次。"),
                KeyIndicator.of("“百场党课进千家商会万家民企”理想信念教育宣讲会", "23次")),
            task(2, "推进换届，畅通政治参与渠道", "稳步推进换届，高质量完成换届工作；畅通参政渠道，引导民营企业政治参与", "4.85",
                KeyIndicator.of("举办天河区工商联（总商会）第八次会员代表大会", "2021年9月13日圆满举办"),
                KeyIndicator.of("产生新一届执委会成员", "规模143名")),
            task(3, "企业服务提质升级，商会管理出新出彩", "开展“深调研”，助力持续优化营商环境；推动政策落地，助推民营企业高质量发展；围绕服务大局，推动民营经济健康发展；加强对商会的“关键少数”的把关；推进对异地商会的归口管理；加强对商会综合监管；增强商会的造血功能和服务能力。", "53.83",
                KeyIndicator.of("走访、调研企业座谈", "20家"),
                KeyIndicator.of("组织了《天河区推动经济高质量发展的若干政策意见》专题宣讲活动", "2场"),
                KeyIndicator.of("促进企业交流合作，促进企业发展壮大；搭建服务平台，助力优化营商环境", "举办深交所服务粤企面对面活动（第五期）暨“天河未来IPO企业面对面”活动，搭建政企沟通平台，搭建企业发展平台，搭建法律维权平台，搭建宣传平台"),
                KeyIndicator.of("商会规模", "现有在册商会会员3052个，所属商协会28个"),
                KeyIndicator.of("促进沟通联系，发展团体会员", "举办了天河区商会与异地商会资源对接座谈会等3场活动"),
                KeyIndicator.of("增强商会的造血功能和服务能力", "获评全国“五好”县级工商联；鼓励和支持3个重点行业、重点领域的社会组织设立")),
            task(4, "提升党建工作水平", "获评五星级党支部，非公经济组织党组织“两个覆盖”水平不断提高", "11.6",
                KeyIndicator.of("非公企业党组织", "854家"),
                KeyIndicator.of("举办天河区非公企业党组织书记培训班", "12期"),
                KeyIndicator.of("获全省、市、区“两优一先”荣誉表彰", "65个党组织和党员")))
        .addKeyProjects(tianhe2021KeyProject())
        .overallPerformanceNarrative("2021年，天河区工商联全面贯彻落实习近平新时代中国特色社会主义思想，认真学习领会习近平总书记对广东重要讲话和重要指示批示精神以及对做好新时代民营经济统战工作重要指示精神，充分发挥职能作用，坚持政治建会、团结立会、服务兴会、改革强会，牢牢把握“两个健康”工作主题，进一步推动和巩固我区“五好”县级工商联建设工作，积极发挥广大非公有制经济人士的力量，助力我区非公有制经济在新常态下有新作为新发展。2021年顺利召开天河区工商联（总商会）第八次会员代表大会并选举产生第八届执委会，获评2020-2021年度全国“五好”县级工商联、2019-2020年脱贫攻坚突出贡献集体、2019年度新时代天河发展新出彩突出贡献先进集体、天河区直机关创建模范机关先进单位，党支部获评五星级党支部，2个所属商会获评2021年度广东省、广州市工商联系统“四好”商会。积极落实《天河区推动经济高质量发展的若干政策意见》第64条，鼓励和支持重点行业、重点领域的社会组织设立，白蚁社会组织帮扶扶持金额95万元。")
        .addProblems(
            "贯彻落实党的理论路线方针政策和党中央决策部署存在不足。在非公企业中宣传党的路线、方针、政策工作存在薄弱环节，会员学习热情不高、参与度有限，需要创新学习形式并选择贴合实际、符合企业所需的学习内容。",
            "所属商会内生动力不足。各所属商协会整体发展不平衡，目前在政策上对社会组织扶持力度不够、培育力度不够，管理模式需要逐步转变，需要提高商协会的内生动力和活力。",
            "工商联执委委员以上会员企业党组织覆盖率较低。")
        .addImprovementMeasures(
            "创新推进理想信念教育。深入开展非公经济人士理想信念教育实践活动，增强学习贯彻针对性、实效性和形式的多样性。结合区工商联与区非公党委工作，联合多部门，联动非公企业，依托党章学堂、街道党校、送学上门等组织会员企业、非公企业党组织、党务工作者等开展教育培训工作。",
            "持续推进工商联所属商会改革发展工作。落实中央《关于促进工商联所属商会改革发展的实施方案》，加强对商会“关键少数”的把关，增强商会的造血功能和服务能力，在配合区政策修订工作的基础上推进《广州市天河区支持社会组织发展推动现代服务业出新出彩的实施办法》有关工作，同时推进筹建天河区科韵路商会联盟。",
            "推进区非公企业党建工作。持续扩大“两个覆盖”工作，对所辖非公企业开展全面调查摸底，推进区工商联执常委以上会员企业党组织组建工作，协助做好天河中央商务新兴领域党群服务阵地建设工作，打造非公企业党建品牌建设，并做好宣传调研工作。")
        .addIrregularities(
            SourceIrregularity.of(SourceIrregularity.Kind.BROKEN_LABEL, "mainTasks", "任务涉 及"),
            SourceIrregularity.of(SourceIrregularity.Kind.MARKUP_RESIDUE, "keyProjects[0]", "<p>"),
            SourceIrregularity.of(SourceIrregularity.Kind.MARKUP_RESIDUE, "overallPerformanceNarrative", "<p>"),
            SourceIrregularity.of(SourceIrregularity.Kind.MARKUP_RESIDUE, "problems", "<p>"),
            SourceIrregularity.of(SourceIrregularity.Kind.MARKUP_RESIDUE, "improvementMeasures", "<p>"),
            SourceIrregularity.of(SourceIrregularity.Kind.STRAY_SEPARATOR_LINE, "line 36", "------------\t--"))
        .build();
  }

  /**
   * Returns the key project of the Tianhe 2021 form (重点项目绩效情况: 2021年区工商联工作经费项目), the prose paragraph
   * read into a project form: budget 64.94 → 39.46, executed 39.46, 执行率 100%, twelve indicators with 年初值 as
   * target and 完成值 as actual, and the (truncated) 取得成效 text. The prose prints no weights, scores or operators.
   *
   * <p>Conventions: names as printed ({@code 培训种类(个)}); the unit from the name, else from the target; the
   * first-level category follows the printed second-level one when only that is printed (its label stays null);
   * the clause after 完成值 (such as {@code 当年举办了一场执委换届大会}) is the row's {@code description}.
   *
   * @return the key project, never null
   */
  public static ProjectSelfEvaluation tianhe2021KeyProject() {
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
            row(IndicatorLevel1.OUTPUT, null, IndicatorLevel2.QUANTITY, "数量指标", "培训种类(个)", "2个", "2个",
                "完成了工商联举办商会培训会、非公党建组织举办培训会"),
            row(IndicatorLevel1.OUTPUT, null, IndicatorLevel2.QUANTITY, "数量指标", "举办执委换届大会", "1次", "1次",
                "当年举办了一场执委换届大会"),
            row(IndicatorLevel1.OUTPUT, null, IndicatorLevel2.QUANTITY, "数量指标", "保密室信息化建设", "1项", "1项",
                "当年完成了保密室建设"),
            row(IndicatorLevel1.OUTPUT, null, IndicatorLevel2.QUALITY, "质量指标", "如期举行换届执委大会", "如期举办",
                "完成举办", "如期圆满举办了换届执委大会"),
            row(IndicatorLevel1.OUTPUT, null, IndicatorLevel2.QUALITY, "质量指标", "保密室信息化建设项目通过验收", "通过验收",
                "通过验收", "当年通过保密局验收"),
            row(IndicatorLevel1.OUTPUT, null, IndicatorLevel2.QUALITY, "质量指标", "商会换届", "顺利完成换届", "顺利完成换届",
                "完成了商会换届工作"),
            row(IndicatorLevel1.OUTPUT, null, IndicatorLevel2.TIMELINESS, "时效指标", "党建培训学习党组织参与率", "95%", "95%",
                null),
            row(IndicatorLevel1.OUTPUT, null, IndicatorLevel2.TIMELINESS, "时效指标", "培训完成率", "100%", "100%",
                "完成了培训工作"),
            row(IndicatorLevel1.OUTPUT, null, IndicatorLevel2.COST, "成本指标", "支出的及时性(%)", "100%", "100%", null),
            row(IndicatorLevel1.BENEFIT, "效益指标", IndicatorLevel2.SOCIAL_BENEFIT, "社会效益", "增强商会服务能力", "加强",
                "进一步加强", null),
            row(IndicatorLevel1.BENEFIT, null, IndicatorLevel2.SUSTAINABLE_IMPACT, "可持续影响指标", "加强基层党建建设工作",
                "加强基层非公党建", "加强基层非公党建", null),
            row(IndicatorLevel1.SATISFACTION, "满意度指标", IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, null,
                "服务对象满意度", "95%", "95%", null))
        .achievements("2021年，天河区工商联全面贯彻落实习近平新时代中国特色社会主义思想，认真学习领会习近平总书记对广东重要讲话和重要指示批示精神以及对做好新时代民营经济统战工作重要指示精神，充分发挥职能作用，坚持政治建会、团结立会、服务兴会、改革强会，牢牢把握“两个健康”工作主题，进一步推动和巩固我区“五好”县级工商联建设工作，积极发挥广大非公有制经济人士的力量，助力我区非公有制经济在新常态下有新作为新发展。2021年顺利召开天河区工商联（总商会）第八次会员代表大会并选举产生第八届执委会，获评2020-2021年度全国“五好”县级工商联、2019-2020年脱贫攻坚突出贡献集体、2019年度新时代天河发展新出彩突出贡献先进集体、天河区直机关")
        .build();
  }

  //-----------------------------------------------------------------------
  private static Amount wan(String printed) {
    return Amount.ofWan(printed);
  }

  private static MainTask task(int index, String expectedGoal, String goalCompletion, String amount,
      KeyIndicator... indicators) {
    return new MainTaskBuilder()
        .index(index)
        .expectedGoal(expectedGoal)
        .goalCompletion(goalCompletion)
        .addKeyIndicators(indicators)
        .amount(wan(amount))
        .build();
  }

  private static PerformanceIndicator row(IndicatorLevel1 level1, @Nullable String level1Label, IndicatorLevel2 level2,
      @Nullable String level2Label, String name, String target, String actual, @Nullable String description) {
    IndicatorValue targetValue = IndicatorValue.parse(target);
    String unit = PerformanceIndicator.unitInName(name);
    if (unit == null && targetValue.isQuantitative()) {
      unit = targetValue.unit();
    }
    return new PerformanceIndicatorBuilder()
        .level1(level1)
        .level1Label(level1Label)
        .level2(level2)
        .level2Label(level2Label)
        .name(name)
        .target(targetValue)
        .actual(IndicatorValue.parse(actual))
        .unit(unit)
        .description(description)
        .build();
  }
}

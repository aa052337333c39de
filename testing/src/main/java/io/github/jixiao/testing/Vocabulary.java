package io.github.jixiao.testing;

import io.github.jixiao.core.IndicatorLevel2;
import java.util.List;

/**
 * The texts generated forms are made of: goals, task indicators, key-project indicators, narratives, problems and
 * measures, names. Each pool is chosen so that generated well-formed forms pass the text rules: goals are distinct and
 * made of two clauses each (a task that repeats a clause matches its goal), {@link #UNRELATED_PHRASES} share no
 * character bigram with any goal (so a task or goal made of them matches nothing), narratives are shorter than the
 * repeated-passage length of the audit profiles (40 characters) and end a sentence, key-project indicator names fit
 * their second-level category.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Department goals (部门整体支出的预期目标), two clauses each, all distinct. */
  static final List<String> GOALS = List.of(
      "思想引领，推进“两个健康”发展",
      "推进换届，畅通政治参与渠道",
      "突出重点，企业服务提质升级",
      "围绕重点，商会管理出新出彩",
      "强化担当，致力倡导公益慈善",
      "统筹兼顾，配合落实各项工作",
      "加强党建，提升基层组织力",
      "优化环境，服务民营企业发展",
      "深化改革，增强商会造血功能",
      "调查研究，积极建言资政",
      "宣传教育，凝聚思想共识",
      "法律服务，维护合法权益",
      "乡村振兴，开展结对帮扶",
      "队伍建设，提升履职能力",
      "内部管理，规范资金使用",
      "数字转型，建设智慧平台");

  /**
   * Goals or tasks that match no goal of {@link #GOALS}: no bigram of characters in common with any of them, and no
   * clause break inside.
   */
  static final List<String> UNRELATED_PHRASES = List.of(
      "筹备冬季运动会",
      "修缮老旧校舍",
      "采购医疗器械",
      "疏浚城区河道",
      "编纂地方史志",
      "举办国际马拉松",
      "种植行道树木",
      "检修供水管网");

  /** A key indicator of a main task: its name, its unit and the range of its target. */
  record TaskIndicator(String name, String unit, int low, int high) {}

  static final List<TaskIndicator> TASK_INDICATORS = List.of(
      new TaskIndicator("党组理论学习中心组学习", "次", 4, 24),
      new TaskIndicator("主题党日活动", "次", 4, 24),
      new TaskIndicator("走访调研企业", "家", 10, 300),
      new TaskIndicator("专题宣讲活动", "场", 1, 30),
      new TaskIndicator("举办培训班", "期", 1, 20),
      new TaskIndicator("新增会员企业", "家", 5, 500),
      new TaskIndicator("形成调研报告", "篇", 1, 12),
      new TaskIndicator("帮扶资金", "万元", 1, 200),
      new TaskIndicator("服务企业", "人次", 100, 5000),
      new TaskIndicator("政策解读会", "场", 1, 20),
      new TaskIndicator("法律咨询服务", "次", 10, 300),
      new TaskIndicator("会员满意度", "%", 80, 99));

  /** What a task's attainment narrative (目标完成情况) says. */
  static final List<String> TASK_COMPLETIONS = List.of(
      "按计划完成全年任务",
      "各项工作有序推进，任务全部完成",
      "完成年度工作目标，成效明显",
      "任务按期完成，服务质量稳步提升",
      "全面完成既定任务");

  /** A quantitative key-project indicator: category, name (with its unit where the unit is printed in it), unit. */
  record ProjectCount(IndicatorLevel2 level2, String name, String unit, int low, int high) {}

  /** Quantitative key-project rows met or exceeded (≥), by category; names fit their category (DW-K-05). */
  static final List<ProjectCount> PROJECT_COUNTS = List.of(
      new ProjectCount(IndicatorLevel2.QUANTITY, "培训种类(个)", "个", 1, 10),
      new ProjectCount(IndicatorLevel2.QUANTITY, "举办执委换届大会", "次", 1, 3),
      new ProjectCount(IndicatorLevel2.QUANTITY, "保密室信息化建设", "项", 1, 3),
      new ProjectCount(IndicatorLevel2.QUANTITY, "走访企业数量(家)", "家", 10, 200),
      new ProjectCount(IndicatorLevel2.TIMELINESS, "培训按时完成率(%)", "%", 90, 100),
      new ProjectCount(IndicatorLevel2.TIMELINESS, "资金支付及时率(%)", "%", 90, 100),
      new ProjectCount(IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, "服务对象满意度(%)", "%", 85, 98),
      new ProjectCount(IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, "会员企业满意度(%)", "%", 85, 98));

  /** Cost rows of a key project: amounts, lower is better (≤), names with a cost word and no time word. */
  static final List<String> PROJECT_COSTS = List.of("培训成本(万元)", "活动经费支出(万元)", "单次会议成本(万元)");

  /** A qualitative key-project row: category, name, target and actual. */
  record ProjectQuality(IndicatorLevel2 level2, String name, String target, String actual) {}

  static final List<ProjectQuality> PROJECT_QUALITIES = List.of(
      new ProjectQuality(IndicatorLevel2.QUALITY, "如期举行换届执委大会", "如期举办", "如期举办"),
      new ProjectQuality(IndicatorLevel2.QUALITY, "保密室信息化建设项目通过验收", "通过验收", "通过验收"),
      new ProjectQuality(IndicatorLevel2.QUALITY, "商会换届", "顺利完成换届", "顺利完成换届"),
      new ProjectQuality(IndicatorLevel2.SOCIAL_BENEFIT, "增强商会服务能力", "加强", "进一步加强"),
      new ProjectQuality(IndicatorLevel2.SOCIAL_BENEFIT, "营商环境持续改善", "改善", "明显改善"),
      new ProjectQuality(IndicatorLevel2.SUSTAINABLE_IMPACT, "加强基层党建建设工作", "加强基层非公党建", "加强基层非公党建"),
      new ProjectQuality(IndicatorLevel2.ECONOMIC_BENEFIT, "促进会员企业发展", "有所促进", "促进作用明显"));

  /** Rows that do not fit their category (DW-K-05): a timeliness measure under cost, a rate under timeliness … */
  static final List<ProjectQuality> MISPLACED_ROWS = List.of(
      new ProjectQuality(IndicatorLevel2.COST, "支出的及时性(%)", "100%", "100%"),
      new ProjectQuality(IndicatorLevel2.TIMELINESS, "党建培训学习党组织参与率", "95%", "95%"),
      new ProjectQuality(IndicatorLevel2.COST, "培训人数(人次)", "≥200人次", "230人次"),
      new ProjectQuality(IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION, "服务对象评价", "好评", "好评"));

  /** Topics of key projects (重点项目). */
  static final List<String> PROJECT_TOPICS = List.of("区工商联工作经费", "商会培训", "会员服务", "党建活动", "保密室信息化建设",
      "政策宣讲", "企业走访调研", "民营经济发展服务");

  /** Goal-attainment narratives (部门整体支出的目标完成情况), each under 40 characters. */
  static final List<String> GOAL_NARRATIVES = List.of(
      "全年预期目标全部完成。",
      "年度目标基本完成，重点任务按期推进。",
      "各项目标均已实现，履职成效明显。",
      "预期目标如期完成，工作质量稳步提高。");

  /** Overall performance narratives (部门整体绩效), each under 40 characters. */
  static final List<String> OVERALL_NARRATIVES = List.of(
      "部门整体运行平稳，各项工作有序推进。",
      "资金使用规范，整体绩效良好。",
      "统筹推进各项工作，部门履职能力持续增强。",
      "整体支出绩效较好，社会效益明显。");

  /** Key-project achievements (取得成效), each under 40 characters. */
  static final List<String> ACHIEVEMENTS = List.of(
      "项目按计划完成，成效明显。",
      "培训工作按计划完成，商会服务能力进一步提升。",
      "项目实施顺利，服务对象反映良好。",
      "建设任务全部完成，已投入使用。");

  /**
   * Sentences of a long paragraph (each ends a sentence); three of them make more than 40 characters, the length at
   * which DW-N-01 sees a repeated passage.
   */
  static final List<String> LONG_SENTENCES = List.of(
      "全面贯彻落实上级决策部署，牢牢把握工作主题。",
      "充分发挥职能作用，坚持服务兴会、改革强会。",
      "积极发挥广大非公有制经济人士的力量，助力经济发展。",
      "顺利召开会员代表大会并选举产生新一届执委会。",
      "获评先进集体，党支部获评五星级党支部。");

  /** Pairs of a problem (存在问题) and its measure (改进措施). */
  static final List<String[]> PROBLEMS_AND_MEASURES = List.of(
      new String[] {"学习形式单一，会员参与度有限。", "创新学习形式，丰富学习内容。"},
      new String[] {"所属商会内生动力不足。", "推进商会改革发展，增强造血功能。"},
      new String[] {"会员企业党组织覆盖率较低。", "持续扩大党的组织和工作覆盖。"},
      new String[] {"绩效目标设置不够细化。", "细化量化绩效指标，提高目标质量。"},
      new String[] {"预算执行进度不均衡。", "加强预算执行监控，均衡支出进度。"});

  /** Department names (部门名称). */
  static final List<String> DISTRICTS = List.of("广州市天河区", "广州市越秀区", "深圳市南山区", "成都市武侯区", "武汉市蔡甸区",
      "杭州市西湖区");
  static final List<String> ORGANISATIONS = List.of("工商业联合会", "科学技术协会", "妇女联合会", "残疾人联合会",
      "文学艺术界联合会");

  /** Texts that explain a low rate or a large adjustment. */
  static final List<String> EXPLANATIONS = List.of(
      "年中根据工作安排调整预算，部分项目延期实施。",
      "受政策调整影响，部分资金按规定收回。",
      "追加专项经费用于年度重点工作。");

  /** Deviation analyses (偏差原因分析及改进措施). */
  static final List<String> DEVIATION_ANALYSES = List.of(
      "受客观因素影响未完全达到目标，下年度加强统筹。",
      "实际完成值与指标值存在偏差，已分析原因并整改。",
      "指标值设定偏低，实际完成情况超计划较大，下年度合理设定。");
}

package io.github.jixiao.io;

import java.util.List;

/**
 * A label of a published form and the field it introduces (表头字段), with the synonyms under which published forms
 * print it: 预算执行率 / 执行率, 年初值 / 年度指标值 / 指标值, 完成值 / 实际完成值 / 全年实际值, 分值 / 权重 …
 *
 * <p>Synonyms are written in their {@linkplain LabelTable canonical form}: simplified characters, half-width
 * punctuation, no spaces. A printed label also matches with a parenthesised suffix ({@code 年初预算数(A)},
 * {@code 项目资金(万元)}, {@code 绩效指标(90分)}), a leading {@code 其中:} or ordinal ({@code 2.}), a trailing colon,
 * full-width forms, traditional characters and stray spaces ({@code 任务涉 及}).
 *
 * <p>Category labels (产出指标, 数量指标 …) are not fields: they are read with
 * {@link io.github.jixiao.core.IndicatorLevel1#fromLabel(String)} and
 * {@link io.github.jixiao.core.IndicatorLevel2#fromLabel(String)}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FormField {
  //----- titles and header -----
  /** 部门整体支出绩效自评表 and the report titles of the department-wide family. */
  DEPARTMENT_TITLE(Kind.TITLE, "部门整体支出绩效自评表", "部门整体支出绩效自评报告", "部门(单位)整体支出绩效评价自评报告",
      "部门整体支出绩效评价自评报告", "部门单位整体支出绩效评价自评报告", "部门整体支出绩效评价报告", "部门整体绩效自评表"),
  /** 项目支出绩效自评表 and its regional titles. */
  PROJECT_TITLE(Kind.TITLE, "项目支出绩效自评表", "部门预算项目支出绩效自评表", "项目绩效自评表", "项目支出绩效自评报告"),
  /** 部门整体支出绩效评价指标表: a department indicator table with weights at every level (Hunan). */
  INDICATOR_TABLE_TITLE(Kind.INDICATOR_TABLE, "部门整体支出绩效评价指标表", "整体支出绩效评价指标表", "绩效评价指标表"),
  /** 单位：万元: the amount unit; recognised by pattern ({@code 单位:万元}, {@code 金额单位:元}). */
  AMOUNT_UNIT(Kind.UNIT, "单位:万元", "单位:元", "单位:千元", "单位:亿元", "金额单位:万元", "金额单位:元"),
  /** 部门名称 (with （汇总） for consolidated figures). */
  DEPARTMENT_NAME(Kind.TEXT, "部门名称", "部门(单位)名称", "单位名称", "预算单位名称", "预算部门名称", "部门单位名称"),
  /** 被评价年度. */
  EVALUATION_YEAR(Kind.YEAR, "被评价年度", "评价年度", "所属年度", "预算年度"),
  /** 填报日期 / 报告日期. */
  REPORT_DATE(Kind.DATE, "填报日期", "报告日期", "填表日期", "评价日期"),
  /** 项目名称. */
  PROJECT_NAME(Kind.TEXT, "项目名称"),
  /** 主管部门. */
  COMPETENT_DEPARTMENT(Kind.TEXT, "主管部门", "主管单位", "主管部门及代码"),
  /** 实施单位. */
  IMPLEMENTING_UNIT(Kind.TEXT, "实施单位", "项目实施单位"),

  //----- labels read but not modelled: their values are kept as unmapped content -----
  /** 单位(盖章): the sealing unit. */
  UNIT_SEAL(Kind.NOTE, "单位(盖章)", "填报单位(盖章)", "填报单位", "评价单位(盖章)"),
  /** 报表编号. */
  REPORT_NUMBER(Kind.NOTE, "报表编号", "表号"),
  /** 预算编码 / 单位编码. */
  BUDGET_CODE(Kind.NOTE, "预算编码", "单位编码", "项目编码", "项目代码"),
  /** 附件 / 附表 numbering in front of the title. */
  ATTACHMENT(Kind.NOTE, "附件", "附件1", "附件2", "附件3", "附表", "附表1"),
  /** 项目负责人. */
  PROJECT_LEADER(Kind.NOTE, "项目负责人"),
  /** 财务负责人. */
  FINANCE_LEADER(Kind.NOTE, "财务负责人"),
  /** 联系人 / 填表人 / 联系电话. */
  CONTACT(Kind.NOTE, "联系人", "填表人", "联系电话", "单位负责人"),

  //----- department fund lines -----
  /** 部门资金情况: the heading of the department fund lines. */
  DEPARTMENT_FUNDS_SECTION(Kind.SECTION, "部门资金情况", "资金情况", "部门预算资金情况"),
  /** 部门年初预算收入. */
  INITIAL_BUDGET_REVENUE(Kind.AMOUNT, "部门年初预算收入", "年初预算收入"),
  /** 部门调整预算收入. */
  ADJUSTED_BUDGET_REVENUE(Kind.AMOUNT, "部门调整预算收入", "调整预算收入"),
  /** 年度预算调整数. */
  ANNUAL_ADJUSTED_BUDGET(Kind.AMOUNT, "年度预算调整数"),
  /** 实际支出数. */
  ACTUAL_EXPENDITURE(Kind.AMOUNT, "实际支出数", "实际支出", "部门实际支出数"),
  /** 其中：一般公共预算. */
  GENERAL_PUBLIC_BUDGET_PORTION(Kind.AMOUNT, "一般公共预算", "一般公共预算资金"),
  /** 其中：政府性基金预算. */
  GOVERNMENT_FUND_BUDGET_PORTION(Kind.AMOUNT, "政府性基金预算", "政府性基金预算资金"),
  /** 其中：国有资本经营预算. */
  STATE_CAPITAL_OPERATION_BUDGET_PORTION(Kind.AMOUNT, "国有资本经营预算", "国有资本经营预算资金"),
  /** 预算完成率. */
  BUDGET_COMPLETION_RATE(Kind.PERCENT, "预算完成率"),
  /** 预算调整率. */
  BUDGET_ADJUSTMENT_RATE(Kind.PERCENT, "预算调整率"),
  /** 执行率低于90%原因说明: the explanation of a low 预算完成率. */
  BUDGET_COMPLETION_EXPLANATION(Kind.TEXT, "执行率低于90%原因说明", "预算完成率低于90%原因说明",
      "预算完成率未达到90%原因说明", "预算执行率低于90%原因说明", "预算完成率原因说明"),
  /** 预算调整超30%原因说明: the explanation of a large in-year adjustment (vendor field [P]). */
  BUDGET_ADJUSTMENT_EXPLANATION(Kind.TEXT, "预算调整超30%原因说明", "预算调整率超30%原因说明", "预算调整率超过30%原因说明",
      "预算调整原因说明"),

  //----- fund tables -----
  /** 部门(单位)总体资金: the fund table of the Guizhou department form. */
  DEPARTMENT_FUND_TABLE(Kind.FUND_TABLE, "部门(单位)总体资金", "部门总体资金", "单位总体资金", "部门整体资金"),
  /** 项目资金 / 预算执行情况: the fund table of a project form. */
  PROJECT_FUND_TABLE(Kind.FUND_TABLE, "项目资金", "预算执行情况", "项目资金情况", "资金投入情况"),
  /** 资金来源 / 年度预算数: the heading of the row-label column of a fund table. */
  FUND_SOURCE_COLUMN(Kind.FUND_COLUMN, "资金来源", "年度预算数", "资金性质"),
  /** 年初预算数. */
  INITIAL_BUDGET_COLUMN(Kind.FUND_COLUMN, "年初预算数", "年初预算", "年初预算金额"),
  /** 全年预算数 / 调整后预算数. */
  ANNUAL_BUDGET_COLUMN(Kind.FUND_COLUMN, "全年预算数", "调整后预算数", "调整后预算", "全年预算", "年度预算数额"),
  /** 全年执行数 / 预算执行数. */
  EXECUTED_COLUMN(Kind.FUND_COLUMN, "全年执行数", "预算执行数", "执行数", "全年实际执行数", "实际执行数"),
  /** 执行率 / 预算执行率. */
  EXECUTION_RATE_COLUMN(Kind.FUND_COLUMN, "执行率", "预算执行率", "资金执行率"),
  /** 年度资金总额 / 总额. */
  TOTAL_FUNDS_ROW(Kind.FUND_ROW, "年度资金总额", "总额", "资金总额", "年度资金总计"),
  /** 当年财政拨款 / 本年财政拨款. */
  CURRENT_YEAR_APPROPRIATION_ROW(Kind.FUND_ROW, "当年财政拨款", "本年财政拨款", "当年财政拨款资金"),
  /** 上年结转资金. */
  PRIOR_YEAR_CARRYOVER_ROW(Kind.FUND_ROW, "上年结转资金", "上年结转", "上年结余结转资金"),
  /** 财政资金 (Sichuan). */
  FISCAL_FUNDS_ROW(Kind.FUND_ROW, "财政资金", "财政拨款"),
  /** 财政专户管理资金 (Sichuan). */
  FISCAL_SPECIAL_ACCOUNT_ROW(Kind.FUND_ROW, "财政专户管理资金"),
  /** 单位资金 (Sichuan). */
  UNIT_OWN_FUNDS_ROW(Kind.FUND_ROW, "单位资金", "单位自有资金"),
  /** 其他资金 / 其他. */
  OTHER_FUNDS_ROW(Kind.FUND_ROW, "其他资金", "其他"),
  /** 基本支出 (Guizhou department table). */
  BASIC_EXPENDITURE_ROW(Kind.FUND_ROW, "基本支出"),
  /** 项目支出 (Guizhou department table). */
  PROJECT_EXPENDITURE_ROW(Kind.FUND_ROW, "项目支出"),

  //----- goals -----
  /** 年度目标 / 年度总体目标 / 项目基本情况: the heading of the goal block. */
  GOALS_SECTION(Kind.SECTION, "年度目标", "年度总体目标", "项目基本情况", "项目年度目标完成情况", "总体目标"),
  /** 预期目标 / 年初设定目标 / 项目年度目标. */
  EXPECTED_GOALS(Kind.GOAL_TEXT, "部门整体支出的预期目标", "预期目标", "年初设定目标", "项目年度目标", "年度预期目标",
      "年度绩效目标"),
  /** 目标完成情况 / 实际完成情况 / 年度总体目标完成情况. */
  GOAL_COMPLETION(Kind.GOAL_TEXT, "部门整体支出的目标完成情况", "实际完成情况", "年度总体目标完成情况", "目标完成情况",
      "年度目标完成情况", "目标实际完成情况"),
  /** 项目实施内容及过程概述 (Sichuan). */
  IMPLEMENTATION_SUMMARY(Kind.TEXT, "项目实施内容及过程概述", "项目实施内容"),

  //----- main tasks -----
  /** 主要任务: the task table of the Guangzhou department form. */
  MAIN_TASKS(Kind.TASK_TABLE, "主要任务", "主要工作任务"),
  /** 关键指标. */
  KEY_INDICATOR_COLUMN(Kind.TASK_COLUMN, "关键指标"),
  /** 指标完成情况. */
  INDICATOR_COMPLETION_COLUMN(Kind.TASK_COLUMN, "指标完成情况"),
  /** 任务涉及 (金额). */
  TASK_AMOUNT_COLUMN(Kind.TASK_COLUMN, "任务涉及", "任务涉及金额", "涉及金额"),

  //----- indicator tables -----
  /** 绩效指标: the heading of the indicator table. */
  INDICATORS_SECTION(Kind.INDICATOR_TABLE, "绩效指标", "年度绩效指标", "绩效指标完成情况"),
  /** 一级指标. */
  LEVEL1_COLUMN(Kind.INDICATOR_COLUMN, "一级指标"),
  /** 二级指标. */
  LEVEL2_COLUMN(Kind.INDICATOR_COLUMN, "二级指标"),
  /** 三级指标. */
  LEVEL3_COLUMN(Kind.INDICATOR_COLUMN, "三级指标", "指标名称"),
  /** 指标性质 / 计算符号 / 运算符号. */
  OPERATOR_COLUMN(Kind.INDICATOR_COLUMN, "指标性质", "计算符号", "运算符号"),
  /** 年度指标值 / 年初值 / 指标值. */
  TARGET_COLUMN(Kind.INDICATOR_COLUMN, "年度指标值", "年初值", "指标值", "目标值", "预期指标值"),
  /** 实际完成值 / 完成值 / 全年实际值. */
  ACTUAL_COLUMN(Kind.INDICATOR_COLUMN, "实际完成值", "完成值", "全年实际值", "实际值", "实际完成情况值"),
  /** 计量单位 / 度量单位. */
  UNIT_COLUMN(Kind.INDICATOR_COLUMN, "计量单位", "度量单位", "单位"),
  /** 分值 / 权重: points available (fund and indicator tables). */
  WEIGHT_COLUMN(Kind.SHARED_COLUMN, "分值", "权重", "指标分值"),
  /** 得分: points earned (fund and indicator tables). */
  SCORE_COLUMN(Kind.SHARED_COLUMN, "得分", "自评得分"),
  /** 偏差原因分析及改进措施 / 未完成原因分析. */
  DEVIATION_COLUMN(Kind.INDICATOR_COLUMN, "偏差原因分析及改进措施", "未完成原因分析", "偏差原因分析", "原因分析",
      "偏差原因分析及改进"),
  /** 得分计算方法 / 评价标准 (indicator tables), the remark of a fund row (fund tables). */
  SCORING_METHOD_COLUMN(Kind.SHARED_COLUMN, "得分计算方法", "评价标准", "评分标准", "计分方法"),
  /** 原因 / 备注: the remark column of a fund table. */
  NOTE_COLUMN(Kind.SHARED_COLUMN, "原因", "备注", "说明"),
  /** 指标说明. */
  DESCRIPTION_COLUMN(Kind.INDICATOR_COLUMN, "指标说明", "指标解释"),
  /** 总分 / 合计. */
  TOTAL_ROW(Kind.TOTAL, "总分", "合计", "总计", "自评总分"),
  /** 评价等级. */
  GRADE(Kind.GRADE, "评价等级", "自评等级", "等级", "评价结果"),

  //----- narratives -----
  /** 重点项目绩效情况: a project in prose. */
  KEY_PROJECT(Kind.PROSE, "重点项目绩效情况", "重点项目情况", "重点项目绩效"),
  /** 部门整体绩效. */
  OVERALL_PERFORMANCE(Kind.TEXT, "部门整体绩效", "整体绩效情况", "部门整体绩效情况"),
  /** 存在问题. */
  PROBLEMS(Kind.ITEMS, "存在问题", "存在的问题", "主要问题", "存在问题及原因"),
  /** 改进措施或下一步计划. */
  IMPROVEMENT_MEASURES(Kind.ITEMS, "改进措施或下一步计划", "改进措施", "下一步改进措施", "改进措施及建议", "下一步计划",
      "改进意见"),
  /** 评价结论. */
  CONCLUSION(Kind.TEXT, "评价结论", "自评结论", "总体评价");

  /** What a label introduces, which decides how the reader treats the cells after it. */
  enum Kind {
    TITLE, UNIT, TEXT, GOAL_TEXT, AMOUNT, PERCENT, YEAR, DATE, NOTE, SECTION, FUND_TABLE, FUND_COLUMN, FUND_ROW,
    TASK_TABLE, TASK_COLUMN, INDICATOR_TABLE, INDICATOR_COLUMN, SHARED_COLUMN, TOTAL, GRADE, PROSE, ITEMS;

    /** Returns true for labels followed by a value in the next cell. */
    boolean takesValue() {
      return this == TEXT || this == GOAL_TEXT || this == AMOUNT || this == PERCENT || this == YEAR || this == DATE
          || this == NOTE || this == GRADE;
    }

    /** Returns true for column headings. */
    boolean isColumn() {
      return this == FUND_COLUMN || this == TASK_COLUMN || this == INDICATOR_COLUMN || this == SHARED_COLUMN;
    }
  }

  private final Kind kind;
  private final List<String> synonyms;

  FormField(Kind kind, String... synonyms) {
    this.kind = kind;
    this.synonyms = List.of(synonyms);
  }

  Kind kind() {
    return kind;
  }

  /**
   * Returns the usual printed label, such as {@code 年度指标值}.
   *
   * @return the label, never null
   */
  public String label() {
    return synonyms.get(0);
  }

  /**
   * Returns the built-in synonyms, in canonical form, the usual label first.
   *
   * @return the synonyms, unmodifiable, never null
   */
  public List<String> synonyms() {
    return synonyms;
  }
}

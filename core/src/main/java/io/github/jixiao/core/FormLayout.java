package io.github.jixiao.core;

/**
 * The published layout a form follows (表样). Readers record it; scoring profiles and rules use it to pick the
 * conventions that apply (which budget is the denominator of 执行率, which columns exist).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FormLayout {
  /** The project table attached to 财预〔2020〕10号, as reproduced by local forms (池州 2022, 廊坊 2019). */
  PROJECT_NATIONAL_2020("项目支出绩效自评表（财预〔2020〕10号）"),
  /** The Sichuan 2023 project table: 预算执行情况(10分), 绩效指标(90分), 指标性质 and 度量单位 columns. */
  PROJECT_SICHUAN_2023("部门预算项目支出绩效自评表（四川 2023）"),
  /** The Beijing Haidian 2016 project table: 执行率 = 全年执行数 / 年初预算数. */
  PROJECT_BEIJING_HAIDIAN_2016("项目支出绩效自评表（北京海淀 2016）"),
  /** A project described in prose inside a department form, as the Tianhe 2021 重点项目绩效情况. */
  PROJECT_PROSE("重点项目绩效情况（文字）"),
  /** The Guangzhou department table of the Tianhe 2021 form: fund lines, goals, tasks, key project, narratives. */
  DEPARTMENT_GUANGZHOU("部门整体支出绩效自评表（广州）"),
  /** The Guizhou township department table: fund rows with 年初预算数(A) / 全年执行数(B) / 分值 / 得分. */
  DEPARTMENT_GUIZHOU("部门整体支出绩效自评表（贵州）"),
  /** A department-wide indicator table with weights at every level (Hunan 2022 report). */
  DEPARTMENT_INDICATOR_TABLE("部门整体支出绩效评价指标表"),
  /** A layout not recognised. */
  OTHER("其他");

  private final String label;

  FormLayout(String label) {
    this.label = label;
  }

  /**
   * Returns a Chinese description of the layout.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}

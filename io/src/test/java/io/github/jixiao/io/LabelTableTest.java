package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LabelTableTest {
  private static final LabelTable TABLE = LabelTable.standard();

  @Test
  void size_countsEverySynonymOfEveryField() {
    int expected = Arrays.stream(FormField.values()).mapToInt(f -> f.synonyms().size()).sum();
    assertThat(TABLE.size()).isEqualTo(expected).isGreaterThan(200);
  }

  @Test
  void lookup_synonymsOfTheIssue() {
    assertThat(TABLE.lookup("预算执行率")).contains(FormField.EXECUTION_RATE_COLUMN);
    assertThat(TABLE.lookup("执行率")).contains(FormField.EXECUTION_RATE_COLUMN);
    assertThat(TABLE.lookup("年初值")).contains(FormField.TARGET_COLUMN);
    assertThat(TABLE.lookup("年度指标值")).contains(FormField.TARGET_COLUMN);
    assertThat(TABLE.lookup("指标值")).contains(FormField.TARGET_COLUMN);
    assertThat(TABLE.lookup("完成值")).contains(FormField.ACTUAL_COLUMN);
    assertThat(TABLE.lookup("实际完成值")).contains(FormField.ACTUAL_COLUMN);
    assertThat(TABLE.lookup("全年实际值")).contains(FormField.ACTUAL_COLUMN);
    assertThat(TABLE.lookup("偏差原因分析及改进措施")).contains(FormField.DEVIATION_COLUMN);
    assertThat(TABLE.lookup("未完成原因分析")).contains(FormField.DEVIATION_COLUMN);
    assertThat(TABLE.lookup("分值")).contains(FormField.WEIGHT_COLUMN);
    assertThat(TABLE.lookup("权重")).contains(FormField.WEIGHT_COLUMN);
    assertThat(TABLE.lookup("单位：万元")).contains(FormField.AMOUNT_UNIT);
    assertThat(TABLE.lookup("单位:元")).contains(FormField.AMOUNT_UNIT);
  }

  @Test
  void lookup_toleratesFullWidthTraditionalSpacesMarkupSuffixesAndOrdinals() {
    assertThat(TABLE.lookup("任务涉 及")).contains(FormField.TASK_AMOUNT_COLUMN);
    assertThat(TABLE.lookup("預算執行率")).contains(FormField.EXECUTION_RATE_COLUMN);
    assertThat(TABLE.lookup("年初预算数(A)")).contains(FormField.INITIAL_BUDGET_COLUMN);
    assertThat(TABLE.lookup("项目资金（万元）")).contains(FormField.PROJECT_FUND_TABLE);
    assertThat(TABLE.lookup("<p>重点项目绩效情况</p>")).contains(FormField.KEY_PROJECT);
    assertThat(TABLE.lookup("其中：当年财政拨款")).contains(FormField.CURRENT_YEAR_APPROPRIATION_ROW);
    assertThat(TABLE.lookup("年度资金总额:")).contains(FormField.TOTAL_FUNDS_ROW);
    assertThat(TABLE.lookup("2.项目实施内容及过程概述")).contains(FormField.IMPLEMENTATION_SUMMARY);
    assertThat(TABLE.lookup("填报日期:2022年2月3日")).contains(FormField.REPORT_DATE);
    assertThat(TABLE.lookup("雨花区2022年度部门(单位)整体支出绩效评价自评报告")).contains(FormField.DEPARTMENT_TITLE);
  }

  @Test
  void lookup_textThatIsNoLabel() {
    assertThat(TABLE.lookup("广州市天河区工商业联合会")).isEmpty();
    assertThat(TABLE.lookup("   ")).isEmpty();
    assertThat(TABLE.lookup("x".repeat(500))).isEmpty();
    assertThat(TABLE.lookup("产出指标")).as("categories are not fields").isEmpty();
  }

  @Test
  void withSynonym_addsOneAndKeepsTheOriginalUnchanged() {
    LabelTable more = TABLE.withSynonym(FormField.TARGET_COLUMN, "年度目标值");
    assertThat(more.lookup("年度目标值")).contains(FormField.TARGET_COLUMN);
    assertThat(TABLE.lookup("年度目标值")).isEmpty();
    assertThat(more.size()).isEqualTo(TABLE.size() + 1);
    assertThat(more.synonyms(FormField.TARGET_COLUMN)).endsWith("年度目标值");
  }

  @Test
  void withSynonym_refusesBlankAndSynonymsOfAnotherField() {
    assertThatThrownBy(() -> TABLE.withSynonym(FormField.TARGET_COLUMN, " ")).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> TABLE.withSynonym(FormField.TARGET_COLUMN, "完成值"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACTUAL_COLUMN");
  }
}

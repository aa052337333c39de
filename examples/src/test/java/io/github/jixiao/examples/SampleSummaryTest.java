package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SampleSummaryTest {
  @Test
  void main_printsTheSampleSummary_withEveryFundLineTaskAndTheKeyProject() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      SampleSummary.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .startsWith("部门整体支出绩效自评表 | 广州市天河区工商业联合会（汇总） | 被评价年度 2021 | 单位：万元")
        .contains("部门调整预算收入 (adjustedBudgetRevenue): 422.69")
        .contains("年度预算调整数 (annualAdjustedBudget): 424.06")
        .contains("预算完成率 (budgetCompletionRate): 99.68%")
        .contains("年度目标 (goals): 7 expected goals")
        .contains("任务4 提升党建工作水平 | 任务涉及 11.6 | 3 key indicators")
        .contains("重点项目 (key project): 2021年区工商联工作经费项目")
        .contains("年初预算 64.94 | 年度预算 39.46 | 预算执行 39.46 | 执行率 100%")
        .contains("时效指标 | 党建培训学习党组织参与率 | 年初值 95% | 完成值 95%")
        .contains("STRAY_SEPARATOR_LINE at line 36: ------------\\t--");
    assertThat(printed.lines().filter(l -> l.startsWith("  任务"))).hasSize(4);
  }
}

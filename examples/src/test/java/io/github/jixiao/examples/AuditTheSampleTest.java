package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuditTheSampleTest {
  @Test
  void main_printsTheCountsAndEveryFailure() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      AuditTheSample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines().findFirst().orElseThrow())
        .endsWith("0 ERROR, 6 WARNING, 27 INFO failing, 0 indeterminate]");
    assertThat(printed).contains("WARNING DW-F-03 funds.adjustedBudgetRevenue 部门调整预算收入与年度预算调整数一致：")
        .contains("INFO FMT-01 mainTasks[3].amount 金额保留两位小数：11.6万元填列了1位小数");
    assertThat(printed.lines()).hasSize(1 + 33 + 1);
    assertThat(printed.strip()).endsWith("no ERROR");
  }
}

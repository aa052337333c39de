package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HunanTableTest {
  @Test
  void explanationStart_lastDefinitionOfTheNameOrItsEnding() {
    String rest = "预算控制率=0,计5分;大于30%不得分预算控制率=(本年追加预算/年初预算)100%";
    assertThat(rest.substring(HunanTable.explanationStart(rest, "预算控制率"))).startsWith("预算控制率=(本年");
    String ocr = "扣完为止。“在公经费”变动率=(本年度)";
    assertThat(ocr.substring(HunanTable.explanationStart(ocr, "“三公经费”变动率"))).isEqualTo("“在公经费”变动率=(本年度)");
    assertThat(HunanTable.explanationStart("100%计满分", "预算完成率")).isEqualTo(-1);
  }
}

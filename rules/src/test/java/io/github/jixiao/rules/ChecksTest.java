package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void explains_text_true() {
    assertThat(Checks.explains("年中追加人员工资")).isTrue();
    assertThat(Checks.explains(" 尾款未付。 ")).isTrue();
    assertThat(Checks.explains("无法按期验收，尾款未付")).isTrue();
  }

  @Test
  void explains_missingBlankOrNothingSaying_false() {
    assertThat(Checks.explains(null)).isFalse();
    for (String s : List.of("", "   ", "\u3000", "\u00a0", "0", "无", "无。", "/", "／", "-", "—", "——", "–", "*",
        " 无 ", "\u3000—\u3000")) {
      assertThat(Checks.explains(s)).as("\"%s\"", s).isFalse();
    }
  }

  @Test
  void explains_templateInstructions_false() {
    assertThat(Checks.explains(ProjectRulesTest.SICHUAN_INSTRUCTIONS)).isFalse();
    assertThat(Checks.explains("对照年度目标,说明相关任务目标的完成情况(100字以内)")).isFalse();
    assertThat(Checks.explains("结合自评情况,分析存在的问题及原因。（200字以内）")).isFalse();
    assertThat(Checks.explains("请说明偏差原因")).isFalse();
    assertThat(Checks.explains("请填写原因")).isFalse();
  }

  @Test
  void isTemplateInstruction_eachPhrase_andNotOrdinaryReasons() {
    for (String s : List.of("(100字以内)", "需说明原因", "应说明原因", "应单独说明理由", "请说明", "请填写")) {
      assertThat(Checks.isTemplateInstruction("……" + s + "……")).as(s).isTrue();
    }
    for (String s : List.of("年中调减培训经费", "原因：项目延期", "已说明原因并报财政局备案", "说明：尾款未付")) {
      assertThat(Checks.isTemplateInstruction(s)).as(s).isFalse();
    }
  }
}

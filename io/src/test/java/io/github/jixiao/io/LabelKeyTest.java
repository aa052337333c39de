package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelKeyTest {
  @Test
  void of_foldsFullWidthTraditionalSpacesMarkupOrdinalsAndColons() {
    assertThat(LabelKey.of("任务涉 及")).isEqualTo("任务涉及");
    assertThat(LabelKey.of("部门名称（汇总）")).isEqualTo("部门名称(汇总)");
    assertThat(LabelKey.of("<p>存在问题</p>")).isEqualTo("存在问题");
    assertThat(LabelKey.of("預算執行率：")).isEqualTo("预算执行率");
    assertThat(LabelKey.of("2.项目实施内容及过程概述")).isEqualTo("项目实施内容及过程概述");
    assertThat(LabelKey.of("(一)改进措施")).isEqualTo("改进措施");
    assertThat(LabelKey.of("　")).isEmpty();
    assertThat(LabelKey.of("ＡＢＣ　１２")).isEqualTo("ABC12");
  }

  @Test
  void traditionalAndSimplifiedTablesHaveTheSameLength() {
    assertThat(LabelKey.TRADITIONAL).hasSameSizeAs(LabelKey.SIMPLIFIED);
    assertThat(LabelKey.simplified('A')).isEqualTo('A');
    assertThat(LabelKey.simplified('績')).isEqualTo('绩');
    assertThat(LabelKey.simplified('绩')).isEqualTo('绩');
  }

  @Test
  void isBroken_spaceInsideAWordButNotLetterSpacing() {
    assertThat(LabelKey.isBroken("任务涉 及")).isTrue();
    assertThat(LabelKey.isBroken("资 金 来 源")).isFalse();
    assertThat(LabelKey.isBroken("部门 资金 情况")).isFalse();
    assertThat(LabelKey.isBroken("任务涉及")).isFalse();
  }
}

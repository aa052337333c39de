package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testing.ForAll;
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

  @Test
  void isBroken_countsTheFragmentsAsSplittingAtWhiteSpaceDoes() {
    String[] palette = {"任", "务涉", "及", "资金", " ", "　", "\t", "\n", "<p>", "</p>", "<span class=\"a b\">", "𠀀", "a"};
    ForAll.forAll(r -> RandomTexts.of(r, palette, 8)).named("isBroken = split definition").cases(20_000)
        .check(s -> {
          String stripped = Markup.TAG.matcher(s).replaceAll("").strip();
          String[] parts = stripped.split("[\\s\\u3000]+");
          long single = java.util.Arrays.stream(parts).filter(p -> p.codePointCount(0, p.length()) == 1).count();
          boolean expected = parts.length >= 2 && single > 0 && single < parts.length;
          assertThat(LabelKey.isBroken(s)).isEqualTo(expected);
        });
  }

  @Test
  void onlyTheCharacterRenHasAKeyHoldingRen() {
    // FormAssembler.mayBeTaskLabel relies on it: a task label (任务1) is printed with 任 itself
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (c != '任') {
        assertThat(LabelKey.of(String.valueOf(c))).as("U+%04X", (int) c).doesNotContain("任");
      }
    }
    assertThat(FormAssembler.mayBeTaskLabel(new Cell("任务 1", 1, 1, true))).isTrue();
    assertThat(FormAssembler.mayBeTaskLabel(new Cell("預算執行", 1, 1, true))).isFalse();
  }

  @Test
  void ordinalLength_isTheLengthOfTheOrdinalPatternsMatch() {
    String[] palette = {"1", "12", "123", ".", "、", "(", ")", "一", "十二", "三四五六", "甲", "a", "．"};
    ForAll.forAll(r -> RandomTexts.of(r, palette, 6)).named("ordinalLength = ORDINAL").cases(20_000)
        .check(s -> {
          if (!s.isEmpty()) {
            java.util.regex.Matcher m = LabelKey.ORDINAL.matcher(s);
            assertThat(LabelKey.ordinalLength(s)).isEqualTo(m.find() ? m.end() : 0);
          }
        });
  }
}

package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Goal;
import org.junit.jupiter.api.Test;

class NumberedItemsTest {
  @Test
  void split_chineseNumerals() {
    NumberedItems.Split s = NumberedItems.split("(一)甲。(二) 乙。（三）丙");
    assertThat(s.items()).extracting(NumberedItems.Item::text).containsExactly("甲。", "乙。", "丙");
    assertThat(s.before()).isEmpty();
  }

  @Test
  void split_keepsTextBeforeTheFirstMarker() {
    NumberedItems.Split s = NumberedItems.split("总体如下：(一)甲(二)乙");
    assertThat(s.before()).isEqualTo("总体如下：");
    assertThat(s.items()).hasSize(2);
  }

  @Test
  void split_onlyIncreasingNumbersFromOne() {
    NumberedItems.Split s = NumberedItems.split("(二)乙(一)甲");
    assertThat(s.items()).as("one item after unnumbered text is no list").isEmpty();
    assertThat(s.before()).isEqualTo("(二)乙(一)甲");
    assertThat(NumberedItems.split("(一)甲(三)丙(二)乙").items()).extracting(NumberedItems.Item::text)
        .containsExactly("甲(三)丙", "乙");
  }

  @Test
  void goals_dottedAndBracketedNumbering() {
    assertThat(NumberedItems.goals("1. 甲 2. 乙，第64条 3. 丙。")).containsExactly(Goal.of(1, "甲"),
        Goal.of(2, "乙，第64条"), Goal.of(3, "丙。"));
    assertThat(NumberedItems.goals("(1)甲。(2)乙")).containsExactly(Goal.of(1, "甲。"), Goal.of(2, "乙"));
    assertThat(NumberedItems.goals("没有编号的目标")).containsExactly(Goal.of(1, "没有编号的目标"));
    assertThat(NumberedItems.goals(" ")).isEmpty();
  }
}

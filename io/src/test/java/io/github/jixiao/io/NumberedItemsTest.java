package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Goal;
import io.github.jixiao.testing.ForAll;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final String[] PALETTE = {"(一)", "（二）", "(三)", "(1)", "（2）", "(3)", "1.", "2．", "3、", "10.", "1.5",
      "(", ")", "一", "二", "1", "2", ".", "、", "。", "；", "，", " ", "\n", "问题", "措施", "2021年"};

  @Test
  void split_isWhatTheMarkerPatternsFindTriedInOrder() {
    ForAll.forAll(r -> RandomTexts.of(r, PALETTE, 12)).named("split = reference split").cases(20_000)
        .check(s -> assertThat(NumberedItems.split(s)).isEqualTo(referenceSplit(s)));
  }

  /** The items as each marker pattern finds them with plain successive finds, the first pattern that lists wins. */
  private static NumberedItems.Split referenceSplit(String text) {
    for (Pattern p : new Pattern[] {NumberedItems.CHINESE, NumberedItems.BRACKETED, NumberedItems.DOTTED}) {
      Matcher m = p.matcher(text);
      List<int[]> marks = new ArrayList<>();
      int expected = 1;
      while (m.find()) {
        String g = m.group(1);
        int n = Character.isDigit(g.charAt(0)) ? Integer.parseInt(g) : chinese(g);
        if (n == expected) {
          if (p == NumberedItems.DOTTED && m.start() > 0
              && !(Character.isWhitespace(text.charAt(m.start() - 1))
                  || "。；;，,：:)）\n".indexOf(text.charAt(m.start() - 1)) >= 0)) {
            continue;
          }
          marks.add(new int[] {m.start(), m.end(), n});
          expected++;
        }
      }
      List<NumberedItems.Item> items = new ArrayList<>();
      for (int i = 0; i < marks.size(); i++) {
        int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
        items.add(new NumberedItems.Item(marks.get(i)[2], text.substring(marks.get(i)[1], end).strip(),
            marks.get(i)[0]));
      }
      String before = marks.isEmpty() ? text : text.substring(0, marks.get(0)[0]);
      if (items.size() >= 2 || (items.size() == 1 && before.isBlank())) {
        return new NumberedItems.Split(items, before);
      }
    }
    return new NumberedItems.Split(List.of(), text);
  }

  private static int chinese(String s) {
    String digits = "一二三四五六七八九十";
    if (s.length() == 1) {
      return digits.indexOf(s.charAt(0)) + 1;
    }
    if (s.length() == 2 && s.charAt(0) == '十') {
      return 10 + digits.indexOf(s.charAt(1)) + 1;
    }
    if (s.length() == 2 && s.charAt(1) == '十') {
      return (digits.indexOf(s.charAt(0)) + 1) * 10;
    }
    if (s.length() == 3 && s.charAt(1) == '十') {
      return (digits.indexOf(s.charAt(0)) + 1) * 10 + digits.indexOf(s.charAt(2)) + 1;
    }
    return -1;
  }
}

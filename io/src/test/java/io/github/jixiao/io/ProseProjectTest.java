package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testing.ForAll;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class ProseProjectTest {
  private static final String[] PALETTE = {"指标", "数量指标", "质量", "效益指标", "社会效益", "满意度", "：", ":", " ", "-",
      " — ", "－", "，", "。", "；", "年初值为", "完成值为", "2个", "培训种类(个)", "举办执委换届大会", "一二三四五六七八九十",
      "指", "标", "a", "\n"};

  @Test
  void findHeading_findsWhatTheHeadingPatternFindsFromEveryIndex() {
    ForAll.forAll(r -> RandomTexts.of(r, PALETTE, 14)).named("findHeading = HEADING.find(from)").cases(10_000)
        .check(s -> {
          for (int from = 0; from <= s.length(); from++) {
            Matcher expected = ProseProject.HEADING.matcher(s);
            Matcher actual = ProseProject.HEADING.matcher(s);
            boolean found = expected.find(from);
            assertThat(ProseProject.findHeading(actual, s, from)).as("from %d", from).isEqualTo(found);
            if (found) {
              assertThat(actual.start()).as("from %d", from).isEqualTo(expected.start());
              assertThat(actual.end()).as("from %d", from).isEqualTo(expected.end());
              assertThat(actual.group(1)).as("from %d", from).isEqualTo(expected.group(1));
            }
          }
        });
  }

  @Test
  void findHeading_aHeadingOfFourteenCharactersBeforeItsWordIsFound() {
    String text = "前文。" + "甲".repeat(14) + "指标：后文";
    Matcher m = ProseProject.HEADING.matcher(text);
    assertThat(ProseProject.findHeading(m, text, 0)).isTrue();
    assertThat(m.start()).isEqualTo(3);
    String longRun = "甲".repeat(30) + "指标：";
    Matcher inLongRun = ProseProject.HEADING.matcher(longRun);
    assertThat(ProseProject.findHeading(inLongRun, longRun, 0)).isTrue();
    assertThat(inLongRun.start()).isEqualTo(16);
    String noColon = "数量指标，没有冒号";
    assertThat(ProseProject.findHeading(ProseProject.HEADING.matcher(noColon), noColon, 0)).isFalse();
  }

  private static final String[] CLAUSE_PALETTE = {"培训种类(个)", "，", ",", " ", "  ", "\t", "\n", "年初值", "年度指标值",
      "目标值", "指标值", "完成值", "实际完成值", "实际值", "全年实际值", "为", "是", "2个", "≥95%", "完成了", "值", "年初",
      "\u3000", "a", "；"};

  @Test
  void clauseMatch_findsTheClausePatternsMatchWithItsGroups() {
    ForAll.forAll(r -> RandomTexts.of(r, CLAUSE_PALETTE, 12)).named("ClauseMatch = CLAUSE.matches()").cases(100_000)
        .check(s -> {
          Matcher m = ProseProject.CLAUSE.matcher(s);
          String[] groups = new ProseProject.ClauseMatch(s).groups();
          if (!m.matches()) {
            assertThat(groups).isNull();
          } else {
            assertThat(groups).containsExactly(m.group(1), m.group(2), m.group(3), m.group(4));
          }
        });
  }

  @Test
  void clauseMatch_readsTheSamplesClauses() {
    assertThat(new ProseProject.ClauseMatch("培训种类(个)，年初值为2个，完成值为2个，完成了培训会").groups())
        .containsExactly("培训种类(个)", "2个", "2个", "完成了培训会");
    assertThat(new ProseProject.ClauseMatch(" 满意度 , 指标值是 ≥95% ,实际值 100% ").groups())
        .containsExactly("满意度", "≥95%", "100%", null);
    assertThat(new ProseProject.ClauseMatch("没有目标值").groups()).isNull();
  }
}

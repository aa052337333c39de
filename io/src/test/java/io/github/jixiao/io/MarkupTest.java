package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testing.ForAll;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkupTest {
  private static final String[] PALETTE = {"<p>", "</p>", "<P>", "</P >", "<br>", "<br/>", "<BR />", "</div>",
      "<div class=\"a\">", "<div>", "<span style='x'>", "</span>", "<", ">", "/", " ", "\n", "\t", "a", "p", "br",
      "重点项目", "95%", "&nbsp;", "&amp;", "<p", "</", "<1>", "<a b=<c>>", "<table>", "</td>", "<x" + "y".repeat(12) + ">"};

  @Test
  void strip_removesTagsTurnsParagraphBreaksIntoLineBreaksAndDecodesEntities() {
    assertThat(Markup.strip("<p>甲</p><p>乙</p>")).isEqualTo("甲\n乙");
    assertThat(Markup.strip("a<br/>b<BR>c")).isEqualTo("a\nb\nc");
    assertThat(Markup.strip(" <span class=\"x\">95%</span>&nbsp;")).isEqualTo("95%");
    assertThat(Markup.strip("a < b > c")).isEqualTo("a < b > c");
    assertThat(Markup.firstTag("前<p style=\"a\">后")).isEqualTo("<p style=\"a\">");
    assertThat(Markup.firstTag("a < b")).isNull();
  }

  @Test
  void replaceAll_givesWhatTheMatchersReplaceAllGives() {
    Pattern breaks = Pattern.compile("</p>\\s*<p(?:\\s[^<>]{0,200})?>|<br\\s*/?>|</p>|</div>\\s*<div(?:\\s[^<>]{0,200})?>",
        Pattern.CASE_INSENSITIVE);
    ForAll.forAll(r -> RandomTexts.of(r, PALETTE, 12)).named("Markup.replaceAll = Matcher.replaceAll").cases(20_000)
        .check(s -> {
          assertThat(Markup.replaceAll(Markup.TAG, s, "")).isEqualTo(Markup.TAG.matcher(s).replaceAll(""));
          assertThat(Markup.replaceAll(breaks, s, "\n")).isEqualTo(breaks.matcher(s).replaceAll("\n"));
        });
  }

  @Test
  void find_givesTheMatchesOfSuccessiveFinds() {
    ForAll.forAll(r -> RandomTexts.of(r, PALETTE, 12)).named("Markup.find = Matcher.find").cases(20_000)
        .check(s -> {
          Matcher expected = Markup.TAG.matcher(s);
          Matcher actual = Markup.TAG.matcher(s);
          int from = 0;
          while (expected.find()) {
            assertThat(Markup.find(actual, s, from)).isTrue();
            assertThat(actual.start()).isEqualTo(expected.start());
            assertThat(actual.end()).isEqualTo(expected.end());
            from = actual.end();
          }
          assertThat(Markup.find(actual, s, from)).isFalse();
        });
  }
}

package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.SourceIrregularity;
import io.github.jixiao.testing.ForAll;
import java.util.regex.Pattern;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class HtmlSourceTest {
  private static ReadContext ctx() {
    return new ReadContext(ReaderLimits.defaults(), LabelTable.standard());
  }

  @Test
  void split_spansBecomeBlankPlaceholdersAndTextOutsideTablesItsOwnCells() throws Exception {
    String html = "<h1>标题</h1><p>单位：万元</p><table><tr><td rowspan=\"2\">a</td><td colspan=\"2\">b</td></tr>"
        + "<tr><td>c</td><td>d<br>e</td></tr></table>";
    TextSource.Cells c = HtmlSource.split(html, ctx());
    assertThat(c.cells()).extracting(x -> x.text).containsExactly("标题", "单位：万元", "a", "b", "", "", "c", "d\ne");
    assertThat(c.cells()).extracting(x -> x.rowStart).containsExactly(true, true, true, false, false, true, false,
        false);
    assertThat(c.cells().get(2).line).isEqualTo(1);
  }

  @Test
  void split_nestingDeeperThanTheLimitIsRefused() {
    ReadContext ctx = new ReadContext(ReaderLimits.defaults().withMaxNestingDepth(2), LabelTable.standard());
    String html = "<table><tr><td><table><tr><td><table><tr><td>x</td></tr></table></td></tr></table></td></tr></table>";
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> HtmlSource.split(html, ctx));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.LIMIT_EXCEEDED);
  }

  private static final String[] SPACES = {" ", "  ", "\t", "\n", "\r", "\f", "\u000b", "\u00a0", "\u3000", "\u200b",
      "\u00ad", "\u2003", "a", "甲", "𠀀", "-"};

  @Test
  void collapseSpaces_isOneSpaceForEveryRunOfWhiteSpaceStripped() {
    Pattern runs = Pattern.compile("[\\s\\u00a0\\u3000]+");
    ForAll.forAll(r -> RandomTexts.of(r, SPACES, 10)).named("collapseSpaces = its pattern").cases(20_000)
        .check(s -> assertThat(HtmlSource.collapseSpaces(s)).isEqualTo(runs.matcher(s).replaceAll(" ").strip()));
  }

  @Test
  void appendText_appendsTheTextAsTheTextNodeGivesIt() {
    ForAll.forAll(r -> RandomTexts.of(r, SPACES, 10)).named("appendText = TextNode.text()").cases(20_000)
        .check(s -> {
          StringBuilder sb = new StringBuilder("x");
          HtmlSource.appendText(sb, new TextNode(s));
          assertThat(sb.toString()).isEqualTo("x" + new TextNode(s).text());
        });
  }

  @Test
  void split_aRowOfDashesIsASeparatorWhereverItsTextStands() throws Exception {
    for (String row : new String[] {"<tr><td>-----</td><td></td></tr>", "<tr><td><p>--</p><p>---</p></td></tr>",
        "<tr><td>&nbsp;——&#8203;——</td><td><b>=</b>==</td></tr>"}) {
      ReadContext ctx = ctx();
      TextSource.Cells c = HtmlSource.split("<table><tr><td>甲</td></tr>" + row + "<tr><td>乙</td></tr></table>", ctx);
      assertThat(c.cells()).as(row).extracting(x -> x.text).containsExactly("甲", "乙");
      assertThat(ctx.irregularities()).as(row).extracting(SourceIrregularity::kind)
          .containsExactly(SourceIrregularity.Kind.STRAY_SEPARATOR_LINE);
    }
    ReadContext ctx = ctx();
    TextSource.Cells c = HtmlSource.split("<table><tr><td>---</td><td><i>--</i>注</td></tr></table>", ctx);
    assertThat(c.cells()).extracting(x -> x.text).containsExactly("---", "--注");
    assertThat(ctx.irregularities()).isEmpty();
  }
}

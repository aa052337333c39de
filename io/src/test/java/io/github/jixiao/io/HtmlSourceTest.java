package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.SourceIrregularity;
import io.github.jixiao.testing.ForAll;
import io.github.jixiao.testing.SampleForms;
import java.util.List;
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

  //----- positions from the marks, against the parser's tracking -----
  /** Pages where a cheaper way of locating cells could go wrong: each must give the tracked cells and positions. */
  private static final String[] EDGE_CASES = {
      "<table><td>甲</td><td>乙</td></table>",
      "<table><tr><td>甲<tr><td>乙</table>",
      "<!-- <td>注释</td> --><table><tr><td>甲</td></tr></table>",
      "<!--><table><tr><td>甲</td></tr></table><!---><p>乙</p>",
      "<table><tr><td title=\"<td>假</td>\">甲</td><td class=x<y>乙</td></tr></table>",
      "<p>前<![CDATA[ <td>c</td> ]]>后</p><table><tr><td>甲</td></tr></table>",
      "<textarea><td>文本</td></textarea><table><tr><td>甲</td></tr></table>",
      "<script>var s = '<td>x</td>';</script><style>td{}</style><table><tr><td>甲</td></tr></table>",
      "<table><tr><td>甲</td></tr></table>表后文字<br>第二行<p>段</p>段后",
      "<p>&nbsp;&nbsp;单位：万元</p><p>&amp;甲</p><table><tr><td>&nbsp;</td><td>甲&lt;</td></tr></table>",
      "<b><p>粗</b>体</p><table><tr><td><i>甲<td>乙</i></table>",
      "<table><tr><p>表内段</p><td>甲</td></tr></table>",
      "首文字<table><tr><td>甲</td></tr></table>",
      "<body><p>甲</p><body class=x>乙</body>",
      "<div>\r\n甲\r\n</div>\r\n<table>\r\n<tr>\r\n<td>乙</td></tr></table>",
      "<TABLE><TR><TD ROWSPAN=2>甲<TD>乙<TR><TD>丙</TABLE>",
      "<table><tr><td/>甲<td a='1'/>乙</tr></table><svg><rect/><text>图</text></svg><p>后</p>",
      "<table><caption>标题</caption><tr><td>甲</td></tr><tr><td>-----</td></tr></table>",
      "<table><tr><td>甲<table><tr><td>内</td></tr></table></td></tr></table>",
      "<plaintext><td>甲</td>",
      "<table><tr><td>甲</td></tr></table><td>表外</td>",
      "<p>a < b > c</p><p>x<!--c-->y</p><p><span></span>z</p>",
      "<table><tr><td colspan=\"<td>2\">甲</td><td rowspan=２>乙</td></tr><tr><td>丙</td></tr></table>",
      "<table><tr><td>\uFDD0</td></tr></table>",
      "<p>未闭合<table><tr><td>甲",
      "<pre>\n预</pre><listing>\n列</listing>",
      "<p><b>同</p><p>同</p>",
      "<div><b>同<div>同</div></b></div><table><tr><td><b>同</td><td>同</b></td></tr></table>",
  };

  @Test
  void marks_giveTheTrackedCellsAndPositions_onPagesWhereACheaperSchemeCouldErr() throws Exception {
    for (String html : EDGE_CASES) {
      assertSameAsTracked(html);
    }
  }

  @Test
  void marks_giveTheTrackedCellsAndPositions_onMutationsOfTheSamplePage() {
    String sample = SampleForms.tianhe2021Html();
    String[] pieces = {"<p>", "</p>", "<br>", "<td>", "</td>", "<tr>", "<table>", "</table>", "<!-- x -->",
        "<![CDATA[ a ]]>", "<th colspan=2>", "<td rowspan=\"3\">", "\n", "\r\n", " ", "&nbsp;", "&amp;", "<b>", "</b>",
        "<td title=\"<td>\">", "<script><td></script>", "<textarea><td>x</textarea>", "<svg><td>y</td></svg>", "文字",
        "-----", "<!--", "-->", "<", ">", "\"", "'"};
    ForAll.forAll(r -> {
      StringBuilder sb = new StringBuilder(sample);
      int edits = 1 + r.nextInt(6);
      for (int i = 0; i < edits; i++) {
        int at = r.nextInt(sb.length() + 1);
        switch (r.nextInt(3)) {
          case 0 -> sb.insert(at, pieces[r.nextInt(pieces.length)]);
          case 1 -> sb.delete(at, Math.min(sb.length(), at + r.nextInt(40)));
          default -> sb.setLength(at);
        }
      }
      return sb.toString();
    }).named("marked positions = tracked positions").cases(1_500).check(HtmlSourceTest::assertSameAsTracked);
  }

  @Test
  void marks_tellEveryPositionOfTheSamplePage_soThatItIsParsedOnce() throws Exception {
    String sample = SampleForms.tianhe2021Html();
    assertThat(HtmlSource.splitMarked(sample, ctx())).isNotNull();
    assertSameAsTracked(sample);
    for (String html : new String[] {EDGE_CASES[0], EDGE_CASES[2], EDGE_CASES[4], EDGE_CASES[7], EDGE_CASES[9],
        EDGE_CASES[15]}) {
      assertThat(HtmlSource.splitMarked(html, ctx())).as(html).isNotNull();
    }
  }

  private static void assertSameAsTracked(String html) throws FormReadException {
    ReadContext markedCtx = ctx();
    TextSource.Cells marked;
    try {
      marked = HtmlSource.splitMarked(html, markedCtx);
    } catch (FormReadException e) {
      ReadContext trackedCtx = ctx();
      FormReadException tracked = catchThrowableOfType(FormReadException.class,
          () -> HtmlSource.splitTracked(html, trackedCtx));
      assertThat(e).hasMessage(tracked.getMessage());
      assertThat(e.line()).isEqualTo(tracked.line());
      assertThat(e.column()).isEqualTo(tracked.column());
      return;
    }
    ReadContext trackedCtx = ctx();
    TextSource.Cells tracked = HtmlSource.splitTracked(html, trackedCtx);
    if (marked == null) {
      assertThat(markedCtx.irregularities()).as("nothing recorded when the marks cannot tell").isEmpty();
      return;
    }
    assertThat(describe(marked.cells())).as(html).isEqualTo(describe(tracked.cells()));
    assertThat(markedCtx.irregularities()).as(html).isEqualTo(trackedCtx.irregularities());
  }

  private static List<String> describe(List<Cell> cells) {
    return cells.stream().map(c -> c.line + ":" + c.column + (c.rowStart ? "|" : " ") + c.text).toList();
  }

  @Test
  void split_aCellWhoseTagSpansLines_isPlacedAtItsTag_whereverTheParsersReadBufferEnds() throws Exception {
    // the parser's own line and column go wrong for a tag read across the end of its buffer
    for (int k = 0; k < 6_000; k += 37) {
      String html = "<p>" + "z".repeat(k) + "</p><table><tr><td>a</td>\n<td title=\"" + "y\n".repeat(300)
          + "\">b</td></tr></table>";
      for (TextSource.Cells c : List.of(HtmlSource.split(html, ctx()), HtmlSource.splitTracked(html, ctx()))) {
        Cell b = c.cells().get(c.cells().size() - 1);
        assertThat(b.text).isEqualTo("b");
        assertThat(new int[] {b.line, b.column}).as("k = %d", k).containsExactly(2, 1);
      }
    }
  }
}

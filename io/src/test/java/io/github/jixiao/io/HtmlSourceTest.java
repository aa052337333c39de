package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
}

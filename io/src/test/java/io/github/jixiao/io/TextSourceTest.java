package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.SourceIrregularity;
import io.github.jixiao.testing.ForAll;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextSourceTest {
  private static ReadContext ctx() {
    return new ReadContext(ReaderLimits.defaults(), LabelTable.standard());
  }

  @Test
  void split_tabsKeepBlankCellsAndRows() throws Exception {
    TextSource.Cells c = TextSource.split("a\t\tb\n\tc", ctx());
    assertThat(c.cells()).extracting(x -> x.text).containsExactly("a", "", "b", "", "c");
    assertThat(c.cells()).extracting(x -> x.rowStart).containsExactly(true, false, false, true, false);
    assertThat(c.cells().get(2).column).isEqualTo(4);
    assertThat(c.mode()).isEqualTo(TextSource.Mode.CELLS);
    assertThat(c.rowsMeaningful()).isTrue();
  }

  @Test
  void split_pipesDropTheTrailingEmptySegment() throws Exception {
    TextSource.Cells c = TextSource.split("总额 | 1 | ||\n|", ctx());
    assertThat(c.cells()).extracting(x -> x.text).containsExactly("总额", "1", "", "", "");
  }

  @Test
  void split_paragraphsJoinLinesAndKeepWhitespaceCells() throws Exception {
    StringBuilder sb = new StringBuilder("项目资金\n(万元)\n\n \n\n");
    for (int i = 0; i < 12; i++) {
      sb.append("c").append(i).append("\n\n");
    }
    TextSource.Cells c = TextSource.split(sb.toString(), ctx());
    assertThat(c.cells().get(0).text).isEqualTo("项目资金\n(万元)");
    assertThat(c.cells().get(1).blank).isTrue();
  }

  @Test
  void split_separatorLineIsAnIrregularity() throws Exception {
    ReadContext ctx = ctx();
    TextSource.split("a\tb\n------------\t--", ctx);
    assertThat(ctx.irregularities()).containsExactly(
        SourceIrregularity.of(SourceIrregularity.Kind.STRAY_SEPARATOR_LINE, "line 2", "------------\t--"));
  }

  @Test
  void split_flattenedLineIntoTokensJoiningParenthesisedSuffixes() throws Exception {
    String line = "x 项目名称 甲 主管部门 乙 实施单位 丙 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 1 2 3"
        + " 其他资金 年度总体目标 预期目标 实际完成情况 " + "本项目共申请预算资金九十万元用于基建工程项目预算编制审计设计规划测绘等各项工作".repeat(3);
    TextSource.Cells c = TextSource.split(line, ctx());
    assertThat(c.mode()).isEqualTo(TextSource.Mode.FLAT);
    assertThat(c.cells()).extracting(x -> x.text).contains("项目资金 (万元)", "年度资金总额:");
  }

  @Test
  void split_runOnTextIsCutAtLabelsAndPageMarkersAreKept() throws Exception {
    ReadContext ctx = ctx();
    String run = "1、雨花区部门(单位)名称长沙市某局预算编码302001报告日期:2023年5月10日" + "某".repeat(150);
    TextSource.Cells c = TextSource.split(run + "\n2、" + "续".repeat(160), ctx);
    List<String> texts = c.cells().stream().map(x -> x.text).toList();
    assertThat(texts).contains("部门(单位)名称", "长沙市某局", "预算编码", "302001", "报告日期");
    assertThat(ctx.unmapped).extracting(UnmappedContent::text).containsExactly("1、", "2、");
    Cell last = c.cells().get(c.cells().size() - 1);
    int[] at = last.positionOf(last.text.length() - 1);
    assertThat(at[0]).isEqualTo(2);
  }

  @Test
  void isSeparatorLine_isALineOfSeparatorCharactersWithThreeDashes() {
    Pattern line = Pattern.compile("^[\\s\\-—–=_~*·.|]*$");
    String[] palette = {"-", "—", "–", "=", "_", "~", "*", "·", ".", "|", " ", "\t", "\u000b", "\f", "\r", "　", "\u00a0",
        "a", "汇总", "—-—"};
    ForAll.forAll(r -> RandomTexts.of(r, palette, 10)).named("isSeparatorLine = its pattern").cases(20_000)
        .check(s -> assertThat(TextSource.isSeparatorLine(s)).isEqualTo(line.matcher(s).matches()
            && s.chars().filter(c -> "-—–=_~*".indexOf(c) >= 0).count() >= 3));
    assertThat(TextSource.isSeparatorLine("-----")).isTrue();
    assertThat(TextSource.isSeparatorLine("--")).isFalse();
    assertThat(TextSource.isSeparatorLine("-- 汇总 --")).isFalse();
  }
}

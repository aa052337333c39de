package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.testing.ForAll;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Properties of the reader's tables with a column or row it does not know. Indicator tables: whatever the column's
 * place (before the categories, between them and the name, after the name, last), the indicators read are those read
 * without it, and each of its cells is unmapped content under its row and heading; a name column headed in words the
 * reader does not know is read as the name column. Fund tables: an unknown column anywhere among the headings, or an
 * unknown row before a known one, leaves the funds as read without it.
 */
class UnknownLabelsPropertyTest {
  private static final String[][] LEVELS = {
      {"产出指标", "数量指标", "质量指标", "时效指标", "成本指标"},
      {"效益指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"},
      {"满意度指标", "服务对象满意度指标"}};
  private static final String[] SUBJECTS = {"培训", "道路", "巡查", "验收", "资金", "设备", "宣讲", "帮扶"};
  private static final String[] MEASURES = {"人次", "里程", "次数", "合格率", "到位率", "完好率", "覆盖面"};
  private static final String[] TARGETS = {"≥100人次", "≥90%", "100%", "按期完成", "≤50万元", "有效提升"};
  private static final String[] ACTUALS = {"80人次", "95%", "100%", "已完成", "48.5万元", "达成预期指标"};
  private static final String[] DEVIATIONS = {"", "", "报名不足", "雨季停工"};
  private static final String[] CELLS = {"台账", "系统记录", "抽查", "佐证齐全", "A01", "B-2", "问卷"};
  /**
   * The unknown column's heading by place: before the categories, between them and the name, after it, last; and,
   * as a fifth place, the name column's own heading in other words.
   */
  private static final String[] HEADINGS = {"序号", "指标编码", "佐证材料", "数据来源", "具体指标"};
  private static final int RENAMED_NAME = 4;

  /** A table as printed without the unknown column and with it, and the cells put in that column. */
  record Case(String without, String with, String heading, List<String> cells, List<String> names) {}

  static Case generate(RandomGenerator r) {
    int place = r.nextInt(HEADINGS.length);
    String heading = HEADINGS[place];
    StringBuilder without = new StringBuilder("项目支出绩效自评表\n项目名称\t培训经费\n");
    StringBuilder with = new StringBuilder(without);
    List<String> head = new ArrayList<>(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
        "分值", "得分", "偏差原因分析"));
    int at = switch (place) {
      case 0 -> 1;
      case 1 -> 3;
      case 2 -> 4;
      default -> head.size();
    };
    without.append(String.join("\t", head)).append('\n');
    if (place == RENAMED_NAME) {
      head.set(3, heading);
    } else {
      head.add(at, heading);
    }
    with.append(String.join("\t", head)).append('\n');
    List<String> cells = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int rows = 1 + r.nextInt(8);
    int level1 = r.nextInt(LEVELS.length);
    int level2 = 1 + r.nextInt(LEVELS[level1].length - 1);
    for (int k = 0; k < rows; k++) {
      boolean newLevel1 = k == 0 || r.nextInt(4) == 0;
      boolean newLevel2 = newLevel1 || r.nextInt(3) == 0;
      if (newLevel1 && k > 0) {
        level1 = (level1 + 1) % LEVELS.length;
      }
      if (newLevel2) {
        level2 = 1 + r.nextInt(LEVELS[level1].length - 1);
      }
      String name = SUBJECTS[r.nextInt(SUBJECTS.length)] + MEASURES[r.nextInt(MEASURES.length)] + (k + 1) + "项";
      names.add(name);
      List<String> row = new ArrayList<>(List.of("", newLevel1 ? LEVELS[level1][0] : "",
          newLevel2 ? LEVELS[level1][level2] : "", name, TARGETS[r.nextInt(TARGETS.length)],
          ACTUALS[r.nextInt(ACTUALS.length)], String.valueOf(5 + r.nextInt(26)), String.valueOf(r.nextInt(31)),
          DEVIATIONS[r.nextInt(DEVIATIONS.length)]));
      without.append(String.join("\t", row)).append('\n');
      if (place != RENAMED_NAME) {
        String cell = place == 0 ? String.valueOf(k + 1) : CELLS[r.nextInt(CELLS.length)];
        cells.add(cell);
        row.add(at, cell);
      }
      with.append(String.join("\t", row)).append('\n');
    }
    return new Case(without.toString(), with.toString(), heading, cells, names);
  }

  /** The same table as an HTML table, a {@code <td>} per tab-separated cell. */
  static String html(String text) {
    StringBuilder html = new StringBuilder("<table>");
    for (String line : text.split("\n")) {
      html.append("<tr>");
      for (String cell : line.split("\t", -1)) {
        html.append("<td>").append(cell).append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</table>").toString();
  }

  /** The same table with a cell per line, each ending in " |", as some published pages are extracted (form 03). */
  static String cellPerLine(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      for (String cell : line.split("\t", -1)) {
        out.append(cell.isEmpty() ? "|" : cell + " |").append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void anUnknownColumnAnywhere_leavesTheIndicatorsAsReadWithoutIt_andItsCellsUnmappedUnderTheirRows() {
    check(text -> text);
  }

  @Test
  void anUnknownColumnAnywhereInAnHtmlTable_leavesTheIndicatorsAsReadWithoutIt_andItsCellsUnmapped() {
    check(UnknownLabelsPropertyTest::html);
  }

  @Test
  void anUnknownColumnAnywhereWithACellPerLine_leavesTheIndicatorsAsReadWithoutIt_andItsCellsUnmapped() {
    check(UnknownLabelsPropertyTest::cellPerLine);
  }

  private static void check(UnaryOperator<String> layout) {
    FormReader reader = FormReader.standard();
    ForAll.forAll(UnknownLabelsPropertyTest::generate).named("unknown column = no column").cases(2_000)
        .describedBy(Case::with)
        .check(c -> {
          ReadResult plain = reader.read(layout.apply(c.without()));
          ReadResult r = reader.read(layout.apply(c.with()));
          List<PerformanceIndicator> rows = plain.project().orElseThrow().indicators();
          assertThat(rows).extracting(PerformanceIndicator::name).containsExactlyElementsOf(c.names());
          assertThat(r.project().orElseThrow().indicators()).isEqualTo(rows);
          boolean renamed = c.cells().isEmpty();
          assertThat(r.warnings(ReadWarning.Code.UNKNOWN_COLUMN)).extracting(ReadWarning::arguments)
              .containsExactlyElementsOf(renamed ? List.of() : List.of(List.of("绩效指标", c.heading())));
          assertThat(r.warnings(ReadWarning.Code.NAME_COLUMN_ASSUMED)).extracting(ReadWarning::arguments)
              .containsExactlyElementsOf(renamed ? List.of(List.of("绩效指标", c.heading())) : List.of());
          List<String> expected = new ArrayList<>();
          for (int k = 0; k < c.cells().size(); k++) {
            expected.add(c.cells().get(k) + " @ " + c.names().get(k) + " / " + c.heading());
          }
          assertThat(r.unmapped()).extracting(u -> u.text() + " @ " + u.context()).containsAll(expected);
        });
  }

  private static final String[] FUND_HEADINGS = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
  private static final String[] FUND_ROWS = {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"};

  /** A fund table as printed without the unknown column or row and with it, and the cells put in it. */
  record FundCase(String without, String with, String label, List<String> cells, List<String> contexts) {}

  static FundCase generateFunds(RandomGenerator r) {
    boolean column = r.nextBoolean();
    String label = column ? "调剂数" : "其中：上级补助";
    StringBuilder without = new StringBuilder("项目支出绩效自评表\n项目名称\t培训经费\n");
    StringBuilder with = new StringBuilder(without);
    List<String> head = new ArrayList<>(List.of("项目资金（万元）", ""));
    head.addAll(List.of(FUND_HEADINGS));
    // after a heading the reader knows: an unknown first heading is the row labels' own (资金来源 in other words)
    int at = 3 + r.nextInt(FUND_HEADINGS.length);
    without.append(String.join("\t", head)).append('\n');
    if (column) {
      head.add(at, label);
    }
    with.append(String.join("\t", head)).append('\n');
    int rows = 1 + r.nextInt(FUND_ROWS.length);
    int unknownRowAt = column ? -1 : r.nextInt(rows);
    List<String> cells = new ArrayList<>();
    List<String> contexts = new ArrayList<>();
    for (int k = 0; k < rows; k++) {
      if (k == unknownRowAt) {
        List<String> row = fundRow(r, label);
        with.append(String.join("\t", row)).append('\n');
        cells.add(label);
        contexts.add("项目资金（万元）");
        for (int c = 2; c < row.size(); c++) {
          if (!row.get(c).isEmpty() && !row.get(c).equals("—")) {
            cells.add(row.get(c));
            contexts.add(label + " / ");
          }
        }
      }
      List<String> row = fundRow(r, FUND_ROWS[k]);
      without.append(String.join("\t", row)).append('\n');
      if (column) {
        String cell = (r.nextBoolean() ? "-" : "") + (r.nextInt(1000)) + "." + (10 + r.nextInt(90));
        row.add(at, cell);
        cells.add(cell);
        contexts.add(FUND_ROWS[k] + " / " + label);
      }
      with.append(String.join("\t", row)).append('\n');
    }
    String indicators = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析\n"
        + "\t产出指标\t数量指标\t培训人次\t≥100人次\t80人次\t20\t16\t报名不足\n";
    return new FundCase(without + indicators, with + indicators, label, cells, contexts);
  }

  private static List<String> fundRow(RandomGenerator r, String label) {
    int budget = 10 + r.nextInt(5000);
    int spent = r.nextInt(budget + 1);
    return new ArrayList<>(List.of("", label, budget + ".00", budget + "." + (10 + r.nextInt(90)), spent + ".50",
        r.nextBoolean() ? "10" : "—", r.nextBoolean() ? (r.nextInt(100) + ".00%") : "—", r.nextBoolean() ? "9" : "—"));
  }

  @Test
  void anUnknownFundColumnOrRow_leavesTheFundsAsReadWithoutIt_andItsCellsUnmapped() {
    checkFunds(text -> text);
  }

  @Test
  void anUnknownFundColumnOrRowInAnHtmlTable_leavesTheFundsAsReadWithoutIt_andItsCellsUnmapped() {
    checkFunds(UnknownLabelsPropertyTest::html);
  }

  @Test
  void anUnknownFundColumnOrRowWithACellPerLine_leavesTheFundsAsReadWithoutIt_andItsCellsUnmapped() {
    checkFunds(UnknownLabelsPropertyTest::cellPerLine);
  }

  private static void checkFunds(UnaryOperator<String> layout) {
    FormReader reader = FormReader.standard();
    ForAll.forAll(UnknownLabelsPropertyTest::generateFunds).named("unknown fund column or row = none").cases(2_000)
        .describedBy(FundCase::with)
        .check(c -> {
          ProjectFunds plain = reader.read(layout.apply(c.without())).project().orElseThrow().funds();
          assertThat(plain.total()).isNotNull();
          ReadResult r = reader.read(layout.apply(c.with()));
          assertThat(r.project().orElseThrow().funds()).isEqualTo(plain);
          ReadWarning.Code code = c.label().equals("调剂数") ? ReadWarning.Code.UNKNOWN_COLUMN
              : ReadWarning.Code.UNKNOWN_ROW;
          assertThat(r.warnings(code)).extracting(ReadWarning::arguments)
              .containsExactly(List.of("项目资金（万元）", c.label()));
          List<String> unmapped = r.unmapped().stream().map(u -> u.text() + " @ " + u.context()).toList();
          for (int k = 0; k < c.cells().size(); k++) {
            String cell = c.cells().get(k);
            String context = c.contexts().get(k);
            assertThat(unmapped).as(cell).anyMatch(u -> u.startsWith(cell + " @ " + context));
          }
        });
  }
}

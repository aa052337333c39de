package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testing.SampleForms;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input: every input ends in a {@link ReadResult} or a {@link FormReadException} whose reason is
 * not {@link FormReadException.Reason#READER_FAILURE}, never in an unchecked exception. Seeded; a failure names the
 * seed or position that reproduces it. The suite reads well over 100 000 inputs.
 */
class FormReaderFuzzTest {
  private static final FormReader READER = FormReader.standard();
  private static final AtomicInteger INPUTS = new AtomicInteger();
  private static final long SEED = Long.getLong("jixiao.seed", 5_000_000L);
  private static final String[] PIECES = {"部门整体支出绩效自评表", "项目支出绩效自评表", "单位：万元", "部门名称（汇总）", "项目名称", "主管部门",
      "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金",
      "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "产出指标(50分)", "数量指标",
      "满意度指标", "效益指标-社会效益：", "主要任务", "任务1", "任务涉 及", "重点项目绩效情况", "年初值为", "完成值为", "存在问题",
      "(一)", "(二)", "1.", "2.", "≥50个", "≤90万元", "95%", "100.00%", "11.6", "422.69", "1e999999999",
      "99999999999999999999999999999999999999999999", "-0.00", "/", "……", "指标2", "<p>", "</p>", "<table>", "<td>",
      "\t", "\t\t", " | ", "|", "||||", "\n", "\n\n", "\r\n", " ", "　", "：", ":", "(", ")", "（", "）", "年", "2021年",
      "2022年2月3日", "部门整体支出绩效评价指标表", "级指标分值二级指标分值三级指标分值评价标准指标说明得分", "投入13", "预算配置13",
      "在职人员控制率5", "。5", "%8", "过程61", "合计", "总分", "评价等级", "优", "報表編號", "預算執行率", "１２３", "＜", "＞", "＝"};

  @AfterAll
  static void report() {
    System.out.println("FormReaderFuzzTest read " + INPUTS.get() + " inputs");
    assertThat(INPUTS.get()).isGreaterThanOrEqualTo(100_000);
  }

  /** Reads one input and checks the contract; returns the result or null. */
  private static ReadResult readChecked(String input, String what) {
    INPUTS.incrementAndGet();
    try {
      ReadResult r = READER.read(input);
      assertThat(r.document()).as(what).isNotNull();
      for (UnmappedContent u : r.unmapped()) {
        assertThat(u.line()).as(what).isGreaterThanOrEqualTo(0);
      }
      return r;
    } catch (FormReadException e) {
      assertThat(e.reason()).as("%s: %s", what, e).isNotEqualTo(FormReadException.Reason.READER_FAILURE);
      assertThat(e.line()).as(what).isGreaterThanOrEqualTo(0);
      return null;
    } catch (RuntimeException | Error e) {
      throw new AssertionError(what + " threw " + e, e);
    }
  }

  private static void readBytesChecked(byte[] input, String what) {
    INPUTS.incrementAndGet();
    try {
      READER.read(input);
    } catch (FormReadException e) {
      assertThat(e.reason()).as("%s: %s", what, e).isNotEqualTo(FormReadException.Reason.READER_FAILURE);
    } catch (RuntimeException | Error e) {
      throw new AssertionError(what + " threw " + e, e);
    }
  }

  //-----------------------------------------------------------------------
  @Test
  void sampleTruncatedAtEveryByteEndsInAResultOrTheTypedException() {
    byte[] bytes = SampleForms.tianhe2021Text().getBytes(StandardCharsets.UTF_8);
    for (int n = 0; n <= bytes.length; n++) {
      byte[] prefix = new byte[n];
      System.arraycopy(bytes, 0, prefix, 0, n);
      readBytesChecked(prefix, "sample truncated at byte " + n);
    }
  }

  @Test
  void sampleTextTruncatedAtEveryCharacterAndHtmlAtManyPlaces() {
    String text = SampleForms.tianhe2021Text();
    for (int n = 0; n <= text.length(); n++) {
      readChecked(text.substring(0, n), "sample text truncated at char " + n);
    }
    String html = SampleForms.tianhe2021Html();
    for (int n = 0; n <= html.length(); n += n < 200 || n > html.length() - 200 ? 1 : 5) {
      readChecked(html.substring(0, n), "sample HTML truncated at char " + n);
    }
  }

  @Test
  void publishedFormsTruncatedAtEveryCharacter() throws Exception {
    for (String form : new String[] {"01", "03", "06", "09", "12"}) {
      String text = PublishedFormsTest.page(form);
      for (int n = 0; n <= text.length(); n++) {
        readChecked(text.substring(0, n), "form " + form + " truncated at char " + n);
      }
    }
  }

  @Test
  void sampleWithShuffledLines() {
    List<String> lines = TextSource.lines(SampleForms.tianhe2021Text());
    for (int i = 0; i < 3_000; i++) {
      long seed = SEED + i;
      List<String> copy = new ArrayList<>(lines);
      Collections.shuffle(copy, new Random(seed));
      readChecked(String.join("\n", copy), "sample with lines shuffled by seed " + seed);
    }
  }

  @Test
  void sampleWithCellsReplacedByHostileValues() {
    String text = SampleForms.tianhe2021Text();
    List<int[]> cells = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\t' || text.charAt(i) == '\n') {
        cells.add(new int[] {start, i});
        start = i + 1;
      }
    }
    String[] hostile = {"1e999999999", "9".repeat(5_000), "-1", "０.０１", "1,234,567.891", "NaN", "∞", "<p>",
        "</table>", "11.6.6", "%", "≥", "任务1", "绩效指标", "产出指标(50分)", "\u0000", "\uFFFD", "\uD800", ""};
    for (int i = 0; i < 8_000; i++) {
      long seed = SEED * 7 + i;
      SplittableRandom r = new SplittableRandom(seed);
      StringBuilder sb = new StringBuilder(text);
      int replacements = 1 + r.nextInt(4);
      List<int[]> picked = new ArrayList<>();
      for (int k = 0; k < replacements; k++) {
        picked.add(cells.get(r.nextInt(cells.size())));
      }
      picked.sort((a, b) -> Integer.compare(b[0], a[0]));
      int last = Integer.MAX_VALUE;
      for (int[] c : picked) {
        if (c[1] <= last) {
          sb.replace(c[0], c[1], r.nextBoolean() ? hostile[r.nextInt(hostile.length)]
              : PIECES[r.nextInt(PIECES.length)]);
          last = c[0];
        }
      }
      readChecked(sb.toString(), "sample with cells replaced by seed " + seed);
    }
  }

  @Test
  void generatedLabelSoup() {
    for (int i = 0; i < 55_000; i++) {
      long seed = SEED * 13 + i;
      SplittableRandom r = new SplittableRandom(seed);
      StringBuilder sb = new StringBuilder();
      int parts = r.nextInt(60);
      for (int k = 0; k < parts; k++) {
        switch (r.nextInt(5)) {
          case 0 -> sb.append((char) (0x4e00 + r.nextInt(0x51a5)));
          case 1 -> sb.append(r.nextInt(100_000)).append(r.nextBoolean() ? "." + r.nextInt(1000) : "");
          case 2 -> sb.appendCodePoint(r.nextInt(0x80));
          default -> sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
      }
      readChecked(sb.toString(), "label soup of seed " + seed);
    }
  }

  @Test
  void generatedGarbageBytes() {
    for (int i = 0; i < 20_000; i++) {
      long seed = SEED * 17 + i;
      SplittableRandom r = new SplittableRandom(seed);
      byte[] b = new byte[r.nextInt(400)];
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 0x20 + r.nextInt(0x5f));
      }
      readBytesChecked(b, "garbage bytes of seed " + seed);
    }
  }

  @Test
  void generatedTagSoup() {
    String[] tags = {"<table>", "</table>", "<tr>", "</tr>", "<td rowspan=\"3\">", "<td colspan=\"999999\">", "<td>",
        "</td>", "<th rowspan=\"-1\">", "<p>", "</p>", "<br>", "<tbody>", "<div>", "<script>", "</script>",
        "<!--", "-->", "&nbsp;", "&#x4e00;", "<html>"};
    for (int i = 0; i < 6_000; i++) {
      long seed = SEED * 19 + i;
      SplittableRandom r = new SplittableRandom(seed);
      StringBuilder sb = new StringBuilder("<table>");
      int parts = r.nextInt(80);
      for (int k = 0; k < parts; k++) {
        sb.append(r.nextBoolean() ? tags[r.nextInt(tags.length)] : PIECES[r.nextInt(PIECES.length)]);
      }
      readChecked(sb.toString(), "tag soup of seed " + seed);
    }
  }

  @Test
  void hugeNumbersAndDeepNesting() {
    String sample = SampleForms.tianhe2021Text();
    readChecked(sample.replace("422.69", "1e999999999"), "exponent amounts");
    readChecked(sample.replace("422.69", "9".repeat(100_000)), "100 000-digit amounts");
    readChecked(sample.replace("11.6", "1" + "0".repeat(30) + ".5"), "31-digit amount");
    readChecked(sample.replace("99.68%", "1e999999999%"), "exponent percentage");
    readChecked("<table>".repeat(5_000) + "项目名称", "5 000 nested tables");
    readChecked("<div>".repeat(200_000) + "项目支出绩效自评表", "200 000 nested divs");
    readChecked("项目支出绩效自评表\n" + "1,".repeat(200_000), "200 000 thousands groups");
    readChecked("项目支出绩效自评表\n项目名称\t" + "x".repeat(1_000_000), "a one-million-character cell");
  }

  //-----------------------------------------------------------------------
  @Test
  void tenMegabytesOfTextIsReadInLinearTime() {
    String sample = SampleForms.tianhe2021Text();
    int body = sample.indexOf("部门名称");
    String one = repeat(sample, body, 110);
    String ten = repeat(sample, body, 1_100);
    assertThat(ten.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(10_000_000);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    readChecked(one, "1 MB warm-up");
    long c0 = mx.getCurrentThreadCpuTime();
    readChecked(one, "1 MB of repeated sample");
    long c1 = mx.getCurrentThreadCpuTime();
    readChecked(ten, "10 MB of repeated sample");
    long c2 = mx.getCurrentThreadCpuTime();
    long oneMb = Math.max(1, c1 - c0);
    long tenMb = c2 - c1;
    // Linear time gives a ratio near 10; quadratic would give 100. The bound leaves room for a noisy machine.
    assertThat((double) tenMb / oneMb).as("CPU time of 10 MB / 1 MB (%d ns / %d ns)", tenMb, oneMb)
        .isLessThan(30.0);
  }

  @Test
  void tenMegabytesOfGarbageEndsInTheTypedExceptionOrAResult() {
    SplittableRandom r = new SplittableRandom(SEED);
    StringBuilder sb = new StringBuilder(10_500_000);
    while (sb.length() < 10_500_000) {
      sb.append(r.nextInt(3) == 0 ? PIECES[r.nextInt(PIECES.length)] : String.valueOf((char) (0x4e00 + r.nextInt(500))));
    }
    readChecked(sb.toString(), "10 MB of label soup");
    String noSpaces = "雨花区部门整体支出绩效评价指标表级指标分值二级指标分值三级指标分值评价标准指标说明得分"
        + "投入13预算配置13在职人员控制率5以100%为标准。5".repeat(200_000);
    readChecked(noSpaces, "5 MB of run-on OCR table");
  }

  @Test
  void inputOverTheLimitIsRefusedWithTheTypedException() {
    FormReader small = READER.withLimits(ReaderLimits.defaults().withMaxInputChars(1_000));
    INPUTS.incrementAndGet();
    try {
      small.read(SampleForms.tianhe2021Text());
      throw new AssertionError("expected a refusal");
    } catch (FormReadException e) {
      assertThat(e.reason()).isEqualTo(FormReadException.Reason.LIMIT_EXCEEDED);
    }
  }

  private static String repeat(String sample, int body, int times) {
    StringBuilder sb = new StringBuilder(sample.length() * times);
    sb.append(sample, 0, body);
    for (int i = 0; i < times; i++) {
      sb.append(sample, body, sample.length()).append('\n');
    }
    return sb.toString();
  }
}

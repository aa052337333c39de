package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateSpellingsTest {
  /** The patterns the scans replace, by kind. */
  private static final Pattern[] PATTERNS = {
      Pattern.compile("(?<![\\d.])(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"),
      Pattern.compile("(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])"),
      Pattern.compile("(?<![\\d.])(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:份)?"),
      Pattern.compile("(?<![\\d.])(\\d{4})\\s*[-~～至—]\\s*(\\d{4})\\s*年?度?"),
      Pattern.compile("(?<![\\d.])(\\d{4})\\s*年(?:度)?"),
      Pattern.compile("第\\s*\\d+"),
  };

  /** Every match of the kind, as {@code [start, end, group starts and ends…]}, found by the scan. */
  private static List<List<Integer>> scanned(int kind, String s) {
    List<List<Integer>> all = new ArrayList<>();
    int[] m = new int[8];
    for (int at = 0; DateSpellings.find(kind, s, at, m); at = m[1]) {
      List<Integer> one = new ArrayList<>();
      for (int x : m) {
        one.add(x);
      }
      all.add(one);
    }
    return all;
  }

  /** Every match of the pattern, in the same form. */
  private static List<List<Integer>> found(Pattern p, String s) {
    List<List<Integer>> all = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      List<Integer> one = new ArrayList<>(List.of(m.start(), m.end()));
      for (int g = 1; g <= 3; g++) {
        one.add(g <= m.groupCount() ? m.start(g) : -1);
        one.add(g <= m.groupCount() ? m.end(g) : -1);
      }
      all.add(one);
    }
    return all;
  }

  @ParameterizedTest(name = "{0} in \"{1}\" → {2}")
  @CsvSource(delimiter = '|', value = {
      "0|2021年9月13日圆满举办|0-10",
      "0|2021 年 9 月 13 号|0-15",
      "0|12021年9月13日|''",
      "1|2021-09-13|0-10",
      "1|2021-09-13.5|''",
      "2|2021年9月份召开|0-8",
      "3|2020-2021年度|0-11",
      "3|2020 至 20215|0-11",
      "4|2021年度 2022年|0-6 7-12",
      "5|第 8次 第x|0-3",
  })
  void find_findsEachSpelling(int kind, String text, String spans) {
    StringBuilder sb = new StringBuilder();
    for (List<Integer> m : scanned(kind, text)) {
      sb.append(sb.length() == 0 ? "" : " ").append(m.get(0)).append('-').append(m.get(1));
    }
    assertThat(sb.toString()).isEqualTo(spans);
  }

  private static final String[] PALETTE = {"2021", "1999", "12345", "202", "1", "12", "9", "0", ".", " ", "  ", "\t",
      "年", "月", "日", "号", "份", "度", "-", "/", "~", "～", "至", "—", "第", "a", "x", "٣"};

  private static String randomText(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(r.nextInt(20) == 0 ? String.valueOf((char) r.nextInt(0x10000)) : PALETTE[r.nextInt(PALETTE.length)]);
    }
    return sb.toString();
  }

  @Test
  void property_find_isWhatEachPatternFinds() {
    for (int kind = 0; kind < PATTERNS.length; kind++) {
      int k = kind;
      Property.forAll("DateSpellings kind " + kind + " = " + PATTERNS[kind], 101L + kind, 50_000,
          DateSpellingsTest::randomText, s -> assertThat(scanned(k, s)).isEqualTo(found(PATTERNS[k], s)));
    }
  }

  /** Texts built from date parts only, so that most hold matches and the groups are compared. */
  @Test
  void property_find_onDateLikeTexts_isWhatEachPatternFinds() {
    String[] parts = {"2021", "2020", "1", "12", "123", "年", "月", "日", "号", "份", "度", "-", "/", ".", "至", " ",
        "第"};
    for (int kind = 0; kind < PATTERNS.length; kind++) {
      int k = kind;
      Property.forAll("DateSpellings kind " + kind + " on dates", 111L + kind, 50_000, r -> {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(10); i > 0; i--) {
          sb.append(parts[r.nextInt(parts.length)]);
        }
        return sb.toString();
      }, s -> assertThat(scanned(k, s)).isEqualTo(found(PATTERNS[k], s)));
    }
  }
}

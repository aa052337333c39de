package io.github.jixiao.io;

import io.github.jixiao.core.CategoryWeight;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the department indicator table of the Hunan template (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 |
 * 评价标准 | 指标说明 | 得分) from run-on OCR text, where no cell boundary survives.
 *
 * <p>What makes the text readable: a row's score is a number printed right after the end of its explanation (after
 * {@code 。}, {@code .}, {@code %}, a closing bracket, or the OCR's {@code o}) and right before the next row's name;
 * a category label is followed by its weight; an indicator name is followed by its weight; the explanation
 * (指标说明) starts where the indicator's name, or its ending, is defined with {@code =}.
 */
final class HunanTable {
  private static final Pattern HEADER = Pattern.compile(
      "^.{0,6}?级指标\\s*分值\\s*二级指标\\s*分值\\s*三级指标\\s*分值\\s*评价标准\\s*指标说明\\s*得分");
  private static final Pattern BOUNDARY = Pattern.compile("(?:(?<=[。%”)）oO])|(?<=[^0-9]\\.))(\\d{1,2}(?:\\.\\d{1,2})?)(?=[\\u4e00-\\u9fff“\"])");
  private static final Pattern LEADING_DIGITS = Pattern.compile("^\\d{1,4}(?:\\.\\d{1,2})?");
  private static final String CONTEXT = "部门整体支出绩效评价指标表";

  private HunanTable() {}

  static void read(Cell tail, List<PerformanceIndicator> indicators, List<CategoryWeight> weights,
      ReadContext ctx) {
    String text = tail.text;
    Matcher header = HEADER.matcher(text);
    if (!header.find()) {
      ctx.warn(ReadWarning.Code.AMBIGUOUS_CELLS, tail, CONTEXT, "the column headings were not recognised");
      ctx.unmapped(tail, CONTEXT);
      return;
    }
    int bodyStart = header.end();
    List<int[]> bounds = new ArrayList<>();
    Matcher b = BOUNDARY.matcher(text);
    b.region(bodyStart, text.length());
    while (b.find()) {
      bounds.add(new int[] {b.start(1), b.end(1)});
    }
    CategoryTracker tracker = new CategoryTracker(false);
    BigDecimal[] level2Weight = {null};
    int segStart = bodyStart;
    for (int k = 0; k <= bounds.size(); k++) {
      int segEnd = k < bounds.size() ? bounds.get(k)[0] : text.length();
      String score = k < bounds.size() ? text.substring(bounds.get(k)[0], bounds.get(k)[1]) : null;
      row(tail, text, segStart, segEnd, score, tracker, level2Weight, indicators, weights, ctx);
      if (k < bounds.size()) {
        segStart = bounds.get(k)[1];
      }
    }
  }

  private static void row(Cell tail, String text, int from, int to, @Nullable String score, CategoryTracker tracker,
      BigDecimal[] level2Weight, List<PerformanceIndicator> indicators, List<CategoryWeight> weights,
      ReadContext ctx) {
    int p = from;
    int afterLevel1 = category(text, p, to, true, tracker, weights, level2Weight);
    if (afterLevel1 > p) {
      p = afterLevel1;
    }
    int afterLevel2 = category(text, p, to, false, tracker, weights, level2Weight);
    if (afterLevel2 > p) {
      p = afterLevel2;
    }
    int nameEnd = p;
    while (nameEnd < to && !isAsciiDigit(text.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = text.substring(p, nameEnd).strip();
    int[] at = tail.positionOf(p);
    if (name.isEmpty()) {
      if (to > p) {
        ctx.unmapped(text.substring(p, to).strip(), at[0], at[1], CONTEXT);
      }
      return;
    }
    if (nameEnd >= to) {
      ctx.warn(ReadWarning.Code.INCOMPLETE_ROW, at[0], at[1], name, "only the name is printed; the text ends here");
      indicators.add(indicator(tracker, name, null, null, null, null));
      return;
    }
    Matcher digits = LEADING_DIGITS.matcher(text.substring(nameEnd, to));
    digits.find();
    String run = digits.group();
    BigDecimal limit = level2Weight[0] != null ? level2Weight[0] : BigDecimal.valueOf(100);
    String weightText = run;
    for (int len = run.length(); len >= 1; len--) {
      String candidate = run.substring(0, len);
      if (candidate.endsWith(".")) {
        continue;
      }
      BigDecimal w = new BigDecimal(candidate);
      boolean restIsPercent = len == run.length() || nameEnd + run.length() < to
          && text.charAt(nameEnd + run.length()) == '%';
      if (w.compareTo(limit) <= 0 && w.signum() > 0 && restIsPercent) {
        weightText = candidate;
        break;
      }
    }
    int restStart = nameEnd + weightText.length();
    String rest = text.substring(restStart, to).strip();
    int split = explanationStart(rest, name);
    String standard = split < 0 ? rest : rest.substring(0, split).strip();
    String description = split < 0 ? null : rest.substring(split).strip();
    if (score == null) {
      ctx.warn(ReadWarning.Code.INCOMPLETE_ROW, at[0], at[1], name, "no score follows; the text ends here");
    }
    indicators.add(indicator(tracker, name, new BigDecimal(weightText), score == null ? null : new BigDecimal(score),
        standard.isEmpty() ? null : standard, description == null || description.isEmpty() ? null : description));
  }

  private static PerformanceIndicator indicator(CategoryTracker tracker, String name, @Nullable BigDecimal weight,
      @Nullable BigDecimal score, @Nullable String standard, @Nullable String description) {
    return new PerformanceIndicatorBuilder()
        .level1(tracker.level1())
        .level1Label(tracker.level1Label())
        .level2(tracker.level2())
        .level2Label(tracker.level2Label())
        .name(name)
        .weight(weight)
        .score(score)
        .scoringMethod(standard)
        .description(description)
        .build();
  }

  /** Reads a category label and its weight at {@code p}; returns where it ends, or {@code p} if there is none. */
  private static int category(String text, int p, int to, boolean level1, CategoryTracker tracker,
      List<CategoryWeight> weights, BigDecimal[] level2Weight) {
    for (int len = Math.min(10, to - p); len >= 2; len--) {
      String label = text.substring(p, p + len);
      boolean known = level1 ? IndicatorLevel1.fromLabel(label).isPresent()
          : IndicatorLevel2.fromLabel(label).isPresent();
      if (!known || p + len >= to || !isAsciiDigit(text.charAt(p + len))) {
        continue;
      }
      Matcher digits = LEADING_DIGITS.matcher(text.substring(p + len, to));
      digits.find();
      BigDecimal weight = new BigDecimal(digits.group());
      if (level1) {
        tracker.acceptLevel1(label);
        weights.add(new CategoryWeight(tracker.level1(), null, label, weight, null));
      } else {
        tracker.acceptLevel2(label);
        level2Weight[0] = weight;
        weights.add(new CategoryWeight(tracker.level1(), tracker.level2(), label, weight, null));
      }
      return p + len + digits.group().length();
    }
    return p;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Where the explanation (指标说明) starts: the last place where the indicator's name, or its longest ending of at
   * least three characters, is followed by {@code =}; moved back to the start of its sentence when that is at most
   * four characters away (OCR misreads at the start of a name). Returns -1 when there is no definition.
   */
  static int explanationStart(String rest, String name) {
    for (int len = name.length(); len >= 3; len--) {
      String ending = name.substring(name.length() - len);
      int at = rest.lastIndexOf(ending + "=");
      if (at > 0) {
        int sentence = at;
        while (sentence > 0 && at - sentence < 4 && "。;；.".indexOf(rest.charAt(sentence - 1)) < 0) {
          sentence--;
        }
        if (sentence > 0 && "。;；.".indexOf(rest.charAt(sentence - 1)) >= 0) {
          return sentence;
        }
        return at;
      }
    }
    return -1;
  }
}

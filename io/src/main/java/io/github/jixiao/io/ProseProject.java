package io.github.jixiao.io;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluationBuilder;
import io.github.jixiao.core.ValueFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a project described in prose (重点项目绩效情况) into a project form: the name and budget figures of the first
 * sentence, the indicators under each category heading ({@code 数量指标：} …) with 年初值 as target and 完成值 as
 * actual, and the 取得成效 paragraph. Sentences that fit none of these are kept as unmapped content.
 */
final class ProseProject {
  private static final String AMOUNT = "([0-9０-９][0-9０-９,，.．]*)\\s*(万元|千元|亿元|元)";
  private static final Pattern INITIAL = Pattern.compile("年初预算(?:数)?(?:为|是)?\\s*" + AMOUNT);
  private static final Pattern ANNUAL = Pattern.compile("(?:年度预算|全年预算|调整后预算)(?:数)?(?:为|是)?\\s*" + AMOUNT);
  private static final Pattern EXECUTED = Pattern.compile("(?:预算执行|全年执行|执行数|实际支出)(?:数)?(?:为|是)?\\s*"
      + AMOUNT);
  private static final Pattern RATE = Pattern.compile("执行率(?:为|是)?\\s*([0-9０-９][0-9０-９.．]*\\s*[%％])");
  static final Pattern HEADING =
      Pattern.compile("([\\u4e00-\\u9fff]{1,14}?指标(?:\\s*[-—－–]\\s*[\\u4e00-\\u9fff]{2,12})?|[\\u4e00-\\u9fff]{2,8}?指标)\\s*[：:]");
  private static final Pattern CLAUSE = Pattern.compile("^\\s*(.+?)\\s*[，,]\\s*(?:年初值|年度指标值|目标值|指标值)(?:为|是)?"
      + "\\s*(.+?)\\s*[，,]\\s*(?:完成值|实际完成值|实际值|全年实际值)(?:为|是)?\\s*(.+?)\\s*(?:[，,]\\s*(.*?))?\\s*$",
      Pattern.DOTALL);
  /** The word every heading ends in, and the most Han characters a heading has before it. */
  private static final String HEADING_WORD = "指标";
  private static final int MAX_HEADING_HAN = 14;
  private static final Pattern ACHIEVEMENTS = Pattern.compile("^\\s*取得(?:的)?成效(?:如下)?\\s*[：:]\\s*");

  private ProseProject() {}

  /** Reads the prose of one cell; {@code location} is the model path of the project, for irregularities. */
  static ProjectSelfEvaluation read(Cell cell, String location, AmountUnit formUnit, ReadContext ctx) {
    String raw = cell.text;
    ProjectSelfEvaluationBuilder b = new ProjectSelfEvaluationBuilder()
        .amountUnit(formUnit)
        .layout(FormLayout.PROJECT_PROSE);
    List<int[]> paragraphs = paragraphs(raw);
    String name = null;
    FundRow total = FundRow.blank();
    List<PerformanceIndicator> indicators = new ArrayList<>();
    String achievements = null;
    for (int[] p : paragraphs) {
      String text = raw.substring(p[0], p[1]);
      Matcher a = ACHIEVEMENTS.matcher(text);
      if (a.find()) {
        achievements = text.substring(a.end()).strip();
        continue;
      }
      if (name == null) {
        int budget = text.indexOf("年初预算");
        int stop = firstSentenceEnd(text);
        if (budget > 0 && budget < stop) {
          name = text.substring(0, budget).strip();
          total = figures(text.substring(0, stop), formUnit, cell, p[0], ctx);
          indicators(text, stop, p[0], cell, indicators, ctx);
          continue;
        }
      }
      indicators(text, 0, p[0], cell, indicators, ctx);
    }
    if (name == null || name.isEmpty()) {
      ctx.warn(ReadWarning.Code.MISSING_BLOCK, cell, "project name (项目名称) in the prose of " + location);
      name = "";
    }
    return b.projectName(name)
        .funds(ProjectFunds.ofTotal(total))
        .indicators(indicators)
        .achievements(achievements)
        .build();
  }

  /** Paragraph bounds of a cell: split at markup paragraph breaks and line breaks; tags excluded. */
  private static List<int[]> paragraphs(String raw) {
    List<int[]> out = new ArrayList<>();
    Matcher tag = Markup.TAG.matcher(raw);
    int start = 0;
    List<int[]> cuts = new ArrayList<>();
    int from = 0;
    while (Markup.find(tag, raw, from)) {
      cuts.add(new int[] {tag.start(), tag.end()});
      from = tag.end();
    }
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == '\n') {
        cuts.add(new int[] {i, i + 1});
      }
    }
    cuts.sort((x, y) -> Integer.compare(x[0], y[0]));
    for (int[] cut : cuts) {
      if (cut[0] > start) {
        addTrimmed(raw, start, cut[0], out);
      }
      start = Math.max(start, cut[1]);
    }
    if (start < raw.length()) {
      addTrimmed(raw, start, raw.length(), out);
    }
    return out;
  }

  private static void addTrimmed(String raw, int from, int to, List<int[]> out) {
    while (from < to && Character.isWhitespace(raw.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new int[] {from, to});
    }
  }

  private static int firstSentenceEnd(String text) {
    int heading = -1;
    Matcher h = HEADING.matcher(text);
    if (findHeading(h, text, 0)) {
      heading = h.start();
    }
    int stop = text.indexOf('。');
    if (stop < 0) {
      stop = text.length();
    } else {
      stop++;
    }
    return heading >= 0 && heading < stop ? heading : stop;
  }

  private static FundRow figures(String sentence, AmountUnit unit, Cell cell, int base, ReadContext ctx) {
    Amount initial = amount(INITIAL, sentence, unit, cell, base, ctx);
    Amount annual = amount(ANNUAL, sentence, unit, cell, base, ctx);
    Amount executed = amount(EXECUTED, sentence, unit, cell, base, ctx);
    Percentage rate = null;
    Matcher r = RATE.matcher(sentence);
    if (r.find()) {
      try {
        rate = Percentage.parse(r.group(1));
      } catch (ValueFormatException e) {
        int[] at = cell.positionOf(base + r.start(1));
        ctx.warn(ReadWarning.Code.UNREADABLE_VALUE, at[0], at[1], "执行率", r.group(1), "a percentage");
      }
    }
    return new FundRow(initial, annual, executed, null, rate, null, null);
  }

  private static @Nullable Amount amount(Pattern p, String sentence, AmountUnit unit, Cell cell, int base,
      ReadContext ctx) {
    Matcher m = p.matcher(sentence);
    if (!m.find()) {
      return null;
    }
    int[] at = cell.positionOf(base + m.start(1));
    return Values.amount(m.group(1) + m.group(2), unit, "重点项目", at[0], at[1], ctx);
  }

  /** Reads the indicator clauses after each category heading of a paragraph, from {@code from}. */
  private static void indicators(String text, int from, int base, Cell cell, List<PerformanceIndicator> out,
      ReadContext ctx) {
    Matcher h = HEADING.matcher(text);
    List<int[]> headings = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int search = from;
    while (search < text.length() && findHeading(h, text, search)) {
      String label = categorySuffix(h.group(1));
      if (label != null) {
        int labelStart = h.end(1) - label.length();
        headings.add(new int[] {labelStart, h.end()});
        labels.add(label);
      }
      search = h.end();
    }
    CategoryTracker tracker = new CategoryTracker(true);
    int cursor = from;
    for (int k = 0; k <= headings.size(); k++) {
      int segEnd = k < headings.size() ? headings.get(k)[0] : text.length();
      if (segEnd > cursor) {
        clauses(text, cursor, segEnd, base, cell, k == 0 ? null : tracker, out, ctx);
      }
      if (k < headings.size()) {
        tracker.accept(labels.get(k));
        cursor = headings.get(k)[1];
      }
    }
  }

  /**
   * Finds the next category heading from an index: the same match as {@code HEADING.matcher(text).find(from)}, with
   * the pattern tried only where a heading can start. Every heading is a run of at most 14 Han characters ending in
   * 指标 (then an optional dash and sub-label, and a colon), so it starts inside the run of Han characters that
   * leads up to an occurrence of 指标, at most 14 characters before it.
   *
   * @return true, with the matcher holding the match, if one was found
   */
  static boolean findHeading(Matcher h, String text, int from) {
    int low = from;
    int p = text.indexOf(HEADING_WORD, from);
    while (p >= 0) {
      int s = p;
      while (s > low && p - s < MAX_HEADING_HAN && isHan(text.charAt(s - 1))) {
        s--;
      }
      for (; s < p; s++) {
        h.region(s, text.length());
        if (h.lookingAt()) {
          return true;
        }
      }
      low = p;
      p = text.indexOf(HEADING_WORD, p + 1);
    }
    return false;
  }

  private static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }

  /** The longest ending of a heading match that names a category, or null. */
  private static @Nullable String categorySuffix(String heading) {
    for (int i = 0; i < heading.length() - 1; i++) {
      String candidate = heading.substring(i);
      if (new CategoryTracker(true).accept(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void clauses(String text, int from, int to, int base, Cell cell, @Nullable CategoryTracker tracker,
      List<PerformanceIndicator> out, ReadContext ctx) {
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '；' || text.charAt(i) == ';' || text.charAt(i) == '。') {
        String clause = text.substring(start, i);
        if (!clause.isBlank()) {
          clause(clause, base + start, cell, tracker, out, ctx);
        }
        start = i + 1;
      }
    }
  }

  /**
   * Returns false when the text lacks the words {@link #CLAUSE} requires: a target word (年初值, 年度指标值, 目标值,
   * 指标值: each holds 初值 or 标值) and an actual word (完成值, 实际完成值, 实际值, 全年实际值: each holds 成值 or 际值).
   */
  private static boolean mayBeClause(String clause) {
    return (clause.contains("初值") || clause.contains("标值")) && (clause.contains("成值") || clause.contains("际值"));
  }

  private static void clause(String clause, int offset, Cell cell, @Nullable CategoryTracker tracker,
      List<PerformanceIndicator> out, ReadContext ctx) {
    Matcher m = CLAUSE.matcher(clause);
    if (tracker == null || !mayBeClause(clause) || !m.matches()) {
      int lead = 0;
      while (lead < clause.length() && Character.isWhitespace(clause.charAt(lead))) {
        lead++;
      }
      int[] at = cell.positionOf(offset + lead);
      ctx.unmapped(clause.strip(), at[0], at[1], "重点项目绩效情况");
      return;
    }
    String name = m.group(1).strip();
    IndicatorValue target = IndicatorValue.parse(m.group(2).strip());
    IndicatorValue actual = IndicatorValue.parse(m.group(3).strip());
    String description = m.group(4) == null || m.group(4).isBlank() ? null : m.group(4).strip();
    String unit = PerformanceIndicator.unitInName(name);
    if (unit == null && target.isQuantitative()) {
      unit = target.unit();
    }
    out.add(new PerformanceIndicatorBuilder()
        .level1(tracker.level1())
        .level1Label(tracker.level1Label())
        .level2(tracker.level2())
        .level2Label(tracker.level2Label())
        .name(name)
        .target(target)
        .actual(actual)
        .unit(unit)
        .description(description)
        .build());
  }
}

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
  static final Pattern CLAUSE = Pattern.compile("^\\s*(.+?)\\s*[，,]\\s*(?:年初值|年度指标值|目标值|指标值)(?:为|是)?"
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
    String[] m = tracker == null || !mayBeClause(clause) ? null : new ClauseMatch(clause).groups();
    if (tracker == null || m == null) {
      int lead = 0;
      while (lead < clause.length() && Character.isWhitespace(clause.charAt(lead))) {
        lead++;
      }
      int[] at = cell.positionOf(offset + lead);
      ctx.unmapped(clause.strip(), at[0], at[1], "重点项目绩效情况");
      return;
    }
    String name = m[0].strip();
    IndicatorValue target = IndicatorValue.parse(m[1].strip());
    IndicatorValue actual = IndicatorValue.parse(m[2].strip());
    String description = m[3] == null || m[3].isBlank() ? null : m[3].strip();
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

  /**
   * {@link #CLAUSE} matched against a whole clause by a search that tries the same choices in the same order as the
   * regular expression engine does (lazy groups shortest first, greedy white space longest first, optional words
   * taken first, alternatives left to right), so that it finds the same match with the same groups, without the
   * engine's cost at every character.
   */
  static final class ClauseMatch {
    private static final String[] TARGET_WORDS = {"年初值", "年度指标值", "目标值", "指标值"};
    private static final String[] ACTUAL_WORDS = {"完成值", "实际完成值", "实际值", "全年实际值"};

    private final String s;
    private final int n;
    private int g1s;
    private int g1e;
    private int g2s;
    private int g2e;
    private int g3s;
    private int g3e;
    private int g4s = -1;
    private int g4e = -1;

    ClauseMatch(String s) {
      this.s = s;
      this.n = s.length();
    }

    /** The four groups (the fourth may be null), or null when the clause does not match. */
    String @Nullable [] groups() {
      // ^\s*(.+?)
      for (int k = spaces(0); k >= 0; k--) {
        g1s = k;
        for (int e = g1s + 1; e <= n; e++) {
          g1e = e;
          if (afterName(e)) {
            return new String[] {s.substring(g1s, g1e), s.substring(g2s, g2e), s.substring(g3s, g3e),
                g4s < 0 ? null : s.substring(g4s, g4e)};
          }
        }
      }
      return null;
    }

    /** \s*[，,]\s*(?:target word)(?:为|是)?\s*(.+?) and the rest, from p. */
    private boolean afterName(int p) {
      int t = wordAfterComma(p, TARGET_WORDS);
      return t >= 0 && optionalVerb(t, true);
    }

    /** \s*[，,]\s*(?:actual word)(?:为|是)?\s*(.+?) and the rest, from p. */
    private boolean afterTarget(int p) {
      int t = wordAfterComma(p, ACTUAL_WORDS);
      return t >= 0 && optionalVerb(t, false);
    }

    /**
     * The end of the word after \s*[，,]\s* from p, or -1. Fewer spaces than the most never help: the character
     * after them is a space, which neither the comma nor a word is; and at most one word starts at an index.
     */
    private int wordAfterComma(int p, String[] words) {
      int q = p + spaces(p);
      if (q >= n || !isComma(s.charAt(q))) {
        return -1;
      }
      int t = q + 1 + spaces(q + 1);
      for (String w : words) {
        if (s.startsWith(w, t)) {
          return t + w.length();
        }
      }
      return -1;
    }

    /** (?:为|是)?\s* then the target's (or actual's) group and the rest: with the verb first, then without. */
    private boolean optionalVerb(int p, boolean target) {
      if (p < n && (s.charAt(p) == '为' || s.charAt(p) == '是') && afterVerb(p + 1, target)) {
        return true;
      }
      return afterVerb(p, target);
    }

    /** \s*(.+?) and the rest: the most spaces first. */
    private boolean afterVerb(int p, boolean target) {
      for (int k = spaces(p); k >= 0; k--) {
        if (target ? targetGroup(p + k) : actualGroup(p + k)) {
          return true;
        }
      }
      return false;
    }

    /** (.+?) for the target, shortest first, then the actual part. */
    private boolean targetGroup(int start) {
      g2s = start;
      for (int e = start + 1; e <= n; e++) {
        g2e = e;
        if (afterTarget(e)) {
          return true;
        }
      }
      return false;
    }

    /**
     * (.+?)\s*(?:[，,]\s*(.*?))?\s*$ for the actual: the group ends at the first index after its start from which
     * the next character that is not a space is a comma (the description follows) or the end.
     */
    private boolean actualGroup(int start) {
      g3s = start;
      for (int e = start + 1; e <= n; e++) {
        int q = e + spaces(e);
        if (q == n) {
          g3e = e;
          g4s = -1;
          g4e = -1;
          return true;
        }
        if (isComma(s.charAt(q))) {
          g3e = e;
          g4s = q + 1 + spaces(q + 1);
          g4e = Math.max(g4s, trailingSpacesStart());
          return true;
        }
      }
      return false;
    }

    private int trailingSpacesStart() {
      int i = n;
      while (i > 0 && isSpace(s.charAt(i - 1))) {
        i--;
      }
      return i;
    }

    /** The length of the run of \s characters from p. */
    private int spaces(int p) {
      int i = p;
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      return i - p;
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    private static boolean isComma(char c) {
      return c == '，' || c == ',';
    }
  }
}

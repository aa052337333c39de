package io.github.jixiao.io;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.AnnualGoals;
import io.github.jixiao.core.CategoryWeight;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.DepartmentFunds;
import io.github.jixiao.core.DepartmentFundsBuilder;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.DepartmentSelfEvaluationBuilder;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.FormLimits;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluationBuilder;
import io.github.jixiao.core.SourceIrregularity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Walks the cells of a published form and builds the model: labels announce the values after them, tables are read
 * by their heading columns, prose blocks by their sentences. Whatever is not mapped is kept with its position.
 */
final class FormAssembler {
  private static final Pattern TASK = Pattern.compile("^任务\\s*(\\d{1,3}|[一二三四五六七八九十]{1,3})$");
  private static final Pattern YEAR_CELL = Pattern.compile("^[(（]?\\s*(\\d{4})\\s*年度?\\s*[)）]?$");
  private static final Pattern PLACEHOLDER = Pattern.compile("^(?:指标\\d{1,2}|…+|\\.{3,}|……)$");
  private static final Pattern WEIGHT_SUFFIX = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,2})?)分$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CONSOLIDATED = Pattern.compile("^(.*?)\\s*[(（]\\s*汇总\\s*[)）]$");
  private static final Pattern WEIGHT_IN_LABEL =
      Pattern.compile("[(（]\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分\\s*[)）]\\s*$");
  private static final Set<FormField> WEAK = EnumSet.of(FormField.OTHER_FUNDS_ROW, FormField.TOTAL_ROW,
      FormField.SCORE_COLUMN, FormField.WEIGHT_COLUMN, FormField.NOTE_COLUMN, FormField.UNIT_COLUMN, FormField.GRADE,
      FormField.ATTACHMENT, FormField.CONTACT, FormField.TOTAL_FUNDS_ROW, FormField.EXECUTED_COLUMN,
      FormField.EXECUTION_RATE_COLUMN, FormField.ACTUAL_COLUMN, FormField.TARGET_COLUMN, FormField.FISCAL_FUNDS_ROW,
      FormField.UNIT_OWN_FUNDS_ROW, FormField.GOALS_SECTION, FormField.EXPECTED_GOALS, FormField.GOAL_COMPLETION,
      FormField.LEVEL3_COLUMN, FormField.DEPARTMENT_FUNDS_SECTION, FormField.PROBLEMS, FormField.CONCLUSION);

  private final ReadContext ctx;
  private final List<Cell> cells;
  private final TextSource.Mode mode;
  private final boolean rows;

  private final Set<FormField> seen = EnumSet.noneOf(FormField.class);
  private final Map<FormField, Object> values = new EnumMap<>(FormField.class);
  private final Map<FormField, Cell> valueCells = new EnumMap<>(FormField.class);
  private final Map<FormField, FundRow> fundRows = new EnumMap<>(FormField.class);
  private final List<FormField> fundColumnsSeen = new ArrayList<>();
  private final List<MainTask> tasks = new ArrayList<>();
  private final List<ProjectSelfEvaluation> keyProjects = new ArrayList<>();
  private final List<PerformanceIndicator> indicators = new ArrayList<>();
  private final List<CategoryWeight> categoryWeights = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> improvements = new ArrayList<>();
  private final Deque<Pending> pending = new ArrayDeque<>();
  private boolean indicatorTableWithLevelWeights;
  private boolean sichuanColumns;
  private boolean beijingColumns;
  private @Nullable String title;
  private @Nullable FormField titleField;
  private @Nullable Year titleYear;
  private AmountUnit unit = AmountUnit.TEN_THOUSAND_YUAN;
  private boolean consolidated;
  private @Nullable BigDecimal totalWeight;
  private @Nullable BigDecimal totalScore;
  private @Nullable String context;
  private @Nullable Cell firstCell;

  /** A label waiting for its value in a following cell. */
  private record Pending(FormField field, Cell label) {}

  FormAssembler(List<Cell> cells, TextSource.Mode mode, boolean rows, ReadContext ctx) {
    this.cells = cells;
    this.mode = mode;
    this.rows = rows;
    this.ctx = ctx;
  }

  //-----------------------------------------------------------------------
  FormDocument assemble() throws FormReadException {
    matchLabels();
    int i = 0;
    int n = cells.size();
    while (i < n) {
      Cell c = cells.get(i);
      if (c.blank) {
        i++;
        continue;
      }
      if (firstCell == null) {
        firstCell = c;
      }
      LabelTable.Match m = c.match;
      if (m == null) {
        if (!pending.isEmpty()) {
          i = assignPending(i);
        } else {
          unmapped(c);
          i++;
        }
        continue;
      }
      FormField f = m.field();
      seen.add(f);
      switch (f.kind()) {
        case TITLE -> i = title(i, m);
        case UNIT -> {
          unit = AmountUnit.fromLabel(Objects.requireNonNull(m.inline())).orElse(unit);
          i++;
        }
        case SECTION -> {
          pending.clear();
          context = label(c);
          markup(c, path(f));
          i++;
        }
        case TEXT, GOAL_TEXT, AMOUNT, PERCENT, YEAR, DATE, NOTE, GRADE -> {
          brokenLabel(c, path(f));
          if (f == FormField.DEPARTMENT_NAME && "汇总".equals(m.suffix())) {
            consolidated = true;
          }
          if (f.kind() == FormField.Kind.NOTE) {
            ctx.unmapped(labelText(c), c.line, c.column, null);
          }
          if (m.inline() != null && !m.inline().isBlank()) {
            assign(f, m.inline(), c, c);
          } else {
            if (f.kind() != FormField.Kind.GOAL_TEXT) {
              pending.removeIf(p -> p.field().kind() != FormField.Kind.GOAL_TEXT);
            }
            pending.add(new Pending(f, c));
          }
          markup(c, path(f));
          i++;
        }
        case FUND_TABLE, FUND_COLUMN, FUND_ROW -> {
          pending.clear();
          i = fundTable(i);
        }
        case TASK_TABLE, TASK_COLUMN -> {
          pending.clear();
          i = tasks(i);
        }
        case INDICATOR_TABLE, INDICATOR_COLUMN -> {
          pending.clear();
          i = indicatorTable(i);
        }
        case SHARED_COLUMN -> {
          unmapped(c);
          i++;
        }
        case TOTAL -> {
          pending.clear();
          i = total(i);
        }
        case PROSE -> {
          pending.clear();
          i = keyProject(i);
        }
        case ITEMS -> {
          pending.clear();
          i = items(i, f);
        }
        default -> throw new IllegalStateException("unhandled kind " + f.kind());
      }
    }
    requireUsable();
    return department() ? FormDocument.of(buildDepartment()) : FormDocument.of(buildProject());
  }

  /** Finds the label of every cell, joining labels that the extraction split over two cells (年初 | 预算数). */
  private void matchLabels() {
    LabelTable labels = ctx.labels;
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (c.blank || c.runTail || c.text.length() > 60) {
        continue;
      }
      c.match = labels.match(c);
      c.category = c.match == null && LabelTable.isCategory(c);
    }
    List<Cell> joined = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (!rows && i + 1 < cells.size() && !c.blank && !c.runTail) {
        Cell next = cells.get(i + 1);
        boolean short1 = c.text.length() <= 24 && c.match == null && !c.category && c.key().length() <= 6;
        boolean short2 = next.text.length() <= 24 && next.match == null && !next.category
            && next.key().length() <= 4;
        if (!next.blank && !next.runTail && !next.rowStart || !rows) {
          if (!next.blank && !next.runTail && (short1 || short2) && c.text.length() + next.text.length() <= 40) {
            String text = c.text.strip() + next.text.strip();
            LabelTable.Match m = labels.match(text);
            boolean category = m == null && LabelTable.isCategory(text);
            if (m != null || category) {
              Cell merged = new Cell(text, c.line, c.column, c.rowStart);
              merged.match = m;
              merged.category = category;
              joined.add(merged);
              i++;
              continue;
            }
          }
        }
      }
      joined.add(c);
    }
    cells.clear();
    cells.addAll(joined);
    for (int i = 0; i < cells.size(); i++) {
      cells.get(i).index = i;
    }
  }

  //-----------------------------------------------------------------------
  private static String label(Cell c) {
    String s = Markup.strip(c.text);
    return hasSpaceRun(s) ? SPACES.matcher(s).replaceAll(" ") : s;
  }

  private @Nullable Cell lastUnmapped;

  /** Keeps a cell as unmapped content; in flattened text, a run of unmapped words on one line is one entry. */
  private static boolean hasSpaceRun(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))) {
        return true;
      }
    }
    return false;
  }

  private void unmapped(Cell c) {
    markup(c, context == null ? "line " + c.line : context);
    if (mode == TextSource.Mode.FLAT && lastUnmapped != null && lastUnmapped.line == c.line
        && lastUnmapped.index == c.index - 1 && !ctx.unmapped.isEmpty()) {
      UnmappedContent last = ctx.unmapped.get(ctx.unmapped.size() - 1);
      if (last.line() == c.line && java.util.Objects.equals(last.context(), context)) {
        ctx.unmapped.set(ctx.unmapped.size() - 1,
            new UnmappedContent(last.text() + " " + c.text.strip(), last.line(), last.column(), context));
        lastUnmapped = c;
        return;
      }
    }
    ctx.unmapped(c, context);
    lastUnmapped = c;
  }

  /** Records markup residue in a cell, once per model location. */
  private void markup(Cell c, String location) {
    String tag = Markup.firstTag(c.text);
    if (tag != null) {
      ctx.irregular(SourceIrregularity.Kind.MARKUP_RESIDUE, location, tag, c.line, c.column);
    }
  }

  private void brokenLabel(Cell c, String location) {
    if (LabelKey.isBroken(c.text)) {
      ctx.irregular(SourceIrregularity.Kind.BROKEN_LABEL, location, Markup.strip(c.text), c.line, c.column);
    }
  }

  /** The model path of the block a field belongs to, for irregularities. */
  private String path(FormField f) {
    boolean dept = department();
    return switch (f) {
      case DEPARTMENT_NAME -> "departmentName";
      case EVALUATION_YEAR -> "evaluationYear";
      case REPORT_DATE -> "reportDate";
      case PROJECT_NAME -> "projectName";
      case COMPETENT_DEPARTMENT -> "competentDepartment";
      case IMPLEMENTING_UNIT -> "implementingUnit";
      case EXPECTED_GOALS -> dept ? "annualGoals.expectedGoals" : "overallGoalExpected";
      case GOAL_COMPLETION -> dept ? "annualGoals.goalCompletionNarrative" : "overallGoalActual";
      case GOALS_SECTION -> dept ? "annualGoals" : "overallGoal";
      case IMPLEMENTATION_SUMMARY -> "implementationSummary";
      case BUDGET_COMPLETION_EXPLANATION, BUDGET_ADJUSTMENT_EXPLANATION -> "funds";
      case OVERALL_PERFORMANCE -> "overallPerformanceNarrative";
      case CONCLUSION -> "conclusion";
      case PROBLEMS -> "problems";
      case IMPROVEMENT_MEASURES -> "improvementMeasures";
      case MAIN_TASKS, KEY_INDICATOR_COLUMN, INDICATOR_COMPLETION_COLUMN, TASK_AMOUNT_COLUMN -> "mainTasks";
      case KEY_PROJECT -> "keyProjects[" + keyProjects.size() + "]";
      case GRADE -> "grade";
      default -> {
        if (f.kind() == FormField.Kind.AMOUNT || f.kind() == FormField.Kind.PERCENT
            || f == FormField.DEPARTMENT_FUNDS_SECTION) {
          yield "funds";
        }
        if (f.kind() == FormField.Kind.FUND_TABLE || f.kind() == FormField.Kind.FUND_COLUMN
            || f.kind() == FormField.Kind.FUND_ROW) {
          yield "funds";
        }
        if (f.kind() == FormField.Kind.INDICATOR_TABLE || f.kind() == FormField.Kind.INDICATOR_COLUMN
            || f.kind() == FormField.Kind.SHARED_COLUMN) {
          yield "indicators";
        }
        yield f.label();
      }
    };
  }

  private boolean department() {
    if (titleField != null) {
      return titleField == FormField.DEPARTMENT_TITLE;
    }
    if (seen.contains(FormField.PROJECT_NAME)) {
      return false;
    }
    return seen.contains(FormField.DEPARTMENT_NAME) || seen.contains(FormField.MAIN_TASKS)
        || seen.contains(FormField.DEPARTMENT_FUND_TABLE) || seen.contains(FormField.INITIAL_BUDGET_REVENUE)
        || seen.contains(FormField.ACTUAL_EXPENDITURE) || seen.contains(FormField.INDICATOR_TABLE_TITLE)
        || seen.contains(FormField.BASIC_EXPENDITURE_ROW);
  }

  //-----------------------------------------------------------------------
  private int title(int i, LabelTable.Match m) {
    Cell c = cells.get(i);
    String text = Markup.strip(c.text).strip();
    if (title != null) {
      if (!LabelKey.of(title).endsWith(LabelKey.of(text))) {
        unmapped(c);
      }
      return i + 1;
    }
    // a run-on title may have its year and region printed just before it: 雨花区2022年度 + 部门(单位)整体支出…
    if (!ctx.unmapped.isEmpty() && i > 0 && cells.get(i - 1) == lastNonBlankBefore(i)) {
      Cell prev = cells.get(i - 1);
      UnmappedContent last = ctx.unmapped.get(ctx.unmapped.size() - 1);
      if (last.line() == prev.line && last.column() == prev.column && prev.text.length() <= 24
          && prev.text.strip().matches(".*\\d{4}\\s*年度?$")) {
        ctx.unmapped.remove(ctx.unmapped.size() - 1);
        text = prev.text.strip() + text;
      }
    }
    title = text;
    titleField = m.field();
    titleYear = Values.year(text);
    markup(c, "title");
    int j = nextNonBlank(i + 1);
    if (j < cells.size() && cells.get(j).match == null) {
      Matcher y = YEAR_CELL.matcher(Values.fold(cells.get(j).text));
      if (y.matches()) {
        titleYear = Values.year(y.group(1));
        return j + 1;
      }
    }
    return i + 1;
  }

  private @Nullable Cell lastNonBlankBefore(int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!cells.get(k).blank) {
        return cells.get(k);
      }
    }
    return null;
  }

  private int nextNonBlank(int i) {
    while (i < cells.size() && cells.get(i).blank) {
      i++;
    }
    return i;
  }

  private boolean isLabel(Cell c) {
    return c.match != null || c.category || c.runTail;
  }

  //-----------------------------------------------------------------------
  private int assignPending(int i) {
    Pending p = pending.removeFirst();
    Cell c = cells.get(i);
    String text = c.text;
    int end = i + 1;
    FormField.Kind kind = p.field().kind();
    if (mode == TextSource.Mode.FLAT && pending.isEmpty()
        && (kind == FormField.Kind.TEXT || kind == FormField.Kind.GOAL_TEXT || kind == FormField.Kind.NOTE)) {
      StringBuilder sb = new StringBuilder(text.strip());
      while (end < cells.size() && !isLabel(cells.get(end)) && cells.get(end).line == c.line) {
        if (!cells.get(end).blank) {
          sb.append(' ').append(cells.get(end).text.strip());
        }
        end++;
      }
      text = sb.toString();
    }
    markup(c, path(p.field()));
    assign(p.field(), text, p.label(), c);
    return end;
  }

  /** The label part of a cell, without an inline value after a colon. */
  private static String labelText(Cell c) {
    String s = label(c);
    int colon = s.indexOf(':') >= 0 ? s.indexOf(':') : s.indexOf('：');
    return colon > 0 && c.match != null && c.match.inline() != null ? s.substring(0, colon).strip() : s;
  }

  private void assign(FormField f, String text, Cell labelCell, Cell at) {
    String label = labelText(labelCell);
    Object value;
    switch (f.kind()) {
      case AMOUNT -> value = Values.amount(text, unit, label, at.line, at.column, ctx);
      case PERCENT -> value = Values.percentage(text, label, at.line, at.column, ctx);
      case YEAR -> {
        value = Values.year(text);
        if (value == null) {
          ctx.warn(ReadWarning.Code.UNREADABLE_VALUE, at, label, Texts.shorten(text.strip()), "a year");
          ctx.unmapped(text.strip(), at.line, at.column, label);
        }
      }
      case DATE -> {
        Values.DateAt d = Values.date(text);
        if (d == null) {
          ctx.warn(ReadWarning.Code.UNREADABLE_VALUE, at, label, Texts.shorten(text.strip()), "a date");
          ctx.unmapped(text.strip(), at.line, at.column, label);
          value = null;
        } else {
          value = d.date();
          if (!d.rest().isEmpty()) {
            ctx.unmapped(d.rest(), at.line, at.column, label);
          }
        }
      }
      case NOTE -> {
        ctx.unmapped(text.strip(), at.line, at.column, label);
        value = null;
      }
      case GRADE -> {
        value = Grade.fromLabel(Markup.strip(text)).orElse(null);
        if (value == null) {
          ctx.warn(ReadWarning.Code.UNREADABLE_VALUE, at, label, Texts.shorten(text.strip()), "a grade");
          ctx.unmapped(text.strip(), at.line, at.column, label);
        }
      }
      default -> {
        String s = Markup.strip(text);
        if (f == FormField.DEPARTMENT_NAME) {
          Matcher m = CONSOLIDATED.matcher(s);
          if (m.matches()) {
            consolidated = true;
            s = m.group(1);
          }
        }
        value = s.isEmpty() ? null : s;
      }
    }
    if (value == null) {
      return;
    }
    Object previous = values.get(f);
    if (previous == null) {
      values.put(f, value);
      valueCells.put(f, at);
    } else if (!previous.equals(value)) {
      ctx.warn(ReadWarning.Code.CONFLICTING_VALUES, at, label, Texts.shorten(previous.toString()),
          Texts.shorten(value.toString()));
      ctx.unmapped(text.strip(), at.line, at.column, label);
    }
  }

  //-----------------------------------------------------------------------
  /** The columns of a fund table; UNKNOWN for a heading the reader does not know, whose cells stay unmapped. */
  private enum FundColumn { INITIAL, ANNUAL, EXECUTED, WEIGHT, RATE, SCORE, NOTE, UNKNOWN }

  private int fundTable(int i) {
    Cell start = cells.get(i);
    LabelTable.Match m = Objects.requireNonNull(start.match);
    String tableLabel = label(start);
    if (m.field().kind() == FormField.Kind.FUND_TABLE) {
      seen.add(m.field());
      readSuffix(m, start, null);
      context = tableLabel;
      markup(start, "funds");
      i++;
    }
    List<FundColumn> cols = new ArrayList<>();
    // the headings of the UNKNOWN columns, in order
    List<String> unknownHeadings = new ArrayList<>();
    boolean headingSeen = false;
    while (i < cells.size()) {
      Cell c = cells.get(i);
      if (c.blank) {
        i++;
        continue;
      }
      LabelTable.Match cm = c.match;
      if (cm == null || !isColumnHeading(c, FormField.Kind.FUND_COLUMN)) {
        if (headingSeen && (isUnknownHeading(i, FormField.Kind.FUND_COLUMN, true) || lastFundHeading(i))) {
          // a column the reader does not know: kept as a column, so that the cells after it keep their headings
          cols.add(FundColumn.UNKNOWN);
          unknownHeadings.add(unknownColumn(c, tableLabel));
          i++;
          continue;
        }
        if (!headingSeen && isUnknownHeading(i, FormField.Kind.FUND_COLUMN, false)) {
          // before the first heading the reader knows: the row labels' own heading (资金来源) in other words
          ctx.unmapped(c, tableLabel);
          i++;
          continue;
        }
        break;
      }
      headingSeen = true;
      brokenLabel(c, "funds");
      seen.add(cm.field());
      fundColumnsSeen.add(cm.field());
      if ("B/A".equals(cm.suffix())) {
        beijingColumns = true;
      }
      switch (cm.field()) {
        case FUND_SOURCE_COLUMN -> readSuffix(cm, c, null);
        case INITIAL_BUDGET_COLUMN -> cols.add(FundColumn.INITIAL);
        case ANNUAL_BUDGET_COLUMN -> {
          cols.add(FundColumn.ANNUAL);
          if (LabelKey.of(c.text).startsWith("调整后")) {
            sichuanColumns = true;
          }
        }
        case EXECUTED_COLUMN -> cols.add(FundColumn.EXECUTED);
        case EXECUTION_RATE_COLUMN -> cols.add(FundColumn.RATE);
        case WEIGHT_COLUMN -> {
          cols.add(FundColumn.WEIGHT);
          readSuffix(cm, c, null);
        }
        case SCORE_COLUMN -> cols.add(FundColumn.SCORE);
        default -> cols.add(FundColumn.NOTE);
      }
      i++;
    }
    if (cols.isEmpty()) {
      cols = List.of(FundColumn.INITIAL, FundColumn.ANNUAL, FundColumn.EXECUTED, FundColumn.WEIGHT, FundColumn.RATE,
          FundColumn.SCORE);
      ctx.warn(ReadWarning.Code.AMBIGUOUS_CELLS, start, tableLabel,
          "no column headings; the national order 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 is assumed");
    }
    List<@Nullable String> headings = headingsPerColumn(cols, FundColumn.UNKNOWN, unknownHeadings);
    while (i < cells.size()) {
      int j = nextNonBlank(i);
      if (j >= cells.size()) {
        return j;
      }
      Cell c = cells.get(j);
      if (c.match == null || c.match.field().kind() != FormField.Kind.FUND_ROW) {
        int end = unknownFundRow(j, cols, headings, tableLabel);
        if (end < 0) {
          return j;
        }
        i = end;
        continue;
      }
      i = fundRow(j, cols, headings);
    }
    return i;
  }

  /**
   * Reads a fund-table row whose label the reader does not know (such as 其中：上级补助) when a row it knows follows:
   * warns, leaves the label and the row's cells unmapped under "label / column", and returns the index after the
   * row; returns -1, reading nothing, when the cell at {@code i} does not start such a row.
   */
  private int unknownFundRow(int i, List<FundColumn> cols, List<@Nullable String> headings, String tableLabel) {
    Cell label = cells.get(i);
    if (!isUnknownText(label)) {
      return -1;
    }
    List<Cell> vals = new ArrayList<>();
    int end = rowCells(i + 1, cols, vals);
    int next = nextNonBlank(end);
    boolean figures = vals.stream().anyMatch(v -> Values.isNumeric(v.text));
    LabelTable.Match m = next < cells.size() ? cells.get(next).match : null;
    if (!figures || m == null || m.field().kind() != FormField.Kind.FUND_ROW) {
      return -1;
    }
    String rowLabel = Markup.strip(label.text).strip();
    ctx.warn(ReadWarning.Code.UNKNOWN_ROW, label, tableLabel, rowLabel);
    ctx.unmapped(label, tableLabel);
    for (int k = 0; k < vals.size(); k++) {
      String heading = headings.get(k);
      ctx.unmapped(vals.get(k), rowLabel + " / "
          + (heading != null ? heading : cols.get(k).name().toLowerCase(java.util.Locale.ROOT)));
    }
    return end;
  }

  /**
   * Collects into {@code vals} the cells of a fund-table row from {@code j}, one per column at most, up to the next
   * label (and, where the source keeps its rows, the next row), and returns the index after them.
   */
  private int rowCells(int j, List<FundColumn> cols, List<Cell> vals) {
    while (j < cells.size() && vals.size() < cols.size()) {
      Cell v = cells.get(j);
      if (!v.blank && isLabel(v)) {
        break;
      }
      if (mode == TextSource.Mode.FLAT) {
        if (v.blank) {
          j++;
          continue;
        }
        boolean valueLike = Values.isNumeric(v.text) || Values.isNotApplicable(v.text);
        FundColumn next = cols.get(vals.size());
        if (!valueLike && next != FundColumn.NOTE && next != FundColumn.UNKNOWN) {
          break;
        }
      } else if (rows && v.rowStart && (v.blank || isLabel(v))) {
        break;
      }
      vals.add(v);
      j++;
    }
    return j;
  }

  /**
   * True when the cell at {@code i}, no label the reader knows and not a figure, stands among the column headings of
   * a table: a heading of the table's kind (or a shared one) follows it, or, where {@code orLastOnRow} and the source
   * keeps its rows, it is on the headings' row.
   */
  private boolean isUnknownHeading(int i, FormField.Kind columnKind, boolean orLastOnRow) {
    if (!isUnknownText(cells.get(i))) {
      return false;
    }
    int j = nextNonBlank(i + 1);
    if (j < cells.size() && isColumnHeading(cells.get(j), columnKind)) {
      return true;
    }
    // on the headings' row: no row starts after the heading before it
    return orLastOnRow && rows && !newRowBetween(previousNonBlank(i) + 1, i);
  }

  /** The index of the last non-blank cell before {@code i}, or -1. */
  private int previousNonBlank(int i) {
    int j = i - 1;
    while (j >= 0 && cells.get(j).blank) {
      j--;
    }
    return j;
  }

  /**
   * True when the cell at {@code i}, after fund-table headings, is their last one although the source has no rows to
   * tell by (a cell per line): not a figure or label, and the first row's label follows it.
   */
  private boolean lastFundHeading(int i) {
    if (rows || mode != TextSource.Mode.CELLS || !isUnknownText(cells.get(i))) {
      return false;
    }
    int j = nextNonBlank(i + 1);
    LabelTable.Match next = j < cells.size() ? cells.get(j).match : null;
    return next != null && next.field().kind() == FormField.Kind.FUND_ROW;
  }

  /** Warns of a column heading the reader does not know, keeps the heading as unmapped content and returns it. */
  private String unknownColumn(Cell heading, String tableLabel) {
    String text = Markup.strip(heading.text).strip();
    ctx.warn(ReadWarning.Code.UNKNOWN_COLUMN, heading, tableLabel, text);
    ctx.unmapped(heading, tableLabel);
    return text;
  }

  /** Per column: the heading of an {@code unknown} column (taken in order from {@code unknownHeadings}), else null. */
  private static <C> List<@Nullable String> headingsPerColumn(List<C> cols, C unknown, List<String> unknownHeadings) {
    List<@Nullable String> headings = new ArrayList<>(cols.size());
    int u = 0;
    for (C col : cols) {
      headings.add(col == unknown ? unknownHeadings.get(u++) : null);
    }
    return headings;
  }

  private int fundRow(int i, List<FundColumn> cols, List<@Nullable String> headings) {
    Cell rowLabel = cells.get(i);
    FormField row = Objects.requireNonNull(rowLabel.match).field();
    seen.add(row);
    brokenLabel(rowLabel, "funds");
    String label = label(rowLabel);
    List<Cell> vals = new ArrayList<>();
    int j = rowCells(i + 1, cols, vals);
    Amount initial = null;
    Amount annual = null;
    Amount executed = null;
    BigDecimal weight = null;
    Percentage rate = null;
    BigDecimal score = null;
    String note = null;
    for (int k = 0; k < vals.size(); k++) {
      Cell v = vals.get(k);
      if (v.blank || Values.isNotApplicable(v.text)) {
        continue;
      }
      String colLabel = label + " / " + cols.get(k).name().toLowerCase(java.util.Locale.ROOT);
      switch (cols.get(k)) {
        case INITIAL -> initial = Values.amount(v.text, unit, colLabel, v.line, v.column, ctx);
        case ANNUAL -> annual = Values.amount(v.text, unit, colLabel, v.line, v.column, ctx);
        case EXECUTED -> executed = Values.amount(v.text, unit, colLabel, v.line, v.column, ctx);
        case WEIGHT -> weight = Values.decimal(v.text, colLabel, v.line, v.column, ctx);
        case RATE -> rate = Values.percentage(v.text, colLabel, v.line, v.column, ctx);
        case SCORE -> score = Values.decimal(v.text, colLabel, v.line, v.column, ctx);
        case NOTE -> note = Markup.strip(v.text);
        case UNKNOWN -> ctx.unmapped(v, label + " / " + headings.get(k));
        default -> throw new IllegalStateException();
      }
    }
    FundRow fundRow = new FundRow(initial, annual, executed, weight, rate, score, note);
    FundRow previous = fundRows.putIfAbsent(row, fundRow);
    if (previous != null && !previous.equals(fundRow)) {
      ctx.warn(ReadWarning.Code.CONFLICTING_VALUES, rowLabel, label, previous.toString(), fundRow.toString());
      for (Cell v : vals) {
        ctx.unmapped(v, label);
      }
    }
    if (mode == TextSource.Mode.FLAT && vals.size() > 0 && vals.size() < cols.size()
        && row == FormField.TOTAL_FUNDS_ROW) {
      ctx.warn(ReadWarning.Code.AMBIGUOUS_CELLS, rowLabel, label, vals.size() + " of " + cols.size()
          + " columns printed; assigned from the left");
    }
    return j;
  }

  /** Reads a suffix such as (万元) or (10分) of a heading: the amount unit, or a weight of the heading's block. */
  private void readSuffix(LabelTable.Match m, Cell c, @Nullable Object unused) {
    String suffix = m.suffix();
    if (suffix == null) {
      return;
    }
    AmountUnit.fromLabel(suffix).ifPresent(u -> unit = u);
    Matcher w = WEIGHT_SUFFIX.matcher(suffix);
    if (w.matches() && (m.field().kind() == FormField.Kind.FUND_TABLE
        || m.field().kind() == FormField.Kind.INDICATOR_TABLE)) {
      categoryWeights.add(new CategoryWeight(null, null, label(c), new BigDecimal(w.group(1)), null));
    }
  }

  //-----------------------------------------------------------------------
  private int tasks(int i) {
    Cell start = cells.get(i);
    context = label(start);
    seen.add(FormField.MAIN_TASKS);
    brokenLabel(start, "mainTasks");
    markup(start, "mainTasks");
    i++;
    while (i < cells.size()) {
      Cell c = cells.get(i);
      if (c.blank) {
        i++;
        continue;
      }
      if (c.match != null && (c.match.field().kind() == FormField.Kind.TASK_COLUMN
          || c.match.field() == FormField.EXPECTED_GOALS || c.match.field() == FormField.GOAL_COMPLETION)) {
        brokenLabel(c, "mainTasks");
        markup(c, "mainTasks");
        i++;
        continue;
      }
      break;
    }
    TaskDraft task = null;
    String state = "";
    String kiName = null;
    Cell kiCell = null;
    while (i < cells.size()) {
      Cell c = cells.get(i);
      if (c.blank) {
        i++;
        continue;
      }
      Matcher t = c.match == null && mayBeTaskLabel(c) ? TASK.matcher(c.key()) : null;
      if (t != null && t.matches()) {
        if (task != null) {
          if (kiName != null) {
            task.indicators.add(new KeyIndicator(kiName, null, null));
            ctx.warn(ReadWarning.Code.INCOMPLETE_ROW, Objects.requireNonNull(kiCell), kiName,
                "the key indicator has no completion");
            kiName = null;
          }
          tasks.add(task.build(ctx));
        }
        task = new TaskDraft(taskNumber(t.group(1)), c);
        state = "goal";
        i++;
        continue;
      }
      if (isLabel(c)) {
        break;
      }
      markup(c, "mainTasks");
      if (task == null) {
        unmapped(c);
        i++;
        continue;
      }
      if (rows && c.rowStart && "kiCompletion".equals(state) && kiName != null) {
        task.indicators.add(new KeyIndicator(kiName, null, null));
        kiName = null;
        state = "kiName";
      }
      String text = Markup.strip(c.text);
      switch (state) {
        case "goal" -> {
          task.goal = text;
          state = "completion";
        }
        case "completion" -> {
          task.completion = text;
          state = "kiName";
        }
        case "kiName" -> {
          if (task.amount == null && task.amountCell == null && Values.isNumeric(text) && !text.contains("%")) {
            task.amountCell = c;
          } else {
            kiName = text;
            kiCell = c;
            state = "kiCompletion";
          }
        }
        default -> {
          task.indicators.add(new KeyIndicator(Objects.requireNonNull(kiName), null, IndicatorValue.parse(text)));
          kiName = null;
          state = "kiName";
        }
      }
      i++;
    }
    if (task != null) {
      if (kiName != null) {
        task.indicators.add(new KeyIndicator(kiName, null, null));
        ctx.warn(ReadWarning.Code.INCOMPLETE_ROW, Objects.requireNonNull(kiCell), kiName,
            "the key indicator has no completion");
      }
      tasks.add(task.build(ctx));
    }
    return i;
  }

  /**
   * Returns false for a cell whose label key cannot start with 任务 as {@link #TASK} requires: one without the
   * character 任, which has no traditional or compatibility form that the key would fold to it.
   */
  static boolean mayBeTaskLabel(Cell c) {
    return c.text.indexOf('任') >= 0;
  }

  private static int taskNumber(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    String digits = "一二三四五六七八九十";
    if (s.length() == 1) {
      return digits.indexOf(s.charAt(0)) + 1;
    }
    return s.charAt(0) == '十' ? 10 + digits.indexOf(s.charAt(1)) + 1 : (digits.indexOf(s.charAt(0)) + 1) * 10
        + (s.length() > 2 ? digits.indexOf(s.charAt(2)) + 1 : 0);
  }

  /** A task being read. */
  private final class TaskDraft {
    final int index;
    final Cell cell;
    @Nullable String goal;
    @Nullable String completion;
    @Nullable Amount amount;
    @Nullable Cell amountCell;
    final List<KeyIndicator> indicators = new ArrayList<>();

    TaskDraft(int index, Cell cell) {
      this.index = index;
      this.cell = cell;
    }

    MainTask build(ReadContext ctx) {
      if (amountCell != null) {
        amount = Values.amount(amountCell.text, unit, label(cell) + " / 任务涉及", amountCell.line,
            amountCell.column, ctx);
      }
      if (goal == null) {
        ctx.warn(ReadWarning.Code.INCOMPLETE_ROW, cell, label(cell), "the task has no expected goal");
      }
      return new MainTask(Math.max(1, index), goal == null ? "" : goal, completion, indicators, amount);
    }
  }

  //-----------------------------------------------------------------------
  /** The columns of an indicator table; UNKNOWN for a heading the reader does not know, whose cells stay unmapped. */
  private enum IndicatorColumn {
    LEVEL1, LEVEL1_WEIGHT, LEVEL2, LEVEL2_WEIGHT, NAME, OPERATOR, TARGET, ACTUAL, UNIT, WEIGHT, SCORE, DEVIATION,
    SCORING_METHOD, DESCRIPTION, UNKNOWN
  }

  private int indicatorTable(int i) {
    Cell start = cells.get(i);
    LabelTable.Match m = Objects.requireNonNull(start.match);
    if (m.field().kind() == FormField.Kind.INDICATOR_TABLE) {
      seen.add(m.field());
      readSuffix(m, start, null);
      context = label(start);
      markup(start, "indicators");
      i++;
      if (m.field() == FormField.INDICATOR_TABLE_TITLE) {
        indicatorTableWithLevelWeights = true;
        int j = nextNonBlank(i);
        if (j < cells.size() && cells.get(j).runTail) {
          HunanTable.read(cells.get(j), indicators, categoryWeights, ctx);
          return j + 1;
        }
      }
    }
    List<IndicatorColumn> cols = new ArrayList<>();
    // the headings of the UNKNOWN columns, in order
    List<String> unknownHeadings = new ArrayList<>();
    int headingLine = -1;
    int afterHeading = i;
    while (i < cells.size()) {
      Cell c = cells.get(i);
      if (c.blank) {
        i++;
        continue;
      }
      LabelTable.Match cm = c.match;
      if (cm == null || !isColumnHeading(c, FormField.Kind.INDICATOR_COLUMN)) {
        if (isUnknownIndicatorHeading(i, cols)) {
          // a column the reader does not know: its cells stay unmapped, the columns after it keep their headings
          cols.add(IndicatorColumn.UNKNOWN);
          unknownHeadings.add(unknownColumn(c, label(start)));
          headingLine = c.line;
          afterHeading = i + 1;
          i++;
          continue;
        }
        if (isUnknownNameHeading(i, cols)) {
          // where the indicator name is printed, in words the reader does not know: the name column
          cols.add(IndicatorColumn.NAME);
          ctx.warn(ReadWarning.Code.NAME_COLUMN_ASSUMED, c, label(start), Markup.strip(c.text).strip());
          headingLine = c.line;
          afterHeading = i + 1;
          i++;
          continue;
        }
        break;
      }
      headingLine = c.line;
      afterHeading = i + 1;
      seen.add(cm.field());
      brokenLabel(c, "indicators");
      IndicatorColumn last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
      switch (cm.field()) {
        case LEVEL1_COLUMN -> cols.add(IndicatorColumn.LEVEL1);
        case LEVEL2_COLUMN -> cols.add(IndicatorColumn.LEVEL2);
        case LEVEL3_COLUMN -> cols.add(IndicatorColumn.NAME);
        case OPERATOR_COLUMN -> {
          cols.add(IndicatorColumn.OPERATOR);
          sichuanColumns = true;
        }
        case TARGET_COLUMN -> cols.add(IndicatorColumn.TARGET);
        case ACTUAL_COLUMN -> cols.add(IndicatorColumn.ACTUAL);
        case UNIT_COLUMN -> cols.add(IndicatorColumn.UNIT);
        case WEIGHT_COLUMN -> {
          if (last == IndicatorColumn.LEVEL1) {
            cols.add(IndicatorColumn.LEVEL1_WEIGHT);
            indicatorTableWithLevelWeights = true;
          } else if (last == IndicatorColumn.LEVEL2) {
            cols.add(IndicatorColumn.LEVEL2_WEIGHT);
            indicatorTableWithLevelWeights = true;
          } else {
            cols.add(IndicatorColumn.WEIGHT);
          }
        }
        case SCORE_COLUMN -> cols.add(IndicatorColumn.SCORE);
        case DEVIATION_COLUMN, NOTE_COLUMN -> cols.add(IndicatorColumn.DEVIATION);
        case SCORING_METHOD_COLUMN -> cols.add(IndicatorColumn.SCORING_METHOD);
        case DESCRIPTION_COLUMN -> cols.add(IndicatorColumn.DESCRIPTION);
        default -> {
          unmapped(c);
        }
      }
      i++;
    }
    if (rows && !cols.isEmpty()) {
      // cells left on the heading row after the headings (a truncated heading such as 得分计算) are no body
      i = afterHeading;
      while (i < cells.size() && !cells.get(i).rowStart && cells.get(i).line == headingLine
          && !isLabel(cells.get(i))) {
        Cell leftover = cells.get(i);
        if (!leftover.blank) {
          ctx.unmapped(leftover.text.strip(), leftover.line, leftover.column, context);
        }
        i++;
      }
    }
    int j = nextNonBlank(i);
    boolean bodyFollows = j < cells.size() && (cells.get(j).category || cells.get(j).match == null);
    if (!bodyFollows) {
      return i;
    }
    if (!cols.contains(IndicatorColumn.NAME)) {
      if (cols.isEmpty()) {
        cols = new ArrayList<>(List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.NAME,
            IndicatorColumn.TARGET, IndicatorColumn.ACTUAL, IndicatorColumn.WEIGHT, IndicatorColumn.SCORE,
            IndicatorColumn.DEVIATION));
        ctx.warn(ReadWarning.Code.AMBIGUOUS_CELLS, start, label(start),
            "no column headings; the national order is assumed");
      } else {
        // after the category columns, or after the unknown columns that lead a table without them
        int lastLevel = Math.max(cols.lastIndexOf(IndicatorColumn.LEVEL2), cols.lastIndexOf(IndicatorColumn.LEVEL1));
        int nameAt = lastLevel + 1;
        while (lastLevel < 0 && nameAt < cols.size() && cols.get(nameAt) == IndicatorColumn.UNKNOWN) {
          nameAt++;
        }
        cols.add(nameAt, IndicatorColumn.NAME);
      }
    }
    int nameAt = cols.indexOf(IndicatorColumn.NAME);
    List<IndicatorColumn> valueCols = new ArrayList<>(cols.subList(nameAt + 1, cols.size()));
    List<@Nullable String> headings = headingsPerColumn(cols, IndicatorColumn.UNKNOWN, unknownHeadings);
    List<IndicatorColumn> knownValueCols = new ArrayList<>(valueCols);
    knownValueCols.removeIf(col -> col == IndicatorColumn.UNKNOWN);
    boolean national = knownValueCols.equals(List.of(IndicatorColumn.TARGET, IndicatorColumn.ACTUAL,
        IndicatorColumn.WEIGHT, IndicatorColumn.SCORE, IndicatorColumn.DEVIATION));
    if (mode == TextSource.Mode.FLAT && national && !cols.subList(0, nameAt).contains(IndicatorColumn.UNKNOWN)) {
      if (knownValueCols.size() < valueCols.size()) {
        // flattened text has no cell boundaries to keep an unknown column's cells apart by
        List<String> unknown = new ArrayList<>();
        for (String h : headings.subList(nameAt + 1, headings.size())) {
          if (h != null) {
            unknown.add(h);
          }
        }
        ctx.warn(ReadWarning.Code.AMBIGUOUS_CELLS, start, label(start), "the national order is assumed; the cells of "
            + String.join(", ", unknown) + ", a column the reader does not know, cannot be told apart from the "
            + "cells around them and are read with them, not left unmapped");
      }
      return flatIndicators(i);
    }
    if (mode == TextSource.Mode.FLAT && cols.subList(0, nameAt).contains(IndicatorColumn.UNKNOWN)) {
      ctx.warn(ReadWarning.Code.AMBIGUOUS_CELLS, start, label(start), "by position, because a column the reader "
          + "does not know comes before the indicator name: rows with a blank cell may be misaligned");
    }
    // unknown columns before the name: before the category columns (a 序号 column), or between them and the name
    List<String> leading = new ArrayList<>();
    List<String> between = new ArrayList<>();
    boolean categorySeen = false;
    for (int c = 0; c < nameAt; c++) {
      String h = headings.get(c);
      if (h != null) {
        (categorySeen ? between : leading).add(h);
      } else {
        categorySeen = true;
      }
    }
    return positionalIndicators(i, cols, valueCols, headings.subList(nameAt + 1, headings.size()),
        new PreNameColumns(leading, between));
  }

  /**
   * The headings of the unknown columns printed before the indicator name: {@code leading} before the category
   * columns, whose cells are read when they are numbers (a 序号 column: 1, 2, …) met before a row's name; and
   * {@code between} the category columns and the name, whose cells are the ones printed just before the name.
   */
  private record PreNameColumns(List<String> leading, List<String> between) {}

  /**
   * True when the cell at {@code i}, among the headings of an indicator table whose columns so far are {@code cols},
   * is the heading of a column the reader does not know. Before the category columns (a 序号 column) a known column
   * heading must follow it. After the name column a known column heading follows it, or it is the last heading: on
   * the headings' row where the source keeps its rows, or followed by the category that begins the body of a table
   * with a category column. Between the category columns and the name it is taken only when the name's own
   * heading (三级指标) follows; otherwise it is the name column's heading in words the reader does not know
   * ({@link #isUnknownNameHeading}).
   */
  private boolean isUnknownIndicatorHeading(int i, List<IndicatorColumn> cols) {
    if (!isUnknownText(cells.get(i))) {
      return false;
    }
    boolean afterName = cols.contains(IndicatorColumn.NAME);
    boolean leading = cols.stream().allMatch(col -> col == IndicatorColumn.UNKNOWN);
    if (!afterName && !leading && !nameHeadingFollows(i)) {
      return false;
    }
    if (isUnknownHeading(i, FormField.Kind.INDICATOR_COLUMN, afterName)) {
      return true;
    }
    if (!afterName || !(cols.contains(IndicatorColumn.LEVEL1) || cols.contains(IndicatorColumn.LEVEL2))) {
      return false;
    }
    int j = nextNonBlank(i + 1);
    return j < cells.size() && cells.get(j).category;
  }

  /**
   * True when the cell at {@code i} is a heading the reader does not know that stands where the indicator name is
   * printed: after the category columns of a table whose headings so far, {@code cols}, have no name column, followed
   * by a column heading the reader knows, and with no name heading (三级指标) among the headings after it.
   */
  private boolean isUnknownNameHeading(int i, List<IndicatorColumn> cols) {
    if (!isUnknownText(cells.get(i)) || cols.contains(IndicatorColumn.NAME)
        || !(cols.contains(IndicatorColumn.LEVEL1) || cols.contains(IndicatorColumn.LEVEL2))) {
      return false;
    }
    int j = nextNonBlank(i + 1);
    return j < cells.size() && isColumnHeading(cells.get(j), FormField.Kind.INDICATOR_COLUMN)
        && !nameHeadingFollows(i);
  }

  /** True when a name heading (三级指标) is among the known column headings that follow the cell at {@code i}. */
  private boolean nameHeadingFollows(int i) {
    for (int j = nextNonBlank(i + 1);
        j < cells.size() && isColumnHeading(cells.get(j), FormField.Kind.INDICATOR_COLUMN); j = nextNonBlank(j + 1)) {
      if (Objects.requireNonNull(cells.get(j).match).field() == FormField.LEVEL3_COLUMN) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cell is a column heading the reader knows for a table of {@code kind}, or one both tables share. */
  private static boolean isColumnHeading(Cell c, FormField.Kind kind) {
    LabelTable.Match m = c.match;
    return m != null && (m.field().kind() == kind || m.field().kind() == FormField.Kind.SHARED_COLUMN);
  }

  /**
   * Whether a cell is text the reader does not know, which may head a column or label a row it does not know: no
   * label or category, no figure, no N/A mark.
   */
  private boolean isUnknownText(Cell c) {
    return !isLabel(c) && !Values.isNumeric(c.text) && !Values.isNotApplicable(c.text);
  }

  private boolean endsTable(Cell c) {
    if (c.runTail) {
      return true;
    }
    LabelTable.Match m = c.match;
    return m != null && !m.field().kind().isColumn();
  }

  /**
   * Reads indicator rows by the position of their cells after the name. The cells of unknown columns before the name
   * ({@code preName}) are left unmapped under the row's name once that is read.
   */
  private int positionalIndicators(int i, List<IndicatorColumn> cols, List<IndicatorColumn> valueCols,
      List<@Nullable String> valueHeadings, PreNameColumns preName) {
    List<String> beforeName = preName.leading();
    boolean unknownColumns = !beforeName.isEmpty() || !preName.between().isEmpty()
        || valueCols.contains(IndicatorColumn.UNKNOWN);
    CategoryTracker tracker = new CategoryTracker(false);
    // the cells of the columns before the name met since the last row, waiting for the row's name
    List<Cell> leading = new ArrayList<>();
    boolean level1Weight = cols.contains(IndicatorColumn.LEVEL1_WEIGHT);
    boolean level2Weight = cols.contains(IndicatorColumn.LEVEL2_WEIGHT);
    // after a second-level label, a cell that names only a second-level category is the row's indicator name:
    // 服务对象满意度指标 | 服务对象满意度 | ≥90% … names the row 服务对象满意度
    boolean level2Pending = false;
    while (i < cells.size()) {
      Cell c = cells.get(i);
      if (c.blank) {
        i++;
        continue;
      }
      if (endsTable(c)) {
        unmapLeading(leading, beforeName);
        return i;
      }
      if (c.match != null) {
        unmapped(c);
        i++;
        continue;
      }
      boolean nameAfterLevel2 = level2Pending && IndicatorLevel1.fromLabel(Markup.strip(c.text)).isEmpty();
      if (c.category && !nameAfterLevel2 && tracker.accept(c.text)) {
        String printed = Markup.strip(c.text);
        categoryFromSuffix(printed, tracker);
        i++;
        boolean isLevel2 = tracker.level2Label() != null && tracker.level2Label().equals(printed.strip());
        level2Pending = isLevel2;
        if ((level1Weight && !isLevel2) || (level2Weight && isLevel2)) {
          int j = nextNonBlank(i);
          if (j < cells.size() && Values.isNumeric(cells.get(j).text)) {
            Cell w = cells.get(j);
            categoryWeights.add(new CategoryWeight(tracker.level1(), isLevel2 ? tracker.level2() : null, printed,
                Values.decimal(w.text, printed, w.line, w.column, ctx), null));
            i = j + 1;
          }
        }
        continue;
      }
      if (leading.size() < beforeName.size() && Values.isNumeric(c.text)) {
        leading.add(c);
        i++;
        continue;
      }
      // the cells of the unknown columns between the categories and the name come first, in their order
      List<Cell> between = preName.between().isEmpty() ? List.of() : new ArrayList<>();
      int n = i;
      while (between.size() < preName.between().size() && n < cells.size() && !endsTable(cells.get(n))
          && !(rows && n > i && cells.get(n).rowStart)) {
        between.add(cells.get(n++));
      }
      int afterBetween = n;
      n = nextNonBlank(n);
      if (!between.isEmpty() && (n >= cells.size() || endsTable(cells.get(n)) || cells.get(n).match != null
          || newRowBetween(afterBetween, n))) {
        // no name after them: the row is only these cells, kept unmapped
        for (int u = 0; u < between.size(); u++) {
          unmappedUnder(between.get(u), preName.between().get(u));
        }
        unmapLeading(leading, beforeName);
        i = n;
        continue;
      }
      Cell name = between.isEmpty() ? c : cells.get(n);
      i = between.isEmpty() ? i : n;
      // the row's name as context for the cells of unknown columns, made only for a table that has some
      String rowName = unknownColumns ? Markup.strip(name.text).strip() : "";
      for (int u = 0; u < leading.size(); u++) {
        ctx.unmapped(leading.get(u), rowName + " / " + beforeName.get(u));
      }
      leading.clear();
      for (int u = 0; u < between.size(); u++) {
        ctx.unmapped(between.get(u), rowName + " / " + preName.between().get(u));
      }
      Map<IndicatorColumn, Cell> row = new EnumMap<>(IndicatorColumn.class);
      int j = i + 1;
      int k = 0;
      while (j < cells.size() && k < valueCols.size()) {
        Cell v = cells.get(j);
        if (!v.blank && (isLabel(v))) {
          break;
        }
        if (rows && v.rowStart) {
          break;
        }
        if (valueCols.get(k) == IndicatorColumn.UNKNOWN) {
          ctx.unmapped(v, rowName + " / " + valueHeadings.get(k));
        } else {
          row.put(valueCols.get(k), v);
        }
        k++;
        j++;
      }
      if (k < valueCols.size() && j >= cells.size()) {
        ctx.warn(ReadWarning.Code.INCOMPLETE_ROW, name, Texts.shorten(Markup.strip(name.text)),
            k + " of " + valueCols.size() + " cells printed; the text ends here");
      }
      addIndicator(name, row, tracker);
      level2Pending = false;
      i = j;
    }
    unmapLeading(leading, beforeName);
    return i;
  }

  /** True when the source keeps its rows and one starts at a cell from {@code from} to {@code to}, both included. */
  private boolean newRowBetween(int from, int to) {
    if (rows) {
      for (int k = from; k <= to && k < cells.size(); k++) {
        if (cells.get(k).rowStart) {
          return true;
        }
      }
    }
    return false;
  }

  /** Leaves numbers of the columns before the name that no row name followed unmapped under their headings. */
  private void unmapLeading(List<Cell> leading, List<String> beforeName) {
    for (int u = 0; u < leading.size(); u++) {
      unmappedUnder(leading.get(u), beforeName.get(u));
    }
    leading.clear();
  }

  /** Leaves a cell of an unknown column that belongs to no row unmapped under the table and the column's heading. */
  private void unmappedUnder(Cell cell, String heading) {
    ctx.unmapped(cell, context == null ? heading : context + " / " + heading);
  }

  /** A category weight printed in the label, such as 产出指标(50分). */
  private void categoryFromSuffix(String printed, CategoryTracker tracker) {
    Matcher w = WEIGHT_IN_LABEL.matcher(printed);
    if (w.find()) {
      boolean isLevel2 = tracker.level2Label() != null && tracker.level2Label().equals(printed.strip());
      categoryWeights.add(new CategoryWeight(tracker.level1(), isLevel2 ? tracker.level2() : null, printed.strip(),
          new BigDecimal(w.group(1)), null));
    }
  }

  /**
   * Reads indicator rows of flattened text in the national column order (name, 年度指标值, 实际完成值, 分值, 得分,
   * 偏差原因分析): a row ends with its two numbers, weight and score; text between a score and the next row is the
   * deviation analysis of the row before.
   */
  private int flatIndicators(int i) {
    CategoryTracker tracker = new CategoryTracker(false);
    List<Cell> segment = new ArrayList<>();
    while (i < cells.size()) {
      Cell c = cells.get(i);
      if (c.blank) {
        i++;
        continue;
      }
      if (endsTable(c) || c.match != null) {
        break;
      }
      if (c.category) {
        flatSegment(segment, tracker);
        segment.clear();
        Cell emptyCheck = c;
        tracker.accept(c.text);
        categoryFromSuffix(Markup.strip(c.text), tracker);
        int next = nextNonBlank(i + 1);
        if (next >= cells.size() || cells.get(next).category || endsTable(cells.get(next))) {
          if (next < cells.size() && cells.get(next).category && tracker.level2Label() != null
              && tracker.level2Label().equals(Markup.strip(emptyCheck.text).strip())) {
            ctx.unmapped(emptyCheck.text.strip(), emptyCheck.line, emptyCheck.column, "empty category");
          }
        }
        i++;
        continue;
      }
      segment.add(c);
      i++;
    }
    flatSegment(segment, tracker);
    return i;
  }

  private void flatSegment(List<Cell> s, CategoryTracker tracker) {
    int p = 0;
    PerformanceIndicator last = null;
    Cell lastName = null;
    while (p < s.size()) {
      if (p + 4 < s.size() && Values.isNumeric(s.get(p + 3).text) && Values.isNumeric(s.get(p + 4).text)) {
        Map<IndicatorColumn, Cell> row = new EnumMap<>(IndicatorColumn.class);
        row.put(IndicatorColumn.TARGET, s.get(p + 1));
        row.put(IndicatorColumn.ACTUAL, s.get(p + 2));
        row.put(IndicatorColumn.WEIGHT, s.get(p + 3));
        row.put(IndicatorColumn.SCORE, s.get(p + 4));
        int next = p + 5;
        boolean nextIsRow = next + 4 < s.size() && Values.isNumeric(s.get(next + 3).text)
            && Values.isNumeric(s.get(next + 4).text);
        boolean deviation = next < s.size() && !nextIsRow
            && (next == s.size() - 1 || (next + 5 < s.size() && Values.isNumeric(s.get(next + 4).text)
                && Values.isNumeric(s.get(next + 5).text)));
        if (deviation) {
          row.put(IndicatorColumn.DEVIATION, s.get(next));
          next++;
        }
        addIndicator(s.get(p), row, tracker);
        p = next;
        continue;
      }
      int pair = -1;
      for (int j = p + 1; j + 1 < s.size(); j++) {
        if (Values.isNumeric(s.get(j).text) && Values.isNumeric(s.get(j + 1).text)) {
          pair = j;
          break;
        }
      }
      Map<IndicatorColumn, Cell> row = new EnumMap<>(IndicatorColumn.class);
      if (pair > p) {
        if (pair > p + 1) {
          row.put(IndicatorColumn.TARGET, s.get(p + 1));
        }
        if (pair > p + 2) {
          row.put(IndicatorColumn.ACTUAL, s.get(pair - 1));
        }
        for (int k = p + 2; k < pair - 1; k++) {
          ctx.unmapped(s.get(k), context);
        }
        row.put(IndicatorColumn.WEIGHT, s.get(pair));
        row.put(IndicatorColumn.SCORE, s.get(pair + 1));
        ctx.warn(ReadWarning.Code.AMBIGUOUS_CELLS, s.get(p), Texts.shorten(s.get(p).text),
            "the row does not have the national five cells; name, target, actual, weight and score were guessed");
        addIndicator(s.get(p), row, tracker);
        p = pair + 2;
        continue;
      }
      if (p + 1 < s.size()) {
        row.put(IndicatorColumn.TARGET, s.get(p + 1));
      }
      if (p + 2 < s.size()) {
        row.put(IndicatorColumn.ACTUAL, s.get(p + 2));
      }
      for (int k = p + 3; k < s.size(); k++) {
        ctx.unmapped(s.get(k), context);
      }
      ctx.warn(ReadWarning.Code.INCOMPLETE_ROW, s.get(p), Texts.shorten(s.get(p).text),
          "no weight and score follow; the published text is probably cut off here");
      addIndicator(s.get(p), row, tracker);
      p = s.size();
    }
  }

  private void addIndicator(Cell name, Map<IndicatorColumn, Cell> row, CategoryTracker tracker) {
    String nameText = Markup.strip(name.text);
    boolean allBlank = row.values().stream().allMatch(v -> v.blank);
    if (allBlank && PLACEHOLDER.matcher(LabelKey.of(nameText)).matches()) {
      ctx.unmapped(name.text.strip(), name.line, name.column, "template placeholder row");
      return;
    }
    if (indicators.size() >= FormLimits.MAX_ITEMS) {
      ctx.warn(ReadWarning.Code.OVER_MODEL_LIMIT, name, "indicators", String.valueOf(FormLimits.MAX_ITEMS));
    }
    markup(name, "indicators");
    String rowLabel = Texts.shorten(nameText);
    IndicatorValue target = value(row.get(IndicatorColumn.TARGET));
    IndicatorValue actual = value(row.get(IndicatorColumn.ACTUAL));
    ComparisonOperator operator = null;
    Cell op = row.get(IndicatorColumn.OPERATOR);
    if (op != null && !op.blank) {
      operator = ComparisonOperator.fromSymbol(Values.fold(op.text)).orElse(null);
      if (operator == null) {
        ctx.warn(ReadWarning.Code.UNREADABLE_VALUE, op, rowLabel, Texts.shorten(op.text.strip()),
            "an operator (指标性质)");
        ctx.unmapped(op, rowLabel);
      }
    }
    String unitText = text(row.get(IndicatorColumn.UNIT));
    if (unitText == null) {
      unitText = PerformanceIndicator.unitInName(nameText);
    }
    if (unitText == null && target != null && target.isQuantitative()) {
      unitText = target.unit();
    }
    BigDecimal weight = decimal(row.get(IndicatorColumn.WEIGHT), rowLabel);
    BigDecimal score = decimal(row.get(IndicatorColumn.SCORE), rowLabel);
    indicators.add(new PerformanceIndicatorBuilder()
        .level1(tracker.level1())
        .level1Label(tracker.level1Label())
        .level2(tracker.level2())
        .level2Label(tracker.level2Label())
        .name(nameText)
        .operator(operator)
        .target(target)
        .actual(actual)
        .unit(unitText)
        .weight(weight)
        .score(score)
        .deviationAnalysis(text(row.get(IndicatorColumn.DEVIATION)))
        .scoringMethod(text(row.get(IndicatorColumn.SCORING_METHOD)))
        .description(text(row.get(IndicatorColumn.DESCRIPTION)))
        .build());
  }

  private @Nullable IndicatorValue value(@Nullable Cell c) {
    if (c == null || c.blank) {
      return null;
    }
    String s = Markup.strip(c.text);
    return s.isEmpty() ? null : IndicatorValue.parse(s);
  }

  private @Nullable String text(@Nullable Cell c) {
    if (c == null || c.blank) {
      return null;
    }
    String s = Markup.strip(c.text);
    return s.isEmpty() ? null : s;
  }

  private @Nullable BigDecimal decimal(@Nullable Cell c, String rowLabel) {
    if (c == null || c.blank || Values.isNotApplicable(c.text)) {
      return null;
    }
    return Values.decimal(c.text, rowLabel, c.line, c.column, ctx);
  }

  //-----------------------------------------------------------------------
  /**
   * Reads a 总分 / 合计 row: its first printed number is the weight total, its second the score total. A lone number
   * is the weight total (the score is what forms leave blank), with a warning when the row does not show that.
   */
  private int total(int i) {
    Cell start = cells.get(i);
    String label = label(start);
    List<Cell> vals = new ArrayList<>();
    int j = i + 1;
    while (j < cells.size() && vals.size() < 12) {
      Cell v = cells.get(j);
      if (!v.blank && isLabel(v)) {
        break;
      }
      if (rows && v.rowStart) {
        break;
      }
      if (!v.blank && !Values.isNumeric(v.text)) {
        break;
      }
      vals.add(v);
      j++;
    }
    List<Cell> numbers = vals.stream().filter(v -> !v.blank).toList();
    if (!numbers.isEmpty()) {
      Cell w = numbers.get(0);
      totalWeight = Values.decimal(w.text, label, w.line, w.column, ctx);
      if (numbers.size() > 1) {
        Cell s = numbers.get(1);
        totalScore = Values.decimal(s.text, label, s.line, s.column, ctx);
      } else if (vals.indexOf(w) == vals.size() - 1 && vals.size() > 1) {
        ctx.warn(ReadWarning.Code.AMBIGUOUS_CELLS, w, label, "one number printed; read as the weight total");
      }
    }
    for (Cell extra : numbers.subList(Math.min(2, numbers.size()), numbers.size())) {
      ctx.unmapped(extra, label);
    }
    return j;
  }

  private int keyProject(int i) {
    Cell start = cells.get(i);
    String location = path(FormField.KEY_PROJECT);
    markup(start, location);
    int j = i + 1;
    List<Cell> body = new ArrayList<>();
    while (j < cells.size()) {
      Cell v = cells.get(j);
      if (!v.blank && isLabel(v)) {
        break;
      }
      if (!v.blank) {
        body.add(v);
      }
      j++;
    }
    if (body.isEmpty()) {
      ctx.warn(ReadWarning.Code.MISSING_BLOCK, start, "text under " + label(start));
      return j;
    }
    for (Cell b : body) {
      markup(b, location);
      keyProjects.add(ProseProject.read(b, location, unit, ctx));
      if (body.size() > 1) {
        location = "keyProjects[" + keyProjects.size() + "]";
      }
    }
    return j;
  }

  private int items(int i, FormField f) {
    Cell start = cells.get(i);
    String location = path(f);
    markup(start, location);
    brokenLabel(start, location);
    int j = i + 1;
    List<String> out = f == FormField.PROBLEMS ? problems : improvements;
    while (j < cells.size()) {
      Cell v = cells.get(j);
      if (!v.blank && isLabel(v)) {
        break;
      }
      if (!v.blank) {
        markup(v, location);
        String text = Markup.strip(v.text);
        NumberedItems.Split split = NumberedItems.split(text);
        if (!split.before().isBlank()) {
          if (split.items().isEmpty()) {
            out.add(split.before().strip());
          } else {
            ctx.unmapped(split.before().strip(), v.line, v.column, label(start));
          }
        }
        for (NumberedItems.Item item : split.items()) {
          if (!item.text().isEmpty()) {
            out.add(item.text());
          }
        }
      }
      j++;
    }
    return j;
  }

  //-----------------------------------------------------------------------
  private void requireUsable() throws FormReadException {
    boolean strong = titleField != null;
    int count = 0;
    for (FormField f : seen) {
      if (!WEAK.contains(f)) {
        count++;
      }
    }
    if (!strong && count < 2) {
      int line = firstCell == null ? 1 : firstCell.line;
      int column = firstCell == null ? 1 : firstCell.column;
      throw new FormReadException(FormReadException.Reason.NOT_A_FORM,
          "no title and fewer than two labels of a self-evaluation form were found (labels seen: " + seen + ")", line,
          column);
    }
  }

  private @Nullable String string(FormField f) {
    return (String) values.get(f);
  }

  private @Nullable Amount amount(FormField f) {
    return (Amount) values.get(f);
  }

  private @Nullable Percentage percentage(FormField f) {
    return (Percentage) values.get(f);
  }

  private @Nullable Year year() {
    Year y = (Year) values.get(FormField.EVALUATION_YEAR);
    return y != null ? y : titleYear;
  }

  private void checkLength(@Nullable String text, String what, int max) {
    if (text != null && text.length() > max) {
      ctx.warn(ReadWarning.Code.OVER_MODEL_LIMIT, 0, 0, what, String.valueOf(max));
    }
  }

  private DepartmentSelfEvaluation buildDepartment() {
    String name = string(FormField.DEPARTMENT_NAME);
    if (name == null) {
      ctx.warn(ReadWarning.Code.MISSING_BLOCK, 0, 0, "department name (部门名称)");
      name = "";
    }
    checkLength(name, "departmentName", FormLimits.MAX_NAME_LENGTH);
    DepartmentFunds funds = new DepartmentFundsBuilder()
        .initialBudgetRevenue(amount(FormField.INITIAL_BUDGET_REVENUE))
        .adjustedBudgetRevenue(amount(FormField.ADJUSTED_BUDGET_REVENUE))
        .annualAdjustedBudget(amount(FormField.ANNUAL_ADJUSTED_BUDGET))
        .actualExpenditure(amount(FormField.ACTUAL_EXPENDITURE))
        .generalPublicBudgetPortion(amount(FormField.GENERAL_PUBLIC_BUDGET_PORTION))
        .governmentFundBudgetPortion(amount(FormField.GOVERNMENT_FUND_BUDGET_PORTION))
        .stateCapitalOperationBudgetPortion(amount(FormField.STATE_CAPITAL_OPERATION_BUDGET_PORTION))
        .budgetCompletionRate(percentage(FormField.BUDGET_COMPLETION_RATE))
        .budgetAdjustmentRate(percentage(FormField.BUDGET_ADJUSTMENT_RATE))
        .totalFunds(fundRows.get(FormField.TOTAL_FUNDS_ROW))
        .basicExpenditure(fundRows.get(FormField.BASIC_EXPENDITURE_ROW))
        .projectExpenditure(fundRows.get(FormField.PROJECT_EXPENDITURE_ROW))
        .otherExpenditure(fundRows.get(FormField.OTHER_FUNDS_ROW))
        .budgetCompletionExplanation(string(FormField.BUDGET_COMPLETION_EXPLANATION))
        .budgetAdjustmentExplanation(string(FormField.BUDGET_ADJUSTMENT_EXPLANATION))
        .build();
    for (FormField projectRow : List.of(FormField.CURRENT_YEAR_APPROPRIATION_ROW, FormField.PRIOR_YEAR_CARRYOVER_ROW,
        FormField.FISCAL_FUNDS_ROW, FormField.FISCAL_SPECIAL_ACCOUNT_ROW, FormField.UNIT_OWN_FUNDS_ROW)) {
      if (fundRows.containsKey(projectRow)) {
        ctx.unmapped(projectRow.label() + ": " + fundRows.get(projectRow), 0, 0, "funds");
      }
    }
    if (funds.equals(DepartmentFunds.empty())) {
      ctx.warn(ReadWarning.Code.MISSING_BLOCK, 0, 0, "fund block (部门资金情况)");
    }
    String expected = string(FormField.EXPECTED_GOALS);
    String completion = string(FormField.GOAL_COMPLETION);
    AnnualGoals goals = new AnnualGoals(expected == null ? List.of() : NumberedItems.goals(expected), completion);
    FormLayout layout = seen.contains(FormField.INDICATOR_TABLE_TITLE) || indicatorTableWithLevelWeights
        ? FormLayout.DEPARTMENT_INDICATOR_TABLE
        : !fundRows.isEmpty() ? FormLayout.DEPARTMENT_GUIZHOU
        : (!tasks.isEmpty() || funds.budgetCompletionRate() != null || funds.initialBudgetRevenue() != null)
            ? FormLayout.DEPARTMENT_GUANGZHOU : FormLayout.OTHER;
    this.layout = layout;
    if (string(FormField.CONCLUSION) != null) {
      ctx.unmapped(string(FormField.CONCLUSION), valueCells.get(FormField.CONCLUSION).line,
          valueCells.get(FormField.CONCLUSION).column, "评价结论");
    }
    unmodelledProjectFields();
    return new DepartmentSelfEvaluationBuilder()
        .title(title)
        .departmentName(name)
        .consolidated(consolidated)
        .evaluationYear(year())
        .reportDate((LocalDate) values.get(FormField.REPORT_DATE))
        .amountUnit(unit)
        .layout(layout)
        .funds(funds)
        .annualGoals(goals)
        .mainTasks(tasks)
        .keyProjects(keyProjects)
        .indicators(indicators)
        .categoryWeights(categoryWeights)
        .totalScore(totalScore)
        .grade((Grade) values.get(FormField.GRADE))
        .overallPerformanceNarrative(string(FormField.OVERALL_PERFORMANCE))
        .problems(problems)
        .improvementMeasures(improvements)
        .irregularities(ctx.irregularities())
        .build();
  }

  private void unmodelledProjectFields() {
    for (FormField f : List.of(FormField.PROJECT_NAME, FormField.COMPETENT_DEPARTMENT, FormField.IMPLEMENTING_UNIT,
        FormField.IMPLEMENTATION_SUMMARY)) {
      if (values.get(f) != null) {
        Cell at = valueCells.get(f);
        ctx.unmapped(values.get(f).toString(), at.line, at.column, f.label());
      }
    }
  }

  private FormLayout layout = FormLayout.OTHER;

  FormLayout layout() {
    return layout;
  }

  private ProjectSelfEvaluation buildProject() {
    String name = string(FormField.PROJECT_NAME);
    if (name == null) {
      ctx.warn(ReadWarning.Code.MISSING_BLOCK, 0, 0, "project name (项目名称)");
      name = "";
    }
    FundRow total = fundRows.get(FormField.TOTAL_FUNDS_ROW);
    if (total == null) {
      if (fundRows.isEmpty()) {
        ctx.warn(ReadWarning.Code.MISSING_BLOCK, 0, 0, "fund block (项目资金)");
      }
      total = FundRow.blank();
    }
    ProjectFunds funds = new ProjectFunds(total, fundRows.get(FormField.CURRENT_YEAR_APPROPRIATION_ROW),
        fundRows.get(FormField.PRIOR_YEAR_CARRYOVER_ROW), fundRows.get(FormField.FISCAL_FUNDS_ROW),
        fundRows.get(FormField.FISCAL_SPECIAL_ACCOUNT_ROW), fundRows.get(FormField.UNIT_OWN_FUNDS_ROW),
        fundRows.get(FormField.OTHER_FUNDS_ROW));
    for (FormField deptRow : List.of(FormField.BASIC_EXPENDITURE_ROW, FormField.PROJECT_EXPENDITURE_ROW)) {
      if (fundRows.containsKey(deptRow)) {
        ctx.unmapped(deptRow.label() + ": " + fundRows.get(deptRow), 0, 0, "funds");
      }
    }
    if (indicators.isEmpty()) {
      ctx.warn(ReadWarning.Code.MISSING_BLOCK, 0, 0, "indicator table (绩效指标)");
    }
    boolean sichuan = sichuanColumns || fundRows.containsKey(FormField.FISCAL_FUNDS_ROW)
        || fundRows.containsKey(FormField.FISCAL_SPECIAL_ACCOUNT_ROW);
    boolean beijing = !sichuan && (beijingColumns || (fundColumnsSeen.contains(FormField.INITIAL_BUDGET_COLUMN)
        && fundColumnsSeen.contains(FormField.EXECUTED_COLUMN)
        && !fundColumnsSeen.contains(FormField.ANNUAL_BUDGET_COLUMN)));
    layout = sichuan ? FormLayout.PROJECT_SICHUAN_2023
        : beijing ? FormLayout.PROJECT_BEIJING_HAIDIAN_2016 : FormLayout.PROJECT_NATIONAL_2020;
    for (FormField f : List.of(FormField.DEPARTMENT_NAME, FormField.OVERALL_PERFORMANCE,
        FormField.BUDGET_COMPLETION_EXPLANATION, FormField.BUDGET_ADJUSTMENT_EXPLANATION)) {
      if (values.get(f) != null) {
        Cell at = valueCells.get(f);
        ctx.unmapped(values.get(f).toString(), at.line, at.column, f.label());
      }
    }
    for (ProjectSelfEvaluation p : keyProjects) {
      ctx.unmapped("重点项目: " + p.projectName(), 0, 0, "keyProjects");
    }
    if (!tasks.isEmpty()) {
      ctx.unmapped(tasks.size() + " main tasks (主要任务)", 0, 0, "mainTasks");
    }
    return new ProjectSelfEvaluationBuilder()
        .title(title)
        .evaluationYear(year())
        .reportDate((LocalDate) values.get(FormField.REPORT_DATE))
        .projectName(name)
        .competentDepartment(string(FormField.COMPETENT_DEPARTMENT))
        .implementingUnit(string(FormField.IMPLEMENTING_UNIT))
        .amountUnit(unit)
        .layout(layout)
        .funds(funds)
        .overallGoalExpected(string(FormField.EXPECTED_GOALS))
        .overallGoalActual(string(FormField.GOAL_COMPLETION))
        .implementationSummary(string(FormField.IMPLEMENTATION_SUMMARY))
        .indicators(indicators)
        .categoryWeights(categoryWeights)
        .totalWeight(totalWeight)
        .totalScore(totalScore)
        .grade((Grade) values.get(FormField.GRADE))
        .conclusion(string(FormField.CONCLUSION))
        .problems(problems)
        .improvementMeasures(improvements)
        .irregularities(ctx.irregularities())
        .build();
  }
}

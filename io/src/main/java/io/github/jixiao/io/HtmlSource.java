package io.github.jixiao.io;

import io.github.jixiao.core.SourceIrregularity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page or fragment into cells: each table becomes rows of cells, with the cells that a
 * {@code rowspan} or {@code colspan} covers as blank placeholders (as a tab-separated extraction shows them); text
 * outside tables becomes one cell per block (a heading, a paragraph).
 */
final class HtmlSource {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "section", "article", "header", "footer", "center", "blockquote", "pre", "form", "dl", "dt", "dd", "caption");
  private static final int MAX_SPAN = 1000;

  private HtmlSource() {}

  /** Where a node starts in the source: {line, column}, both 1-based. */
  interface Locator {
    int[] at(Node node);
  }

  /**
   * The positions jsoup tracked while parsing ({@link Parser#setTrackPosition}): the index in the source where the
   * node starts, turned into line and column here (the parser's own line and column are wrong for a tag or text that
   * spans the boundary of its read buffer).
   */
  private static Locator tracked(String source) {
    LineIndex lines = LineIndex.of(source);
    return n -> {
      Range range = n.sourceRange();
      if (!range.isTracked() || range.start().pos() < 0) {
        return new int[] {1, 1};
      }
      int[] at = lines.lineColumn(range.start().pos());
      return new int[] {Math.max(1, at[0]), Math.max(1, at[1])};
    };
  }

  /**
   * Splits a page into cells. The page is parsed with its start tags marked ({@link SourceMarks}), which tells where
   * every element and the text that starts a block begin at a fraction of the cost of the parser's position
   * tracking; where the marks cannot tell for certain (an element the parser implied, a formatting element it
   * cloned, text after a closed element, a mark that ended up in text), the page is parsed again with tracking. Both
   * give the same cells and positions.
   */
  static TextSource.Cells split(String html, ReadContext ctx) throws FormReadException {
    TextSource.Cells cells = splitMarked(html, ctx);
    return cells != null ? cells : splitTracked(html, ctx);
  }

  /** The cells from a parse with marks, or null (nothing recorded) when the marks do not tell every position. */
  static TextSource.@Nullable Cells splitMarked(String html, ReadContext ctx) throws FormReadException {
    SourceMarks marks = SourceMarks.of(html);
    if (marks == null) {
      return null;
    }
    Document doc = Jsoup.parse(marks.marked(), "", Parser.htmlParser());
    List<Irregularity> seen = new ArrayList<>();
    TextSource.Cells cells;
    try {
      cells = new Walk(ctx.limits, new MarkLocator(marks, doc), seen::add).cells(doc);
    } catch (Unlocatable e) {
      return null;
    }
    if (!noMarkInText(cells)) {
      return null;
    }
    for (Irregularity i : seen) {
      ctx.irregular(i.kind(), i.location(), i.text(), i.line(), i.column());
    }
    return cells;
  }

  /** The cells from a parse with the parser's position tracking. */
  static TextSource.Cells splitTracked(String html, ReadContext ctx) throws FormReadException {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    return new Walk(ctx.limits, tracked(html), i -> ctx.irregular(i.kind(), i.location(), i.text(), i.line(),
        i.column())).cells(doc);
  }

  /** An irregularity of the source seen by a walk, recorded once the walk's positions are known to be right. */
  private record Irregularity(SourceIrregularity.Kind kind, String location, String text, int line, int column) {}

  /** Thrown where the marks do not tell a position for certain. */
  private static final class Unlocatable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unlocatable() {
      super("position not known from the marks", null, false, false);
    }
  }

  private static final Unlocatable UNLOCATABLE = new Unlocatable();

  /**
   * The formatting elements, which the parser clones (with their attributes, the mark among them) when it reopens
   * one that a block closed or that was misnested: {@code <p><b>x</p><p>y}.
   */
  private static final Set<String> FORMATTING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small",
      "strike", "strong", "tt", "u");

  /** False if two formatting elements carry the same mark (an element and its clone). */
  private static boolean formattingMarksAreUnique(Document doc, SourceMarks marks) {
    BitSet seen = new BitSet(marks.count());
    boolean[] unique = {true};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && FORMATTING.contains(e.normalName())) {
          int mark = mark(e, marks);
          if (mark >= 0) {
            if (seen.get(mark)) {
              unique[0] = false;
              return FilterResult.STOP;
            }
            seen.set(mark);
          }
        }
        return FilterResult.CONTINUE;
      }
    }, doc);
    return unique[0];
  }

  /** The mark of an element, or -1 when it carries none that names a tag of its name. */
  private static int mark(Element e, SourceMarks marks) {
    String value = e.attributes().get(SourceMarks.KEY);
    if (value.isEmpty() || value.length() > 9) {
      return -1;
    }
    int mark = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      mark = mark * 10 + (c - '0');
    }
    return mark < marks.count() && marks.name(mark).equals(e.normalName()) ? mark : -1;
  }

  private static boolean noMarkInText(TextSource.Cells cells) {
    for (Cell c : cells.cells()) {
      if (c.text.indexOf(SourceMarks.MARK) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Positions from the marks. An element starts at its tag. A text node that is the first child of an element, or
   * follows a void element such as {@code <br>}, starts where that element's tag ends, when the source there reads
   * as the node's text; any other node, and an {@code html} or {@code body} element (whose tags the parser merges),
   * is {@link Unlocatable}.
   */
  private static final class MarkLocator implements Locator {
    private final SourceMarks marks;
    private final Document doc;
    /** Whether no two formatting elements share a mark: null until a formatting element's mark is asked for. */
    private @Nullable Boolean formattingUnique;

    MarkLocator(SourceMarks marks, Document doc) {
      this.marks = marks;
      this.doc = doc;
    }

    @Override
    public int[] at(Node node) {
      int[] at = marks.lineColumn(offset(node));
      return new int[] {Math.max(1, at[0]), Math.max(1, at[1])};
    }

    private int offset(Node node) {
      if (node instanceof Element e) {
        return marks.start(markOf(e));
      }
      if (node instanceof TextNode t && !(t instanceof CDataNode)) {
        Node previous = t.previousSibling();
        Node anchor = previous == null ? t.parent() : previous;
        if (!(anchor instanceof Element e) || (previous != null && !e.tag().isEmpty())) {
          throw UNLOCATABLE;
        }
        int end = marks.end(markOf(e));
        if (end < 0 || !readsAs(end, t.getWholeText())) {
          throw UNLOCATABLE;
        }
        return end;
      }
      throw UNLOCATABLE;
    }

    private int markOf(Element e) {
      String name = e.normalName();
      int mark = name.equals("html") || name.equals("body") ? -1 : mark(e, marks);
      if (mark < 0) {
        throw UNLOCATABLE;
      }
      if (FORMATTING.contains(name)) {
        if (formattingUnique == null) {
          formattingUnique = formattingMarksAreUnique(doc, marks);
        }
        if (!formattingUnique) {
          throw UNLOCATABLE;
        }
      }
      return mark;
    }

    /** True if the source from an index up to the next markup reads, with its character references, as the text. */
    private boolean readsAs(int from, String text) {
      String s = marks.source();
      int to = from;
      while (to < s.length()) {
        if (s.charAt(to) == '<' && to + 1 < s.length()) {
          char c = s.charAt(to + 1);
          if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?') {
            break;
          }
        }
        to++;
      }
      String run = s.substring(from, to);
      return (run.indexOf('&') < 0 ? run : Parser.unescapeEntities(run, false)).equals(text);
    }
  }

  /** One walk over a parsed page, collecting its cells. */
  private static final class Walk {
    private final ReaderLimits limits;
    private final Locator locator;
    private final java.util.function.Consumer<Irregularity> irregularities;
    private final List<Cell> cells = new ArrayList<>();

    Walk(ReaderLimits limits, Locator locator, java.util.function.Consumer<Irregularity> irregularities) {
      this.limits = limits;
      this.locator = locator;
      this.irregularities = irregularities;
    }

    private int[] position(Node n) {
      return locator.at(n);
    }

    TextSource.Cells cells(Document doc) throws FormReadException {
      StringBuilder buffer = new StringBuilder();
      int[] bufferAt = {0, 0};
      FormReadException[] failure = {null};
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("script") || tag.equals("style") || tag.equals("head") || tag.equals("noscript")
                || tag.equals("template")) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("table")) {
              flushBuffer(buffer, bufferAt);
              try {
                table(e, 1);
              } catch (FormReadException ex) {
                failure[0] = ex;
                return FilterResult.STOP;
              }
              return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br") || BLOCKS.contains(tag)) {
              flushBuffer(buffer, bufferAt);
            }
          } else if (node instanceof TextNode t) {
            String text = t.text();
            if (!Cell.isBlank(text)) {
              if (buffer.length() == 0) {
                int[] at = position(t);
                bufferAt[0] = at[0];
                bufferAt[1] = at[1];
              }
              buffer.append(text);
            }
          }
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
          if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            flushBuffer(buffer, bufferAt);
          }
          return FilterResult.CONTINUE;
        }
      }, doc.body());
      if (failure[0] != null) {
        throw failure[0];
      }
      flushBuffer(buffer, bufferAt);
      return new TextSource.Cells(cells, TextSource.Mode.CELLS, true);
    }

    private void flushBuffer(StringBuilder buffer, int[] at) {
      String text = buffer.toString().strip();
      if (!text.isEmpty()) {
        cells.add(new Cell(text, Math.max(1, at[0]), Math.max(1, at[1]), true));
      }
      buffer.setLength(0);
    }

    /** Emits the rows of a table, expanding spans into blank placeholder cells. */
    private void table(Element table, int depth) throws FormReadException {
      if (depth > limits.maxNestingDepth()) {
        int[] at = position(table);
        throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
            "tables are nested more than " + limits.maxNestingDepth() + " deep", at[0], at[1]);
      }
      List<Element> rows = new ArrayList<>();
      for (int i = 0; i < table.childNodeSize(); i++) {
        if (!(table.childNode(i) instanceof Element child)) {
          continue;
        }
        String tag = child.normalName();
        if (tag.equals("tr")) {
          rows.add(child);
        } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
          for (int k = 0; k < child.childNodeSize(); k++) {
            if (child.childNode(k) instanceof Element tr && tr.normalName().equals("tr")) {
              rows.add(tr);
            }
          }
        } else if (tag.equals("caption")) {
          String text = text(child, depth);
          if (!text.isBlank()) {
            int[] at = position(child);
            cells.add(new Cell(text, at[0], at[1], true));
          }
        }
      }
      // the columns of each row that a rowspan above covers, null for none
      BitSet[] covered = new BitSet[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        Element tr = rows.get(r);
        if (isSeparatorRow(tr)) {
          covered[r] = null;
          continue;
        }
        BitSet cover = covered[r] == null ? NONE : covered[r];
        int col = 0;
        boolean first = true;
        int[] rowAt = null;
        for (int i = 0; i < tr.childNodeSize(); i++) {
          if (!(tr.childNode(i) instanceof Element td) || !isCell(td)) {
            continue;
          }
          while (cover.get(col)) {
            rowAt = rowAt == null ? position(tr) : rowAt;
            cells.add(new Cell("", rowAt[0], rowAt[1], first));
            first = false;
            col++;
          }
          int[] at = position(td);
          cells.add(new Cell(text(td, depth), at[0], at[1], first));
          first = false;
          int colspan = span(td.attr("colspan"));
          int rowspan = span(td.attr("rowspan"));
          for (int k = 1; k < colspan; k++) {
            cells.add(new Cell("", at[0], at[1], false));
          }
          for (int rr = r + 1; rr < Math.min(rows.size(), r + rowspan); rr++) {
            if (covered[rr] == null) {
              covered[rr] = new BitSet();
            }
            covered[rr].set(col, col + colspan);
          }
          col += colspan;
          if (cells.size() > limits.maxCells()) {
            throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
                "the page holds more than " + limits.maxCells() + " cells", at[0], at[1]);
          }
        }
        int maxCovered = cover.length() - 1;
        while (col <= maxCovered) {
          if (cover.get(col)) {
            rowAt = rowAt == null ? position(tr) : rowAt;
            cells.add(new Cell("", rowAt[0], rowAt[1], first));
            first = false;
          }
          col++;
        }
        covered[r] = null;
      }
    }

    /** The text of a cell: paragraphs and line breaks become line breaks, runs of white space one space. */
    private String text(Element cell, int depth) throws FormReadException {
      if (cell.childNodeSize() == 0) {
        return "";
      }
      if (cell.childNodeSize() == 1 && cell.childNode(0) instanceof TextNode only && !(only instanceof CDataNode)
          && !cell.normalName().equals("br")) {
        // one text node: its text has no line break, so it is one line, collapsed
        return collapseSpaces(textOf(only));
      }
      StringBuilder sb = new StringBuilder();
      List<Element> nested = new ArrayList<>();
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int d) {
          if (node instanceof TextNode t) {
            appendText(sb, t);
          } else if (node instanceof Element e) {
            if (e != cell && e.normalName().equals("table")) {
              nested.add(e);
              sb.append(' ').append(e.text()).append(' ');
              return FilterResult.SKIP_ENTIRELY;
            }
            if (e.normalName().equals("br") || (e != cell && BLOCKS.contains(e.normalName()))) {
              newline(sb);
            }
          }
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int d) {
          if (node instanceof Element e && e != cell && BLOCKS.contains(e.normalName())) {
            newline(sb);
          }
          return FilterResult.CONTINUE;
        }
      }, cell);
      for (Element e : nested) {
        int deepest = depth + 1 + deepestTableNesting(e);
        if (deepest > limits.maxNestingDepth()) {
          int[] at = position(e);
          throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
              "tables are nested more than " + limits.maxNestingDepth() + " deep", at[0], at[1]);
        }
      }
      StringBuilder out = new StringBuilder();
      for (String line : TextSource.lines(sb.toString())) {
        String l = collapseSpaces(line);
        if (!l.isEmpty()) {
          if (out.length() > 0) {
            out.append('\n');
          }
          out.append(l);
        }
      }
      return out.toString();
    }

    /**
     * A row of dashes after the form (a separator line carried into the table, as in the Tianhe 2021 page) is no
     * cell of the form: it is recorded as a {@link SourceIrregularity.Kind#STRAY_SEPARATOR_LINE} and skipped.
     */
    private boolean isSeparatorRow(Element tr) {
      if (!mayBeSeparatorRow(tr)) {
        return false;
      }
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < tr.childNodeSize(); i++) {
        if (tr.childNode(i) instanceof Element td && isCell(td)) {
          if (joined.length() > 0) {
            joined.append('\t');
          }
          joined.append(td.text());
        }
      }
      String line = joined.toString();
      if (line.isBlank() || !TextSource.isSeparatorLine(line)) {
        return false;
      }
      int[] at = position(tr);
      irregularities.accept(new Irregularity(SourceIrregularity.Kind.STRAY_SEPARATOR_LINE, "line " + at[0], line, at[0],
          at[1]));
      return true;
    }
  }

  private static final BitSet NONE = new BitSet();

  private static boolean isCell(Element e) {
    String tag = e.normalName();
    return tag.equals("td") || tag.equals("th");
  }

  /**
   * Appends the text of a text node as {@link TextNode#text()} gives it (white space runs as one space, invisible
   * characters dropped), without building it when the node's text is already in that form.
   */
  static void appendText(StringBuilder sb, TextNode t) {
    sb.append(textOf(t));
  }

  /** The text of a text node as {@link TextNode#text()} gives it, without building it when it is already so. */
  private static String textOf(TextNode t) {
    String whole = t.getWholeText();
    int n = whole.length();
    for (int i = 0; i < n; i++) {
      char c = whole.charAt(i);
      if (c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u200b' || c == '\u00ad'
          || (c == ' ' && i + 1 < n && whole.charAt(i + 1) == ' ')) {
        return t.text();
      }
    }
    return whole;
  }

  private static int span(String attr) {
    if (attr.isEmpty()) {
      return 1;
    }
    try {
      int v = Integer.parseInt(attr.strip());
      return Math.max(1, Math.min(MAX_SPAN, v));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Returns the line with every run of white space ({@code [\s\u00a0\u3000]+}) as one space, stripped. */
  static String collapseSpaces(String line) {
    StringBuilder sb = null;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (isCollapsible(c) && (c != ' ' || (i + 1 < n && isCollapsible(line.charAt(i + 1))))) {
        sb = new StringBuilder(n);
        sb.append(line, 0, i);
        boolean run = false;
        for (int k = i; k < n; k++) {
          char d = line.charAt(k);
          if (isCollapsible(d)) {
            if (!run) {
              sb.append(' ');
              run = true;
            }
          } else {
            sb.append(d);
            run = false;
          }
        }
        break;
      }
    }
    return (sb == null ? line : sb.toString()).strip();
  }

  private static boolean isCollapsible(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u3000';
  }

  /** How many tables deep the tables inside an element go (0 when there are none). */
  private static int deepestTableNesting(Element element) {
    int[] open = {0};
    int[] deepest = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int d) {
        if (node != element && node instanceof Element e && e.normalName().equals("table")) {
          open[0]++;
          deepest[0] = Math.max(deepest[0], open[0]);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int d) {
        if (node != element && node instanceof Element e && e.normalName().equals("table")) {
          open[0]--;
        }
        return FilterResult.CONTINUE;
      }
    }, element);
    return deepest[0];
  }

  /**
   * Returns false when a cell of the row holds a character that no separator line has: one that is neither white
   * space, nor invisible (which {@link Element#text()} drops), nor one of the separator characters. Such a row is no
   * separator row, and its cells' texts need not be built to tell.
   */
  private static boolean mayBeSeparatorRow(Element tr) {
    for (int i = 0; i < tr.childNodeSize(); i++) {
      if (tr.childNode(i) instanceof Element td && isCell(td) && hasNonSeparatorText(td)) {
        return false;
      }
    }
    return true;
  }

  /** True if a text node under the element (as {@link Element#text()} reads them) has a non-separator character. */
  private static boolean hasNonSeparatorText(Element e) {
    for (int k = 0; k < e.childNodeSize(); k++) {
      Node child = e.childNode(k);
      if (child instanceof TextNode t ? !onlySeparatorCharacters(t.getWholeText())
          : child instanceof Element c && hasNonSeparatorText(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlySeparatorCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT
          && c > ' ' && SEPARATOR_CHARACTERS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static final String SEPARATOR_CHARACTERS = "-—–=_~*·.|";

  private static void newline(StringBuilder sb) {
    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
  }
}

package io.github.jixiao.io;

import io.github.jixiao.core.SourceIrregularity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
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
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00a0\\u3000]+");

  private HtmlSource() {}

  static TextSource.Cells split(String html, ReadContext ctx) throws FormReadException {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(html, "", parser);
    List<Cell> cells = new ArrayList<>();
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
            flushBuffer(buffer, bufferAt, cells);
            try {
              table(e, cells, ctx, 1);
            } catch (FormReadException ex) {
              failure[0] = ex;
              return FilterResult.STOP;
            }
            return FilterResult.SKIP_ENTIRELY;
          }
          if (tag.equals("br") || BLOCKS.contains(tag)) {
            flushBuffer(buffer, bufferAt, cells);
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
          flushBuffer(buffer, bufferAt, cells);
        }
        return FilterResult.CONTINUE;
      }
    }, doc.body());
    if (failure[0] != null) {
      throw failure[0];
    }
    flushBuffer(buffer, bufferAt, cells);
    return new TextSource.Cells(cells, TextSource.Mode.CELLS, true);
  }

  private static void flushBuffer(StringBuilder buffer, int[] at, List<Cell> cells) {
    String text = buffer.toString().strip();
    if (!text.isEmpty()) {
      cells.add(new Cell(text, Math.max(1, at[0]), Math.max(1, at[1]), true));
    }
    buffer.setLength(0);
  }

  private static int[] position(Node n) {
    Range.Position p = n.sourceRange().start();
    return new int[] {Math.max(1, p.lineNumber()), Math.max(1, p.columnNumber())};
  }

  /** Emits the rows of a table, expanding spans into blank placeholder cells. */
  private static void table(Element table, List<Cell> cells, ReadContext ctx, int depth) throws FormReadException {
    if (depth > ctx.limits.maxNestingDepth()) {
      int[] at = position(table);
      throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
          "tables are nested more than " + ctx.limits.maxNestingDepth() + " deep", at[0], at[1]);
    }
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        rows.add(child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (Element tr : child.children()) {
          if (tr.normalName().equals("tr")) {
            rows.add(tr);
          }
        }
      } else if (tag.equals("caption")) {
        String text = text(child, ctx, depth);
        if (!text.isBlank()) {
          int[] at = position(child);
          cells.add(new Cell(text, at[0], at[1], true));
        }
      }
    }
    Map<Integer, Map<Integer, Integer>> covered = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      Element tr = rows.get(r);
      if (isSeparatorRow(tr, r, rows.size(), ctx)) {
        covered.remove(r);
        continue;
      }
      Map<Integer, Integer> cover = covered.getOrDefault(r, Map.of());
      int col = 0;
      boolean first = true;
      int[] rowAt = position(tr);
      for (Element td : tr.children()) {
        String tag = td.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
          continue;
        }
        while (cover.containsKey(col)) {
          cells.add(new Cell("", rowAt[0], rowAt[1], first));
          first = false;
          col++;
        }
        int[] at = position(td);
        cells.add(new Cell(text(td, ctx, depth), at[0], at[1], first));
        first = false;
        int colspan = span(td.attr("colspan"));
        int rowspan = span(td.attr("rowspan"));
        for (int k = 1; k < colspan; k++) {
          cells.add(new Cell("", at[0], at[1], false));
        }
        for (int rr = r + 1; rr < Math.min(rows.size(), r + rowspan); rr++) {
          Map<Integer, Integer> m = covered.computeIfAbsent(rr, x -> new HashMap<>());
          for (int k = 0; k < colspan; k++) {
            m.put(col + k, 1);
          }
        }
        col += colspan;
        if (cells.size() > ctx.limits.maxCells()) {
          throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
              "the page holds more than " + ctx.limits.maxCells() + " cells", at[0], at[1]);
        }
      }
      int maxCovered = cover.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
      while (col <= maxCovered) {
        if (cover.containsKey(col)) {
          cells.add(new Cell("", rowAt[0], rowAt[1], first));
          first = false;
        }
        col++;
      }
      covered.remove(r);
    }
  }

  private static int span(String attr) {
    try {
      int v = Integer.parseInt(attr.strip());
      return Math.max(1, Math.min(MAX_SPAN, v));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The text of a cell: paragraphs and line breaks become line breaks, runs of white space one space. */
  private static String text(Element cell, ReadContext ctx, int depth) throws FormReadException {
    StringBuilder sb = new StringBuilder();
    List<Element> nested = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int d) {
        if (node instanceof TextNode t) {
          sb.append(t.text());
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
      if (deepest > ctx.limits.maxNestingDepth()) {
        int[] at = position(e);
        throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
            "tables are nested more than " + ctx.limits.maxNestingDepth() + " deep", at[0], at[1]);
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : TextSource.lines(sb.toString())) {
      String l = SPACES.matcher(line).replaceAll(" ").strip();
      if (!l.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(l);
      }
    }
    return out.toString();
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

  private static void newline(StringBuilder sb) {
    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
  }

  /**
   * A row of dashes after the form (a separator line carried into the table, as in the Tianhe 2021 page) is no
   * cell of the form: it is recorded as a {@link SourceIrregularity.Kind#STRAY_SEPARATOR_LINE} and skipped.
   */
  private static boolean isSeparatorRow(Element tr, int index, int rowCount, ReadContext ctx) {
    StringBuilder joined = new StringBuilder();
    for (Element td : tr.children()) {
      if (td.normalName().equals("td") || td.normalName().equals("th")) {
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
    ctx.irregular(SourceIrregularity.Kind.STRAY_SEPARATOR_LINE, "line " + at[0], line, at[0], at[1]);
    return true;
  }
}

package io.github.jixiao.io;

import io.github.jixiao.core.SourceIrregularity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits published text into cells, whatever the extraction left of the table: tab-separated lines, {@code |}-separated
 * lines, one cell per line or per paragraph, whitespace-flattened lines with no separators, and run-on OCR text with
 * not even spaces, in which labels are found by scanning.
 */
final class TextSource {
  /** How the cells of the source were separated; decides how much the reader can trust cell boundaries. */
  enum Mode {
    /** Cells keep their boundaries and blank cells (tabs, pipes, lines, paragraphs, HTML). */
    CELLS,
    /** Whitespace-flattened or run-on text: blank cells are lost and boundaries are guessed. */
    FLAT
  }

  /** The cells of a source and what is known about their structure. */
  record Cells(List<Cell> cells, Mode mode, boolean rowsMeaningful) {}

  private static final Pattern PAGE_MARKER = Pattern.compile("^\\s*(\\d{1,3})、");
  private static final int LONG_LINE = 150;

  private TextSource() {}

  static Cells split(String text, ReadContext ctx) throws FormReadException {
    List<String> lines = lines(text);
    int tabLines = 0;
    int pipeLines = 0;
    int nonEmpty = 0;
    int followedByEmpty = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        continue;
      }
      nonEmpty++;
      if (l.indexOf('\t') >= 0) {
        tabLines++;
      } else if (isPipeLine(l)) {
        pipeLines++;
      }
      if (i + 1 < lines.size() && lines.get(i + 1).isEmpty()) {
        followedByEmpty++;
      }
    }
    boolean paragraphs = tabLines == 0 && pipeLines == 0 && nonEmpty >= 10 && followedByEmpty * 10 >= nonEmpty * 6;
    List<Cell> cells = new ArrayList<>();
    boolean flat = false;
    int multiCellRows = 0;
    int rows = 0;
    Run run = null;
    int i = 0;
    while (i < lines.size()) {
      String l = lines.get(i);
      int lineNo = i + 1;
      if (cells.size() > ctx.limits.maxCells()) {
        throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
            "the text holds more than " + ctx.limits.maxCells() + " cells", lineNo, 1);
      }
      if (isSeparatorLine(l)) {
        ctx.irregular(SourceIrregularity.Kind.STRAY_SEPARATOR_LINE, "line " + lineNo, l, lineNo, 1);
        run = flush(run, cells, ctx);
        i++;
        continue;
      }
      if (paragraphs) {
        if (l.isEmpty()) {
          i++;
          continue;
        }
        StringBuilder para = new StringBuilder(l);
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).isEmpty() && !Cell.isBlank(lines.get(j)) && !Cell.isBlank(l)) {
          para.append('\n').append(lines.get(j));
          j++;
        }
        cells.add(new Cell(para.toString(), lineNo, 1, true));
        rows++;
        i = j;
        continue;
      }
      if (l.indexOf('\t') >= 0) {
        run = flush(run, cells, ctx);
        rows++;
        multiCellRows += splitOn(l, '\t', lineNo, cells, false);
      } else if (isPipeLine(l)) {
        run = flush(run, cells, ctx);
        rows++;
        multiCellRows += splitOn(l, '|', lineNo, cells, true);
      } else if (isRunOn(l, ctx)) {
        flat = true;
        Matcher marker = PAGE_MARKER.matcher(l);
        int start = 0;
        if (marker.find()) {
          ctx.unmapped(marker.group().strip(), lineNo, 1, "page marker");
          start = marker.end();
        }
        if (run == null) {
          run = new Run();
        }
        run.add(l.substring(start), lineNo, start + 1);
      } else if (l.length() >= LONG_LINE && isFlattened(l, ctx)) {
        run = flush(run, cells, ctx);
        flat = true;
        rows++;
        splitFlat(l, lineNo, cells, ctx);
      } else {
        if (run != null && !l.isEmpty() && PAGE_MARKER.matcher(l).find() && !l.contains(" ")) {
          Matcher marker = PAGE_MARKER.matcher(l);
          marker.find();
          ctx.unmapped(marker.group().strip(), lineNo, 1, "page marker");
          run.add(l.substring(marker.end()), lineNo, marker.end() + 1);
          i++;
          continue;
        }
        run = flush(run, cells, ctx);
        if (!l.isEmpty()) {
          cells.add(new Cell(l, lineNo, 1, true));
          rows++;
        }
      }
      i++;
    }
    flush(run, cells, ctx);
    boolean rowsMeaningful = rows > 0 && multiCellRows * 2 >= rows;
    return new Cells(cells, flat ? Mode.FLAT : Mode.CELLS, rowsMeaningful);
  }

  /** Splits text into lines at \n, \r\n and \r, without the terminators. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** True when a line holds nothing but separator characters, three or more dashes among them. */
  static boolean isSeparatorLine(String l) {
    // the line matches ^[\s\-—–=_~*·.|]*$, with three dashes or more
    int dashes = 0;
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if ("-—–=_~*".indexOf(c) >= 0) {
        dashes++;
      } else if (c != ' ' && c != '\t' && c != '\n' && c != 0x0b && c != '\f' && c != '\r' && c != '·' && c != '.'
          && c != '|') {
        return false;
      }
    }
    return dashes >= 3;
  }

  private static boolean isPipeLine(String l) {
    String s = l.strip();
    return s.indexOf('|') >= 0 && (s.endsWith("|") || s.startsWith("|") || s.contains(" | "));
  }

  /** Adds the cells of one separated line; returns 1 if the line held more than one cell. */
  private static int splitOn(String l, char sep, int lineNo, List<Cell> cells, boolean dropTrailing) {
    int count = 1;
    int lastStart = 0;
    for (int i = 0; i < l.length(); i++) {
      if (l.charAt(i) == sep) {
        count++;
        lastStart = i + 1;
      }
    }
    if (dropTrailing && count > 1 && Cell.isBlank(l.substring(lastStart))) {
      count--;
    }
    boolean first = true;
    int nonBlank = 0;
    int start = 0;
    for (int k = 0; k < count; k++) {
      int end = l.indexOf(sep, start);
      if (end < 0) {
        end = l.length();
      }
      String raw = l.substring(start, end);
      Cell cell;
      if (sep == '|') {
        int lead = 0;
        while (lead < raw.length() && raw.charAt(lead) == ' ') {
          lead++;
        }
        cell = new Cell(raw.strip(), lineNo, start + 1 + lead, first);
        if (!Cell.isBlank(raw)) {
          nonBlank++;
        }
      } else {
        cell = new Cell(raw, lineNo, start + 1, first);
        if (!cell.blank) {
          nonBlank++;
        }
      }
      cells.add(cell);
      first = false;
      start = end + 1;
    }
    return count > 1 && nonBlank > 0 ? 1 : 0;
  }

  private static boolean isFlattened(String l, ReadContext ctx) {
    int tokens = 0;
    int labels = 0;
    int i = 0;
    while (i < l.length()) {
      while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < l.length() && !Character.isWhitespace(l.charAt(i))) {
        i++;
      }
      if (i > s) {
        tokens++;
        if (i - s <= 30 && ctx.labels.isLabelOrCategory(l.substring(s, i))) {
          labels++;
        }
      }
    }
    return tokens >= 15 && labels >= 3;
  }

  private static boolean isRunOn(String l, ReadContext ctx) {
    if (l.length() < LONG_LINE) {
      return false;
    }
    int spaces = 0;
    for (int i = 0; i < l.length(); i++) {
      if (Character.isWhitespace(l.charAt(i))) {
        spaces++;
      }
    }
    if (spaces * 40 > l.length()) {
      return false;
    }
    Normalized n = Normalized.of(l);
    int hits = 0;
    LabelTable.Trie trie = ctx.labels.trie();
    for (int p = 0; p < n.text.length() && hits < 2; p++) {
      int end = trie.longest(n.text, p);
      if (end > 0) {
        hits++;
        p = end - 1;
      }
    }
    return hits >= 2;
  }

  /** Whitespace tokens, with a label and its parenthesised suffix or split fragments joined again. */
  private static void splitFlat(String l, int lineNo, List<Cell> cells, ReadContext ctx) {
    List<int[]> tokens = new ArrayList<>();
    int i = 0;
    while (i < l.length()) {
      while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < l.length() && !Character.isWhitespace(l.charAt(i))) {
        i++;
      }
      if (i > s) {
        tokens.add(new int[] {s, i});
      }
    }
    boolean first = true;
    for (int t = 0; t < tokens.size(); t++) {
      int[] tok = tokens.get(t);
      int end = tok[1];
      String text = l.substring(tok[0], end);
      if (t + 1 < tokens.size()) {
        int[] next = tokens.get(t + 1);
        String nextText = l.substring(next[0], next[1]);
        boolean suffix = nextText.matches("^[(（][^()（）]{1,12}[)）]$") && ctx.labels.match(text) != null;
        if (suffix) {
          text = l.substring(tok[0], next[1]);
          t++;
        }
      }
      cells.add(new Cell(text, lineNo, tok[0] + 1, first));
      first = false;
    }
  }

  //-----------------------------------------------------------------------
  /** Consecutive run-on lines joined into one text, with the position of each piece. */
  private static final class Run {
    final StringBuilder text = new StringBuilder();
    final List<int[]> pieces = new ArrayList<>();

    void add(String s, int line, int column) {
      pieces.add(new int[] {text.length(), line, column});
      text.append(s);
    }
  }

  /** Splits a run at the labels found in it; after an indicator-table title the rest is one cell. */
  private static @org.jspecify.annotations.Nullable Run flush(@org.jspecify.annotations.Nullable Run run,
      List<Cell> cells, ReadContext ctx) {
    if (run == null) {
      return null;
    }
    String s = run.text.toString();
    Normalized n = Normalized.of(s);
    LabelTable.Trie trie = ctx.labels.trie();
    int segmentStart = 0;
    boolean first = true;
    int p = 0;
    while (p < n.text.length()) {
      int end = trie.longest(n.text, p);
      if (end < 0) {
        p++;
        continue;
      }
      int rawStart = n.source[p];
      int rawEnd = end < n.text.length() ? n.source[end] : s.length();
      if (rawStart > segmentStart) {
        cells.add(piece(run, s, segmentStart, rawStart, first, false));
        first = false;
      }
      Cell label = piece(run, s, rawStart, rawEnd, first, false);
      cells.add(label);
      first = false;
      segmentStart = rawEnd;
      LabelTable.Match m = ctx.labels.match(label.text);
      if (m != null && m.field() == FormField.INDICATOR_TABLE_TITLE) {
        if (segmentStart < s.length()) {
          cells.add(piece(run, s, segmentStart, s.length(), false, true));
        }
        return null;
      }
      p = end;
    }
    if (segmentStart < s.length()) {
      cells.add(piece(run, s, segmentStart, s.length(), first, false));
    }
    return null;
  }

  private static Cell piece(Run run, String s, int from, int to, boolean rowStart, boolean tail) {
    List<int[]> pieces = run.pieces;
    int lo = 0;
    int hi = pieces.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (pieces.get(mid)[0] <= from) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    List<int[]> inside = new ArrayList<>();
    for (int k = lo; k < pieces.size() && pieces.get(k)[0] < to; k++) {
      int[] piece = pieces.get(k);
      int offset = Math.max(piece[0], from);
      inside.add(new int[] {offset - from, piece[1], piece[2] + (offset - piece[0])});
    }
    int[] offsets = new int[inside.size()];
    int[] lines = new int[inside.size()];
    int[] cols = new int[inside.size()];
    for (int k = 0; k < inside.size(); k++) {
      offsets[k] = inside.get(k)[0];
      lines[k] = inside.get(k)[1];
      cols[k] = inside.get(k)[2];
    }
    int line = lines.length > 0 ? lines[0] : 1;
    int col = cols.length > 0 ? cols[0] : 1;
    return new Cell(s.substring(from, to), line, col, rowStart, offsets, lines, cols, tail);
  }

  /** Text brought to label form character by character, with the source index of every character. */
  static final class Normalized {
    final String text;
    final int[] source;

    private Normalized(String text, int[] source) {
      this.text = text;
      this.source = source;
    }

    static Normalized of(String s) {
      StringBuilder sb = new StringBuilder(s.length());
      int[] src = new int[s.length() * 2 + 4];
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          continue;
        }
        String folded = Texts.foldCharacter(c);
        for (int k = 0; k < folded.length(); k++) {
          if (n >= src.length) {
            int[] grown = new int[src.length * 2];
            System.arraycopy(src, 0, grown, 0, n);
            src = grown;
          }
          sb.append(LabelKey.simplified(folded.charAt(k)));
          src[n++] = i;
        }
      }
      int[] exact = new int[n];
      System.arraycopy(src, 0, exact, 0, n);
      return new Normalized(sb.toString(), exact);
    }
  }
}

package io.github.jixiao.io;

import org.jspecify.annotations.Nullable;

/**
 * One cell of a published form as extracted: its text exactly as printed, where it starts (1-based line and column),
 * whether it starts a row of the source (a line of tab- or {@code |}-separated cells, an HTML {@code <tr>}), and what
 * label it is, if any.
 */
final class Cell {
  final String text;
  final int line;
  final int column;
  final boolean rowStart;
  final boolean blank;
  /** For a cell joined from several pieces (run-on OCR lines): offsets into {@link #text} and where each piece began. */
  private final int @Nullable [] pieceOffsets;
  private final int @Nullable [] pieceLines;
  private final int @Nullable [] pieceColumns;
  /** Set when the cell is the tail of a run after an indicator-table title: read by the indicator-table reader. */
  final boolean runTail;
  LabelTable.@Nullable Match match;
  boolean category;
  /** The label key of the text, computed once; null until asked for. */
  private @Nullable String key;

  String key() {
    String k = key;
    if (k == null) {
      k = text.length() > 120 ? "" : LabelKey.of(text);
      key = k;
    }
    return k;
  }

  /** The position of the cell in the final cell list of a read. */
  int index;

  Cell(String text, int line, int column, boolean rowStart) {
    this(text, line, column, rowStart, null, null, null, false);
  }

  Cell(String text, int line, int column, boolean rowStart, int @Nullable [] pieceOffsets,
      int @Nullable [] pieceLines, int @Nullable [] pieceColumns, boolean runTail) {
    this.text = text;
    this.line = line;
    this.column = column;
    this.rowStart = rowStart;
    this.blank = isBlank(text);
    this.pieceOffsets = pieceOffsets;
    this.pieceLines = pieceLines;
    this.pieceColumns = pieceColumns;
    this.runTail = runTail;
  }

  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the {line, column} of an offset into the text. */
  int[] positionOf(int offset) {
    if (pieceOffsets == null || pieceLines == null || pieceColumns == null) {
      int line = this.line;
      int col = this.column;
      for (int i = 0; i < offset && i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
      return new int[] {line, col};
    }
    int k = 0;
    for (int i = 0; i < pieceOffsets.length; i++) {
      if (pieceOffsets[i] <= offset) {
        k = i;
      }
    }
    return new int[] {pieceLines[k], pieceColumns[k] + (offset - pieceOffsets[k])};
  }

  @Override
  public String toString() {
    return "[" + line + ":" + column + (rowStart ? "|" : "") + "] " + text;
  }
}

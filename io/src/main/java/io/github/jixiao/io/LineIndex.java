package io.github.jixiao.io;

import java.util.Arrays;

/** Where the lines of a text start, to turn an index into a line and column (both from 1, lines ending at '\n'). */
final class LineIndex {
  /** The index after every line feed, in order. */
  private final int[] lineStarts;
  private final int count;

  private LineIndex(int[] lineStarts, int count) {
    this.lineStarts = lineStarts;
    this.count = count;
  }

  static LineIndex of(String text) {
    int[] starts = new int[16];
    int n = 0;
    for (int k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = k + 1;
    }
    return new LineIndex(starts, n);
  }

  /** The {line, column} of an index: 1 plus the line feeds before it, 1 plus the characters since the last one. */
  int[] lineColumn(int index) {
    int k = Arrays.binarySearch(lineStarts, 0, count, index);
    int before = k >= 0 ? k + 1 : -k - 1;
    int lineStart = before == 0 ? 0 : lineStarts[before - 1];
    return new int[] {before + 1, index - lineStart + 1};
  }
}

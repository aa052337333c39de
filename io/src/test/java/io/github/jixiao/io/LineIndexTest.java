package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineIndexTest {
  @Test
  void lineAndColumn_countFromOne_andRestartAfterEachLineFeed() {
    LineIndex lines = LineIndex.of("ab\ncd\r\n\nx");
    assertThat(lines.lineColumn(0)).containsExactly(1, 1);
    assertThat(lines.lineColumn(2)).containsExactly(1, 3);
    assertThat(lines.lineColumn(3)).containsExactly(2, 1);
    assertThat(lines.lineColumn(5)).containsExactly(2, 3);
    assertThat(lines.lineColumn(7)).containsExactly(3, 1);
    assertThat(lines.lineColumn(8)).containsExactly(4, 1);
    assertThat(lines.lineColumn(9)).containsExactly(4, 2);
  }

  @Test
  void textWithoutLineFeeds_isOneLine() {
    assertThat(LineIndex.of("").lineColumn(0)).containsExactly(1, 1);
    assertThat(LineIndex.of("部门名称").lineColumn(3)).containsExactly(1, 4);
  }

  /** The index agrees with counting line feeds character by character, on random texts with many lines. */
  @Test
  void property_sameAsCountingLineFeeds() {
    long seed = Long.getLong("jixiao.seed", 20211231L);
    for (int n = 0; n < 2_000; n++) {
      SplittableRandom r = new SplittableRandom(seed + n);
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(200); i > 0; i--) {
        sb.append("a\n\r表".charAt(r.nextInt(4)));
      }
      String text = sb.toString();
      LineIndex lines = LineIndex.of(text);
      int line = 1;
      int column = 1;
      for (int i = 0; i <= text.length(); i++) {
        assertThat(lines.lineColumn(i)).as("seed %d, index %d", seed + n, i).containsExactly(line, column);
        if (i < text.length() && text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
    }
  }
}

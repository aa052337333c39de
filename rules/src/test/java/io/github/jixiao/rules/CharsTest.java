package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testing.ForAll;
import org.junit.jupiter.api.Test;

class CharsTest {
  @Test
  void isWhitespace_isTheJdks() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Chars.isWhitespace(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c));
    }
  }

  @Test
  void isLetter_isTheJdks() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Chars.isLetter(c)).as("U+%04X", (int) c).isEqualTo(Character.isLetter(c));
    }
  }

  private static final String[] PALETTE = {" ", "  ", "\t", "\n", "\r", "\u000b", "\f", "\u001c", "\u0085", "\u00a0",
      "\u1680", "\u2003", "\u2007", "\u2028", "\u3000", "a", "甲", "，", "。", "“", "”", "𠀀", "\ud840", "-"};

  @Test
  void property_isBlankAndStrip_areStringsOwn() {
    ForAll.forAll(r -> {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(8); i > 0; i--) {
        sb.append(r.nextInt(6) == 0 ? String.valueOf((char) r.nextInt(0x10000)) : PALETTE[r.nextInt(PALETTE.length)]);
      }
      return sb.toString();
    }).named("Chars.isBlank = isBlank, Chars.strip = strip").cases(50_000).check(s -> {
      assertThat(Chars.isBlank(s)).isEqualTo(s.isBlank());
      assertThat(Chars.strip(s)).isEqualTo(s.strip());
    });
  }
}

package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextMatchTest {
  @Test
  void sameNormalized_ignoresSpacesWidthAndTrailingPunctuation() {
    assertThat(TextMatch.sameNormalized("强化担当，致力倡导公益慈善", "强化担当，致力倡导公益慈善。")).isTrue();
    assertThat(TextMatch.sameNormalized("推进 ABC", "推进ＡＢＣ；")).isTrue();
    assertThat(TextMatch.sameNormalized("推进ABC", "推进ABD")).isFalse();
    assertThat(TextMatch.normalizedKey("推进 ABC。")).isEqualTo(TextMatch.normalizedKey("推进ＡＢＣ"));
  }

  @Test
  void isSpace_aboveAscii_isTheJdksWhiteSpaceOrTheNoBreakSpace() {
    for (char c = '\u0080'; c < Character.MAX_VALUE; c++) {
      assertThat(TextMatch.isSpace(c)).as("U+%04X", (int) c).isEqualTo(c == '\u00A0' || Character.isWhitespace(c));
    }
    assertThat(TextMatch.isSpace(Character.MAX_VALUE)).isFalse();
  }

  @Test
  void dice_knownValues() {
    String a = "加强党建引领";
    assertThat(TextMatch.dice(a, 0, a.length(), a, 0, a.length())).isEqualTo(1.0);
    String b = "加强党建";
    assertThat(TextMatch.dice(a, 0, a.length(), b, 0, b.length())).isEqualTo((3.0 + 3.0) / (5 + 3));
    String c = "统筹兼顾";
    assertThat(TextMatch.dice(a, 0, a.length(), c, 0, c.length())).isZero();
  }

  /** The hashed dice equals the direct search on random texts, short and long, over many generations. */
  @Test
  void property_hashedDiceEqualsDirectSearch() {
    long seed = Long.getLong("jixiao.seed", 20211231L);
    String alphabet = "党建工作商会企业服务提质升级管理出新出彩ＡＢab，。 ";
    for (int i = 0; i < 10_000; i++) {
      SplittableRandom r = new SplittableRandom(seed + i);
      String a = random(r, alphabet, 1 + r.nextInt(120));
      String b = random(r, alphabet, 1 + r.nextInt(120));
      double hashed = TextMatch.dice(a, 0, a.length(), b, 0, b.length());
      double direct = directDice(a, b);
      assertThat(hashed).as("seed %d: %s | %s", seed + i, a, b).isEqualTo(direct);
    }
  }

  /**
   * The one-pass key carries the hash of {@link PairwiseMatch#normalizedHash} and whether the normalised text is
   * empty.
   */
  @Test
  void property_normalizedKeyAgreesWithHashAndLength() {
    long seed = Long.getLong("jixiao.seed", 20211231L);
    String alphabet = "党建ＡＢab，。；. \u3000\t";
    int empty = 0;
    for (int i = 0; i < 10_000; i++) {
      SplittableRandom r = new SplittableRandom(seed + i);
      String s = random(r, alphabet, r.nextInt(12));
      long key = TextMatch.normalizedKey(s);
      assertThat((int) key).as("seed %d: %s", seed + i, s).isEqualTo(PairwiseMatch.normalizedHash(s));
      assertThat((key >>> 32) != 0).as("seed %d: %s", seed + i, s).isEqualTo(PairwiseMatch.normalizedLength(s) > 0);
      empty += (key >>> 32) == 0 ? 1 : 0;
    }
    assertThat(empty).as("empty texts generated").isBetween(100, 9_900);
  }

  /** The ends key is a prefilter: equal for texts that are the same once normalised, and 0 exactly when empty. */
  @Test
  void property_endsKeyEqualForSameNormalizedTexts_zeroWhenEmpty() {
    long seed = Long.getLong("jixiao.seed", 20211231L);
    String alphabet = "党建ＡＢab，。；. \u3000\t";
    int same = 0;
    for (int i = 0; i < 10_000; i++) {
      SplittableRandom r = new SplittableRandom(seed + i);
      String a = random(r, alphabet, r.nextInt(8));
      String b = r.nextBoolean() ? random(r, alphabet, r.nextInt(8)) : respaced(r, a);
      assertThat(TextMatch.endsKey(a) == 0).as("seed %d: %s", seed + i, a)
          .isEqualTo(PairwiseMatch.normalizedLength(a) == 0);
      if (TextMatch.sameNormalized(a, b)) {
        same++;
        assertThat(TextMatch.endsKey(a)).as("seed %d: %s | %s", seed + i, a, b).isEqualTo(TextMatch.endsKey(b));
      }
    }
    assertThat(same).as("pairs the same once normalised").isBetween(1_000, 9_000);
  }

  /** The text with white space inserted, letters switched between half and full width, and a 。 maybe appended. */
  static String respaced(SplittableRandom r, String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (r.nextInt(4) == 0) {
        sb.append(r.nextBoolean() ? ' ' : '\u3000');
      }
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z' && r.nextBoolean()) {
        c = (char) (c + 0xFEE0);
      }
      sb.append(c);
    }
    return r.nextBoolean() ? sb.append('。').toString() : sb.toString();
  }

  /** sharesPassage against its definition: some run of {@code length} characters of one is a run of the other. */
  @Test
  void property_sharesPassageAgreesWithBruteForce() {
    long seed = Long.getLong("jixiao.seed", 20211231L);
    int shared = 0;
    for (int c = 0; c < 10_000; c++) {
      SplittableRandom r = new SplittableRandom(seed + c);
      String alphabet = r.nextBoolean() ? "党建ab，" : "党建工作商会企业服务提质升级";
      String a = random(r, alphabet, r.nextInt(60));
      String b = r.nextBoolean() || a.isEmpty() ? random(r, alphabet, r.nextInt(60))
          : random(r, alphabet, r.nextInt(20)) + a.substring(r.nextInt(a.length())) + random(r, alphabet, r.nextInt(20));
      int length = 2 + r.nextInt(14);
      boolean expected = false;
      for (int i = 0; i + length <= a.length() && !expected; i++) {
        expected = b.contains(a.substring(i, i + length));
      }
      assertThat(TextMatch.sharesPassage(a, b, length)).as("seed %d: %s | %s | %d", seed + c, a, b, length)
          .isEqualTo(expected);
      shared += expected ? 1 : 0;
    }
    assertThat(shared).as("pairs sharing a passage").isBetween(1_000, 9_000);
  }

  static String random(SplittableRandom r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static double directDice(String a, String b) {
    int na = Math.max(0, a.length() - 1);
    int nb = Math.max(0, b.length() - 1);
    if (na == 0 || nb == 0) {
      return 0;
    }
    int ma = 0;
    for (int i = 0; i < na; i++) {
      if (hasBigram(b, TextMatch.fold(a.charAt(i)), TextMatch.fold(a.charAt(i + 1)))) {
        ma++;
      }
    }
    int mb = 0;
    for (int j = 0; j < nb; j++) {
      if (hasBigram(a, TextMatch.fold(b.charAt(j)), TextMatch.fold(b.charAt(j + 1)))) {
        mb++;
      }
    }
    return (double) (ma + mb) / (na + nb);
  }

  static boolean hasBigram(String s, char c1, char c2) {
    for (int i = 0; i + 1 < s.length(); i++) {
      if (TextMatch.fold(s.charAt(i)) == c1 && TextMatch.fold(s.charAt(i + 1)) == c2) {
        return true;
      }
    }
    return false;
  }

  @Test
  void sharesPassage_findsAnyCommonRunOfTheLength() {
    String p = "天河区工商联全面贯彻落实习近平新时代中国特色社会主义思想，认真学习领会";
    assertThat(TextMatch.sharesPassage("前言" + p + "后记", "另一段" + p, 30)).isTrue();
    assertThat(TextMatch.sharesPassage("前言" + p.substring(0, 20), "另一段" + p, 30)).isFalse();
  }
}

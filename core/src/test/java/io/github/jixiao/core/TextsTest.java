package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

  //----- stripMarkup -----
  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "<p>重点项目绩效情况</p>|' 重点项目绩效情况 '",
      "a<br/>b|a b",
      "a<br />b|a b",
      "<span class=\"x\">95%</span>|' 95% '",
      "<P>95%</P>|' 95% '",
      "&nbsp;95%|' 95%'",
      "&lt;p&gt;|<p>",
      "&amp;lt;|&lt;",
      "a < b > c|a < b > c",
      "<p|<p",
      "≥50个|≥50个",
  })
  void stripMarkup_removesTagsAndDecodesTheCommonEntities(String text, String stripped) {
    assertThat(Texts.stripMarkup(text)).isEqualTo(stripped);
  }

  //----- normalize -----
  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "１２３|123",
      "９５．５％|95.5%",
      "＞＜＝﹦|><==",
      "≧≦⩾⩽|≥≤≥≤",
      "−5|-5",
      "'  a \t\n b\u3000c  '|a b c",
      "<p>≥ 50 个</p>|≥ 50 个",
      "（个），；：|(个),;:",
      "“五好”、。|“五好”、。",
  })
  void normalize_foldsCompatibilityFormsAndWhiteSpace(String text, String normalized) {
    assertThat(Texts.normalize(text)).isEqualTo(normalized);
  }

  @Test
  void normalize_ofBlankOrMarkupOnly_isEmpty() {
    assertThat(Texts.normalize("")).isEmpty();
    assertThat(Texts.normalize(" \t\u3000")).isEmpty();
    assertThat(Texts.normalize("<p></p>&nbsp;")).isEmpty();
  }

  //----- isHan -----
  @Test
  void isHan_forChineseCharactersOnly() {
    assertThat(Texts.isHan('中')).isTrue();
    assertThat(Texts.isHan('〇')).isTrue();
    assertThat(Texts.isHan("𠀀".codePointAt(0))).isTrue();
    assertThat(Texts.isHan('a')).isFalse();
    assertThat(Texts.isHan('5')).isFalse();
    assertThat(Texts.isHan('，')).isFalse();
    assertThat(Texts.isHan('“')).isFalse();
  }

  //----- fast paths against their definitions -----
  private static final String[] PALETTE = {"部门", "（", "）", "：", "ＡＢ", "１２", "　", " ", "  ", "\t", "\n", "…", "、", "“",
      "—", "a", "1", "(", ":", "①", "㎞", "e", "\u0301", "ｶ", "\uff9e", "≧", "≦", "⩾", "⩽", "−", "<p>", "</p>", "<br/>",
      "&nbsp;", "&amp;", "<", ">", "&", "%", "％", "﹦", "\u00a0", "\u2003", "≥", "≤", "×", "°", "〔", "\u0338"};

  private static String randomText(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(10);
    for (int i = 0; i < n; i++) {
      sb.append(r.nextInt(10) == 0 ? String.valueOf((char) r.nextInt(0x10000)) : PALETTE[r.nextInt(PALETTE.length)]);
    }
    return sb.toString();
  }

  @Test
  void isNfkcStable_charactersAreLeftAloneByNfkc() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Texts.isNfkcStable(c)) {
        assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC)).as("U+%04X", (int) c).isTrue();
      }
    }
  }

  @Test
  void isNfkcStable_charactersNeverCombineWithTheCharacterBefore_exhaustively() {
    // the ranges' members behave alike; every listed sign and the range ends are checked after every BMP character
    String checked = "\u3001\u3011‘’“”—〔〕≥≤±×÷°‰·←→✓\u4e00\u9fff";
    for (char c : checked.toCharArray()) {
      assertThat(Texts.isNfkcStable(c)).as("U+%04X", (int) c).isTrue();
      for (char before = 0; before < Character.MAX_VALUE; before++) {
        if (Character.isSurrogate(before)) {
          continue;
        }
        String pair = String.valueOf(new char[] {before, c});
        assertThat(Normalizer.normalize(pair, Normalizer.Form.NFKC))
            .as("U+%04X U+%04X", (int) before, (int) c)
            .isEqualTo(Normalizer.normalize(String.valueOf(before), Normalizer.Form.NFKC) + c);
      }
    }
  }

  @Test
  void property_nfkc_isTheNormalizersNfkc() {
    Property.forAll("nfkc = Normalizer NFKC", 71L, 20_000, TextsTest::randomText,
        s -> assertThat(Texts.nfkc(s)).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC)));
  }

  @Test
  void property_normalize_isItsDocumentedSteps() {
    Pattern tag = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>]{0,200})?/?>");
    Property.forAll("normalize = markup, NFKC, operators, white space", 72L, 20_000, TextsTest::randomText, s -> {
      String expected = tag.matcher(s).replaceAll(" ").replace("&nbsp;", " ").replace("&lt;", "<")
          .replace("&gt;", ">").replace("&amp;", "&");
      expected = Normalizer.normalize(expected, Normalizer.Form.NFKC).replace('≧', '≥').replace('≦', '≤')
          .replace('⩾', '≥').replace('⩽', '≤').replace('−', '-').replaceAll("\\s+", " ").strip();
      assertThat(Texts.normalize(s)).isEqualTo(expected);
    });
  }

  @Test
  void property_replaceTags_isTheMatchersReplaceAll() {
    Pattern tag = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>]{0,200})?/?>");
    Property.forAll("replaceTags = replaceAll", 73L, 20_000, TextsTest::randomText,
        s -> assertThat(Texts.replaceTags(s, " ")).isEqualTo(tag.matcher(s).replaceAll(" ")));
  }

  private static final String[] SPACE_PALETTE = {" ", "  ", "\t", "\n", "\r", "\f", "\u000b", "\u00a0", "\u3000",
      "\u2003", "\u001c", "\u0085", "\u1680", "\u2028", "a", "甲", "𠀀", "-"};

  @Test
  void property_collapseSpaces_isTheMatchersReplaceAll() {
    Pattern spaces = Pattern.compile("\\s+");
    Property.forAll("collapseSpaces = replaceAll(\\s+, ' ')", 74L, 20_000, r -> {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.append(r.nextInt(8) == 0 ? String.valueOf((char) r.nextInt(0x10000))
            : SPACE_PALETTE[r.nextInt(SPACE_PALETTE.length)]);
      }
      return sb.toString();
    }, s -> assertThat(Texts.collapseSpaces(s)).isEqualTo(spaces.matcher(s).replaceAll(" ")));
  }

  @Test
  void isWhitespace_isTheJdks() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Texts.isWhitespace(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c));
    }
  }

  @Test
  void property_strip_isStringStrip() {
    Property.forAll("strip = String.strip", 75L, 20_000, r -> {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(8);
      for (int i = 0; i < n; i++) {
        int pick = r.nextInt(3);
        sb.append(pick == 0 ? String.valueOf((char) r.nextInt(0x10000))
            : pick == 1 ? SPACE_PALETTE[r.nextInt(SPACE_PALETTE.length)] : PALETTE[r.nextInt(PALETTE.length)]);
      }
      return sb.toString();
    }, s -> assertThat(Texts.strip(s)).isEqualTo(s.strip()));
  }

  /** skipRegexSpaces ends where the regular expression {@code \s*} would, from any start. */
  @Test
  void property_skipRegexSpacesAgreesWithThePattern() {
    java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s*");
    String alphabet = " \t\n\u000b\f\r\u00a0\u3000a1年";
    long seed = Long.getLong("jixiao.seed", 20211231L);
    for (int c = 0; c < 10_000; c++) {
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed + c);
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(10); k > 0; k--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      int from = r.nextInt(s.length() + 1);
      java.util.regex.Matcher m = spaces.matcher(s).region(from, s.length());
      assertThat(m.lookingAt()).isTrue();
      assertThat(Texts.skipRegexSpaces(s, from)).as("seed %d: [%s] from %d", seed + c, s, from).isEqualTo(m.end());
    }
  }
}

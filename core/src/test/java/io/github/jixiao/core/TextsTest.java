package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

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
}

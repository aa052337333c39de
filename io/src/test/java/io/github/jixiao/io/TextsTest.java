package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.testing.ForAll;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextsTest {
  private static final String[] PALETTE = {"部门", "名称", "（", "）", "：", "ＡＢ", "１２", "　", " ", "…", "、", "。", "“", "”",
      "—", "a", "1", "(", ")", ":", "①", "㎞", "ﬁ", "e", "\u0301", "ｶ", "\uff9e", "〇", "【", "】", "預算", "≥", "≤", "×", "\u0338"};

  @Test
  void shorten_cutsLongTextsForMessages() {
    assertThat(Texts.shorten("短")).isEqualTo("短");
    assertThat(Texts.shorten("长".repeat(61))).isEqualTo("长".repeat(60) + "…");
  }

  @Test
  void foldCompatibility_isNfkcWhenACharacterMayChange_forEveryCharacter() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = "甲" + c + "Ａ";
      assertThat(Texts.foldCompatibility(s)).as("U+%04X", (int) c).isEqualTo(reference(s));
    }
  }

  @Test
  void foldCompatibility_isNfkcWhenACharacterMayChange_forMixedTexts() {
    ForAll.forAll(r -> RandomTexts.of(r, PALETTE, 10)).named("foldCompatibility = NFKC when needed").cases(20_000)
        .check(s -> assertThat(Texts.foldCompatibility(s)).isEqualTo(reference(s)));
  }

  @Test
  void foldCompatibility_keepsTheSignsOfPrintedTargets_asNfkcDoes() {
    for (char c : "≥≤±×÷°‰·←→✓〔〕".toCharArray()) {
      String s = "甲" + c + "95%";
      assertThat(Texts.foldCompatibility(s)).as("U+%04X", (int) c).isSameAs(s)
          .isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
      String full = "甲" + c + "９５％";
      assertThat(Texts.foldCompatibility(full)).isEqualTo(Normalizer.normalize(full, Normalizer.Form.NFKC));
    }
  }

  @Test
  void foldCharacter_isTheNfkcOfTheCharacter() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Texts.foldCharacter(c)).as("U+%04X", (int) c)
          .isEqualTo(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
    }
  }

  private static String reference(String s) {
    return LabelKey.needsCompatibilityFolding(s) ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s;
  }
}

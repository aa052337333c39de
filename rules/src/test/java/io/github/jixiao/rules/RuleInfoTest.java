package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleInfoTest {
  @Test
  void of_keepsMetadata_andShowsTheEvidenceTag() {
    RuleInfo info = RuleInfo.of("DW-F-01", Severity.ERROR, "basis", Evidence.INFERRED, "funds");
    assertThat(info.tags()).isEqualTo(Set.of("funds"));
    assertThat(info.titleKey()).isEqualTo("DW-F-01.title");
    assertThat(info).hasToString("DW-F-01 [I] ERROR");
    assertThat(info.title(Locale.ENGLISH)).startsWith("Budget completion rate");
  }

  @Test
  void code_mustBeLettersDigitsAndHyphens() {
    assertThatThrownBy(() -> RuleInfo.of("DW F 01", Severity.ERROR, "b", Evidence.INFERRED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleInfo.of("-X", Severity.ERROR, "b", Evidence.INFERRED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final String[] CODE_PALETTE = {"D", "W", "z", "0", "1", "9", "-", "--", "_", " ", "É", "٣", "Ａ", "DW",
      "F-01"};

  @Test
  void property_isCode_isTheCodePatternsMatch() {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*");
    io.github.jixiao.testing.ForAll.forAll(r -> {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(8);
      for (int i = 0; i < n; i++) {
        sb.append(r.nextInt(10) == 0 ? String.valueOf((char) r.nextInt(0x10000))
            : CODE_PALETTE[r.nextInt(CODE_PALETTE.length)]);
      }
      return sb.toString();
    }).named("isCode = the code pattern").cases(50_000)
        .check(s -> assertThat(RuleInfo.isCode(s)).isEqualTo(pattern.matcher(s).matches()));
  }

  @Test
  void title_unknownRuleWithoutBundle_showsTheKey() {
    assertThat(RuleInfo.of("MY-01", Severity.INFO, "b", Evidence.INFERRED).title(Locale.ENGLISH))
        .isEqualTo("MY-01.title");
  }
}

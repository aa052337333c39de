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

  @Test
  void title_unknownRuleWithoutBundle_showsTheKey() {
    assertThat(RuleInfo.of("MY-01", Severity.INFO, "b", Evidence.INFERRED).title(Locale.ENGLISH))
        .isEqualTo("MY-01.title");
  }
}

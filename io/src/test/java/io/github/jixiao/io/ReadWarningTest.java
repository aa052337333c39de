package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReadWarningTest {
  @Test
  void message_rendersEveryCodeInEnglishAndChineseWithThePosition() {
    for (ReadWarning.Code code : ReadWarning.Code.values()) {
      ReadWarning w = new ReadWarning(code, List.of("任务涉及", "11.6", "1"), 27, 58);
      assertThat(w.message(Locale.ENGLISH)).as(code.name()).contains("line 27, column 58").doesNotContain("{");
      assertThat(w.message(Locale.SIMPLIFIED_CHINESE)).as(code.name()).contains("第 27 行").doesNotContain("{");
    }
  }

  @Test
  void message_englishEvenWhenTheDefaultLocaleIsChinese() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      ReadWarning w = new ReadWarning(ReadWarning.Code.MISSING_BLOCK, List.of("fund block"), 0, 0);
      assertThat(w.message(Locale.ENGLISH)).isEqualTo("the form has no fund block");
      assertThat(w.toString()).isEqualTo("MISSING_BLOCK: the form has no fund block");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void arguments_areCopied() {
    List<String> args = new java.util.ArrayList<>(List.of("a"));
    ReadWarning w = new ReadWarning(ReadWarning.Code.TOO_MANY_WARNINGS, args, 0, 0);
    args.add("b");
    assertThat(w.arguments()).containsExactly("a");
  }
}

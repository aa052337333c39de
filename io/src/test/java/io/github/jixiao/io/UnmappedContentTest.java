package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnmappedContentTest {
  @Test
  void message_withAContext_inEnglishAndChinese() {
    UnmappedContent u = new UnmappedContent("510000_0013zp", 1, 7, "报表编号");
    assertThat(u.message(Locale.ENGLISH)).isEqualTo("not read into the form: \"510000_0013zp\" (报表编号) (line 1, column 7)");
    assertThat(u.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("未读入表单：“510000_0013zp”（报表编号）（第 1 行，第 7 列）");
  }

  @Test
  void message_atTheTopOfTheForm_hasNoContext() {
    UnmappedContent u = new UnmappedContent("附件1", 3, 1, null);
    assertThat(u.message(Locale.ENGLISH)).isEqualTo("not read into the form: \"附件1\" (line 3, column 1)");
    assertThat(u.message(Locale.CHINA)).isEqualTo("未读入表单：“附件1”（第 3 行，第 1 列）");
  }

  @Test
  void message_isOneLineAndCutsALongText_theRecordKeepsItWhole() {
    String text = "第一行\n第二行\t" + "长".repeat(100);
    UnmappedContent u = new UnmappedContent(text, 2, 1, "page marker");
    String m = u.message(Locale.ENGLISH);
    // the first 60 characters of the text with its white space runs as single spaces
    assertThat(m).isEqualTo("not read into the form: \"第一行 第二行 " + "长".repeat(52) + "…\" (page marker) (line 2, column 1)");
    assertThat(u.text()).isEqualTo(text);
  }

  @Test
  void message_englishEvenWhenTheDefaultLocaleIsChinese() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertThat(new UnmappedContent("x", 1, 1, null).message(Locale.ENGLISH)).startsWith("not read into the form");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void text_isRequired() {
    assertThatNullPointerException().isThrownBy(() -> new UnmappedContent(null, 1, 1, null)).withMessage("text");
  }
}

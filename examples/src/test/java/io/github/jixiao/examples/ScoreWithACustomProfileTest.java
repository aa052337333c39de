package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScoreWithACustomProfileTest {
  @Test
  void main_printsTheItemisedCard_86_74Good() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      ScoreWithACustomProfile.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines().findFirst()).hasValue("2021年区工商联工作经费项目: 86.74 良");
    assertThat(printed).contains("funds.total 执行率 | weight 10.00 (profile beijing-2016) | EXECUTION_RATE | 6.08")
        .contains("indicators[3] 如期举行换届执委大会 | weight 5.56 (50 ÷ 9 (产出指标)) | QUALITATIVE_FLOOR | 4.44");
    assertThat(printed.lines()).hasSize(14);
  }
}

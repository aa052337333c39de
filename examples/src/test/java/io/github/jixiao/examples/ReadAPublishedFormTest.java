package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadAPublishedFormTest {
  @Test
  void main_printsTheFormReadFromThePublishedText() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      ReadAPublishedForm.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "广州市天河区工商业联合会 2021 DEPARTMENT_GUANGZHOU",
        "4 tasks, 12 key-project indicators, 0 unmapped",
        "amount \"11.6\" under \"任务4 / 任务涉及\" is printed with 1 decimals, not 2 (line 27, column 58)",
        "JSON round trip equal: true");
  }
}

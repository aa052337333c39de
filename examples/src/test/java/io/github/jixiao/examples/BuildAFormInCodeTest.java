package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BuildAFormInCodeTest {
  @Test
  void main_printsWhatWasReadFromTheValues() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      BuildAFormInCode.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "示例区工商业联合会 2024",
        "超30家 -> MORE_THAN 30 家",
        "12.5万元 isEqual 12.50: true, equals: false");
  }
}

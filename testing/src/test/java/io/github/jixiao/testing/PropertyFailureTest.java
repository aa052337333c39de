package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyFailureTest {
  private static PropertyFailure failure() {
    return new PropertyFailure("message", new IllegalStateException("cause"), "p", 42, 7, 100, List.of(1, 2),
        List.of(1), "[1, 2]", "[1]", 3);
  }

  @Test
  void accessors_returnWhatTheRunnerFound() {
    PropertyFailure f = failure();
    assertThat(f).isInstanceOf(AssertionError.class).hasMessage("message");
    assertThat(f.property()).isEqualTo("p");
    assertThat(f.seed()).isEqualTo(42);
    assertThat(f.passedCases()).isEqualTo(7);
    assertThat(f.cases()).isEqualTo(100);
    assertThat(f.originalCase()).isEqualTo(List.of(1, 2));
    assertThat(f.shrunkCase()).isEqualTo(List.of(1));
    assertThat(f.originalDescription()).isEqualTo("[1, 2]");
    assertThat(f.shrunkDescription()).isEqualTo("[1]");
    assertThat(f.shrinkSteps()).isEqualTo(3);
    assertThat(f.getCause()).hasMessage("cause");
  }

  @Test
  void serialization_keepsTheDescriptions_andDropsTheCases() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(failure());
    }
    PropertyFailure back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (PropertyFailure) in.readObject();
    }
    assertThat(back.seed()).isEqualTo(42);
    assertThat(back.shrunkDescription()).isEqualTo("[1]");
    assertThat(back.originalCase()).isNull();
    assertThat(back.shrunkCase()).isNull();
    assertThat(back).hasMessage("message");
  }
}

package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ValueFormatExceptionTest {

  //----- constructor and getters -----
  @Test
  void carriesTheTextAndTheIndex_andSaysBothInTheMessage() {
    ValueFormatException e = new ValueFormatException("not an amount", "12a", 2);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.getText()).isEqualTo("12a");
    assertThat(e.getErrorIndex()).isEqualTo(2);
    assertThat(e).hasMessage("not an amount: \"12a\" (at index 2)");
  }

  @Test
  void longText_isCutToMaxText() {
    String exact = "字".repeat(ValueFormatException.MAX_TEXT);
    assertThat(new ValueFormatException("x", exact, 0).getText()).isEqualTo(exact);
    ValueFormatException e = new ValueFormatException("x", exact + "多", 0);
    assertThat(e.getText()).isEqualTo(exact + "…");
    assertThat(e.getMessage()).hasSizeLessThan(ValueFormatException.MAX_TEXT + 40);
  }

  @Test
  void acceptsAnyCharSequence() {
    assertThat(new ValueFormatException("x", new StringBuilder("abc"), 1).getText()).isEqualTo("abc");
  }

  @Test
  void serialization_keepsTextAndIndex() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ValueFormatException("not a percentage", "99.6x%", 4));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ValueFormatException e = (ValueFormatException) in.readObject();
      assertThat(e.getText()).isEqualTo("99.6x%");
      assertThat(e.getErrorIndex()).isEqualTo(4);
      assertThat(e).hasMessage("not a percentage: \"99.6x%\" (at index 4)");
    }
  }
}

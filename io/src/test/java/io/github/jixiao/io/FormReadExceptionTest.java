package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FormReadExceptionTest {
  @Test
  void message_namesReasonPathAndPosition() {
    FormReadException e = new FormReadException(FormReadException.Reason.UNKNOWN_FIELD, "unknown field \"x\"", 3, 7,
        "/project/funds", "x");
    assertThat(e).isInstanceOf(IOException.class);
    assertThat(e.getMessage()).isEqualTo("UNKNOWN_FIELD: unknown field \"x\" (at /project/funds) [line 3, column 7]");
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.UNKNOWN_FIELD);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.path()).isEqualTo("/project/funds");
    assertThat(e.field()).isEqualTo("x");
  }

  @Test
  void message_withoutPositionOrPath() {
    FormReadException e = new FormReadException(FormReadException.Reason.EMPTY, "nothing", 0, 0);
    assertThat(e.getMessage()).isEqualTo("EMPTY: nothing");
    assertThat(e.path()).isNull();
    assertThat(e.field()).isNull();
    assertThat(new FormReadException(FormReadException.Reason.EMPTY, "x", -4, -1).line()).isZero();
  }

  @Test
  void message_rootPathIsShownAsSlash() {
    assertThat(new FormReadException(FormReadException.Reason.MALFORMED_JSON, "bad", 1, 1, "", null).getMessage())
        .contains("(at /)");
  }
}

package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.testing.SampleForms;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormDocumentTest {
  @Test
  void of_holdsExactlyOneForm() {
    FormDocument d = FormDocument.of(SampleForms.tianhe2021());
    assertThat(d.kind()).isEqualTo(FormDocument.Kind.DEPARTMENT);
    assertThat(d.project()).isNull();
    FormDocument p = FormDocument.of(SampleForms.tianhe2021KeyProject());
    assertThat(p.kind()).isEqualTo(FormDocument.Kind.PROJECT);
    assertThat(p.ignoredFields()).isEmpty();
  }

  @Test
  void constructor_refusesNoneOrBoth() {
    assertThatThrownBy(() -> new FormDocument(null, null, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FormDocument(SampleForms.tianhe2021(), SampleForms.tianhe2021KeyProject(),
        List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}

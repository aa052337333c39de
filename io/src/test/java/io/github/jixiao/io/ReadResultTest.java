package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.FormLayout;
import io.github.jixiao.testing.SampleForms;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {
  @Test
  void accessors_departmentProjectAndWarningsByCode() {
    ReadWarning a = new ReadWarning(ReadWarning.Code.UNUSUAL_SCALE, List.of(), 1, 1);
    ReadWarning b = new ReadWarning(ReadWarning.Code.MISSING_BLOCK, List.of("x"), 0, 0);
    ReadResult r = new ReadResult(FormDocument.of(SampleForms.tianhe2021()), FormLayout.DEPARTMENT_GUANGZHOU,
        List.of(new UnmappedContent("x", 1, 1, null)), List.of(a, b));
    assertThat(r.department()).isPresent();
    assertThat(r.project()).isEmpty();
    assertThat(r.warnings(ReadWarning.Code.MISSING_BLOCK)).containsExactly(b);
    assertThat(r.unmapped()).hasSize(1);
  }
}

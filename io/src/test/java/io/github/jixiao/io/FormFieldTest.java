package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormFieldTest {
  @Test
  void everyFieldHasALabelAndNoSynonymBelongsToTwoFields() {
    Map<String, FormField> seen = new HashMap<>();
    for (FormField f : FormField.values()) {
      assertThat(f.label()).isEqualTo(f.synonyms().get(0));
      for (String s : f.synonyms()) {
        FormField other = seen.putIfAbsent(LabelKey.of(s), f);
        assertThat(other == null || other == f).as("%s of %s and %s", s, f, other).isTrue();
      }
    }
  }

  @Test
  void synonymsAreWrittenInCanonicalForm() {
    for (FormField f : FormField.values()) {
      for (String s : f.synonyms()) {
        assertThat(LabelKey.of(s)).as("%s of %s", s, f).isEqualTo(s.replace("：", ":"));
      }
    }
  }
}

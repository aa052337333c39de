package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceIrregularityTest {
  private static final SourceIrregularity BROKEN_LABEL =
      SourceIrregularity.of(SourceIrregularity.Kind.BROKEN_LABEL, "mainTasks", "任务涉 及");
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<SourceIrregularity> contract() {
    return RecordContract.of(SourceIrregularity.class, BROKEN_LABEL,
        SourceIrregularity.of(SourceIrregularity.Kind.STRAY_SEPARATOR_LINE, "line 36", "------------\t--"));
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent() {
    contract().assertEqualsAndHashCode();
  }

  @Test
  void constructor_refusesNulls_namingTheParameter() {
    contract().assertNullHostility();
  }

  @Test
  void builder_requiresEveryComponent() {
    contract().assertBuilder();
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  //----- of -----
  @Test
  void of_keepsTheOffendingTextExactly() {
    assertThat(BROKEN_LABEL.kind()).isEqualTo(SourceIrregularity.Kind.BROKEN_LABEL);
    assertThat(BROKEN_LABEL.location()).isEqualTo("mainTasks");
    assertThat(BROKEN_LABEL.text()).isEqualTo("任务涉 及");
  }

  @Test
  void kind_namesTheFourIrregularitiesOfPublishedText() {
    assertThat(SourceIrregularity.Kind.values()).containsExactly(SourceIrregularity.Kind.MARKUP_RESIDUE,
        SourceIrregularity.Kind.STRAY_SEPARATOR_LINE, SourceIrregularity.Kind.BROKEN_LABEL,
        SourceIrregularity.Kind.GARBLED_TEXT);
  }

  //----- Bean Validation -----
  @Test
  void validation_blankLocationOrText_isOneViolationEach() {
    assertThat(validation.violations(BROKEN_LABEL)).isEmpty();
    assertThat(validation.violations(BROKEN_LABEL.withLocation(" "))).containsExactly("location NotBlank");
    assertThat(validation.violations(BROKEN_LABEL.withText(""))).containsExactly("text NotBlank");
  }
}

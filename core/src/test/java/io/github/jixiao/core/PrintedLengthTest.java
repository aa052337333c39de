package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrintedLengthTest {
  private static BeanValidation validation;

  /** A bean with the default limit and a custom one. */
  record Cells(@Nullable @PrintedLength IndicatorValue cell, @Nullable @PrintedLength(max = 5) IndicatorValue shortCell) {
  }

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  //----- the validator -----
  @Test
  void validator_checksTheRawTextAgainstTheDefaultLimit() {
    String limit = "次".repeat(FormLimits.MAX_TEXT_LENGTH);
    assertThat(validation.violations(new Cells(IndicatorValue.parse(limit), null))).isEmpty();
    assertThat(validation.violations(new Cells(IndicatorValue.parse(limit + "次"), null)))
        .containsExactly("cell PrintedLength");
    assertThat(validation.violations(new Cells(null, null))).isEmpty();
  }

  @Test
  void validator_countsTheRawText_notTheNormalisedOne() {
    // Markup counts: the limit protects memory, and the raw text is what is kept.
    assertThat(validation.violations(new Cells(null, IndicatorValue.parse("<p>5</p>"))))
        .containsExactly("shortCell PrintedLength");
    assertThat(validation.violations(new Cells(null, IndicatorValue.parse("≥50个")))).isEmpty();
    assertThat(validation.violations(new Cells(null, IndicatorValue.parse("≥500个")))).isEmpty();
    assertThat(validation.violations(new Cells(null, IndicatorValue.parse("≥5000个"))))
        .containsExactly("shortCell PrintedLength");
  }

  @Test
  void annotation_defaultsToTheTextLimitOfTheModel() throws NoSuchMethodException {
    assertThat(PrintedLength.class.getDeclaredMethod("max").getDefaultValue()).isEqualTo(FormLimits.MAX_TEXT_LENGTH);
    assertThat(PrintedLength.class.getAnnotation(Constraint.class).validatedBy())
        .containsExactly(PrintedLength.IndicatorValueValidator.class);
    assertThat(PrintedLength.class.getAnnotation(Target.class).value()).containsExactlyInAnyOrder(ElementType.FIELD,
        ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE);
  }

  //----- messages -----
  @Test
  void message_rendersInEnglishAndChinese_withTheLimit() {
    Cells tooLong = new Cells(null, IndicatorValue.parse("123456"));
    assertThat(ConstraintMessages.of(tooLong, Locale.ENGLISH)).containsExactly("must be at most 5 characters");
    assertThat(ConstraintMessages.of(tooLong, Locale.SIMPLIFIED_CHINESE)).containsExactly("长度不得超过5个字符");
    Cells defaultLimit = new Cells(IndicatorValue.parse("次".repeat(FormLimits.MAX_TEXT_LENGTH + 1)), null);
    assertThat(ConstraintMessages.of(defaultLimit, Locale.ENGLISH)).containsExactly("must be at most 20000 characters");
    assertThat(ConstraintMessages.of(defaultLimit, Locale.SIMPLIFIED_CHINESE)).containsExactly("长度不得超过20000个字符");
  }

  @Test
  void message_staysEnglishWhenAskedFor_onAMachineSetUpInChinese() {
    assertThat(ConstraintMessages.withJvmDefault(Locale.SIMPLIFIED_CHINESE, new Cells(null, IndicatorValue.parse("123456")),
        Locale.ENGLISH)).isEqualTo(List.of("must be at most 5 characters"));
  }
}

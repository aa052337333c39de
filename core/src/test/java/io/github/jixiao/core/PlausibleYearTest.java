package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.time.Year;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlausibleYearTest {
  private static BeanValidation validation;

  /** A bean with a constrained year. */
  record Evaluated(@Nullable @PlausibleYear Year year) {
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
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "-1, false",
      "0, false",
      "21, false",
      "1989, false",
      "1990, true",
      "2021, true",
      "2100, true",
      "2101, false",
      "999999999, false",
  })
  void validator_acceptsYearsFrom1990To2100(int year, boolean valid) {
    assertThat(new PlausibleYear.YearValidator().isValid(Year.of(year), null)).isEqualTo(valid);
    assertThat(validation.violations(new Evaluated(Year.of(year))))
        .isEqualTo(valid ? java.util.List.of() : java.util.List.of("year PlausibleYear"));
  }

  @Test
  void validator_acceptsAMissingYear() {
    assertThat(new PlausibleYear.YearValidator().isValid(null, null)).isTrue();
    assertThat(validation.violations(new Evaluated(null))).isEmpty();
  }

  @Test
  void limits_areThoseOfFormLimits() {
    PlausibleYear.YearValidator validator = new PlausibleYear.YearValidator();
    assertThat(validator.isValid(Year.of(FormLimits.MIN_YEAR), null)).isTrue();
    assertThat(validator.isValid(Year.of(FormLimits.MIN_YEAR - 1), null)).isFalse();
    assertThat(validator.isValid(Year.of(FormLimits.MAX_YEAR), null)).isTrue();
    assertThat(validator.isValid(Year.of(FormLimits.MAX_YEAR + 1), null)).isFalse();
  }

  @Test
  void annotation_isAConstraintForFieldsMethodsParametersAndAnnotations() {
    assertThat(PlausibleYear.class.getAnnotation(Constraint.class).validatedBy())
        .containsExactly(PlausibleYear.YearValidator.class);
    assertThat(PlausibleYear.class.getAnnotation(Target.class).value()).containsExactlyInAnyOrder(ElementType.FIELD,
        ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE);
  }

  //----- messages -----
  @Test
  void message_rendersInEnglishAndChinese_withTheLimits() {
    Evaluated implausible = new Evaluated(Year.of(1900));
    assertThat(ConstraintMessages.of(implausible, Locale.ENGLISH))
        .containsExactly("must be a year from " + FormLimits.MIN_YEAR + " to " + FormLimits.MAX_YEAR);
    assertThat(ConstraintMessages.of(implausible, Locale.SIMPLIFIED_CHINESE))
        .containsExactly("年度须在" + FormLimits.MIN_YEAR + "至" + FormLimits.MAX_YEAR + "之间");
  }

  @Test
  void message_staysEnglishWhenAskedFor_onAMachineSetUpInChinese() {
    assertThat(ConstraintMessages.withJvmDefault(Locale.SIMPLIFIED_CHINESE, new Evaluated(Year.of(3000)),
        Locale.ENGLISH)).containsExactly("must be a year from 1990 to 2100");
  }
}

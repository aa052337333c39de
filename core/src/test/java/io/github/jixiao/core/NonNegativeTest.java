package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NonNegativeTest {
  private static BeanValidation validation;

  /** A bean with both kinds of constrained value. */
  record Figures(@Nullable @NonNegative Amount amount, @Nullable @NonNegative Percentage rate) {
  }

  /** A service method with a constrained parameter, for executable validation. */
  static final class Ledger {
    void post(@NonNegative Amount amount) {
    }
  }

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  //----- the validators -----
  @Test
  void amountValidator_acceptsZeroPositiveAndMissing_refusesNegative() {
    NonNegative.AmountValidator validator = new NonNegative.AmountValidator();
    assertThat(validator.isValid(null, null)).isTrue();
    assertThat(validator.isValid(Amount.ofWan("0.00"), null)).isTrue();
    assertThat(validator.isValid(Amount.ofWan("-0"), null)).isTrue();
    assertThat(validator.isValid(Amount.ofWan("422.69"), null)).isTrue();
    assertThat(validator.isValid(Amount.ofWan("-0.01"), null)).isFalse();
  }

  @Test
  void percentageValidator_acceptsZeroPositiveAndMissing_refusesNegative() {
    NonNegative.PercentageValidator validator = new NonNegative.PercentageValidator();
    assertThat(validator.isValid(null, null)).isTrue();
    assertThat(validator.isValid(Percentage.parse("0%"), null)).isTrue();
    assertThat(validator.isValid(Percentage.parse("99.68%"), null)).isTrue();
    assertThat(validator.isValid(Percentage.parse("-0.01%"), null)).isFalse();
  }

  //----- through Bean Validation -----
  @Test
  void beanValidation_reportsEachNegativeFigureOnce() {
    assertThat(validation.violations(new Figures(Amount.ofWan("1"), Percentage.parse("1%")))).isEmpty();
    assertThat(validation.violations(new Figures(null, null))).isEmpty();
    assertThat(validation.violations(new Figures(Amount.ofWan("-1"), Percentage.parse("-1%"))))
        .containsExactly("amount NonNegative", "rate NonNegative");
  }

  @Test
  void beanValidation_onAMethodParameter() throws NoSuchMethodException {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      ExecutableValidator executables = factory.getValidator().forExecutables();
      Method post = Ledger.class.getDeclaredMethod("post", Amount.class);
      Set<ConstraintViolation<Ledger>> violations =
          executables.validateParameters(new Ledger(), post, new Object[] {Amount.ofWan("-5")});
      assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("post.amount");
      assertThat(executables.validateParameters(new Ledger(), post, new Object[] {Amount.ofWan("5")})).isEmpty();
    }
  }

  @Test
  void annotation_isAConstraintForFieldsMethodsParametersAndAnnotations() {
    assertThat(NonNegative.class.getAnnotation(Constraint.class).validatedBy())
        .containsExactlyInAnyOrder(NonNegative.AmountValidator.class, NonNegative.PercentageValidator.class);
    assertThat(NonNegative.class.getAnnotation(Target.class).value()).containsExactlyInAnyOrder(ElementType.FIELD,
        ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE);
  }

  //----- messages -----
  @Test
  void message_rendersInEnglishAndChinese() {
    Figures negative = new Figures(Amount.ofWan("-1"), null);
    assertThat(ConstraintMessages.of(negative, Locale.ENGLISH)).containsExactly("must not be negative");
    assertThat(ConstraintMessages.of(negative, Locale.SIMPLIFIED_CHINESE)).containsExactly("不得为负数");
    assertThat(ConstraintMessages.of(negative, Locale.CHINESE)).containsExactly("不得为负数");
    assertThat(ConstraintMessages.of(negative, Locale.forLanguageTag("tr-TR"))).containsExactly("must not be negative");
  }

  @Test
  void message_staysEnglishWhenAskedFor_onAMachineSetUpInChinese() {
    Figures negative = new Figures(Amount.ofWan("-1"), null);
    assertThat(ConstraintMessages.withJvmDefault(Locale.SIMPLIFIED_CHINESE, negative, Locale.ENGLISH))
        .containsExactly("must not be negative");
    assertThat(ConstraintMessages.withJvmDefault(Locale.SIMPLIFIED_CHINESE, negative, Locale.US))
        .containsExactly("must not be negative");
  }
}

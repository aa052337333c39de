package io.github.jixiao.core;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation constraint: the {@link Amount} or {@link Percentage} is zero or more (非负). {@code null} is valid
 * (a figure that was not printed is not negative).
 */
@Documented
@Constraint(validatedBy = {NonNegative.AmountValidator.class, NonNegative.PercentageValidator.class})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NonNegative {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.jixiao.core.NonNegative.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Validates {@link NonNegative} on an {@link Amount}. */
  final class AmountValidator implements ConstraintValidator<NonNegative, Amount> {
    /** Creates the validator; called by the Bean Validation provider. */
    public AmountValidator() {}

    @Override
    public boolean isValid(@Nullable Amount value, ConstraintValidatorContext context) {
      return value == null || !value.isNegative();
    }
  }

  /** Validates {@link NonNegative} on a {@link Percentage}. */
  final class PercentageValidator implements ConstraintValidator<NonNegative, Percentage> {
    /** Creates the validator; called by the Bean Validation provider. */
    public PercentageValidator() {}

    @Override
    public boolean isValid(@Nullable Percentage value, ConstraintValidatorContext context) {
      return value == null || value.percent().signum() >= 0;
    }
  }
}

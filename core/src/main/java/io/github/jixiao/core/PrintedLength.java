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
 * Bean Validation constraint: the raw text of an {@link IndicatorValue} is at most {@link #max()} characters long.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PrintedLength.IndicatorValueValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PrintedLength {
  /**
   * The longest raw text accepted.
   *
   * @return the maximum length
   */
  int max() default FormLimits.MAX_TEXT_LENGTH;

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.jixiao.core.PrintedLength.message}";

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

  /** Validates {@link PrintedLength} on an {@link IndicatorValue}. */
  final class IndicatorValueValidator implements ConstraintValidator<PrintedLength, IndicatorValue> {
    private int max;

    /** Creates the validator; called by the Bean Validation provider. */
    public IndicatorValueValidator() {}

    @Override
    public void initialize(PrintedLength annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(@Nullable IndicatorValue value, ConstraintValidatorContext context) {
      return value == null || value.raw().length() <= max;
    }
  }
}

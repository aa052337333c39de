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
import java.time.Year;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation constraint: the evaluation year (被评价年度) lies in [{@value FormLimits#MIN_YEAR},
 * {@value FormLimits#MAX_YEAR}]. {@code null} is valid (the year was not printed).
 */
@Documented
@Constraint(validatedBy = PlausibleYear.YearValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlausibleYear {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.jixiao.core.PlausibleYear.message}";

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

  /** Validates {@link PlausibleYear} on a {@link Year}. */
  final class YearValidator implements ConstraintValidator<PlausibleYear, Year> {
    /** Creates the validator; called by the Bean Validation provider. */
    public YearValidator() {}

    @Override
    public boolean isValid(@Nullable Year value, ConstraintValidatorContext context) {
      return value == null || (value.getValue() >= FormLimits.MIN_YEAR && value.getValue() <= FormLimits.MAX_YEAR);
    }
  }
}

package io.github.jixiao.core;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation for the tests: the default provider (Hibernate Validator), with each violation summarised as
 * {@code "propertyPath Constraint"}, such as {@code "funds.initialBudgetRevenue NonNegative"}, sorted. Close it after
 * use.
 */
final class BeanValidation implements AutoCloseable {
  private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
  private final Validator validator = factory.getValidator();

  /**
   * Validates a bean.
   *
   * @param bean the bean
   * @return one line per violation, {@code path Constraint}, sorted; duplicates kept
   */
  List<String> violations(Object bean) {
    return validator.validate(bean).stream()
        .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
            .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
        .map(BeanValidation::summary)
        .toList();
  }

  static String summary(ConstraintViolation<?> v) {
    return v.getPropertyPath() + " " + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }

  @Override
  public void close() {
    factory.close();
  }
}

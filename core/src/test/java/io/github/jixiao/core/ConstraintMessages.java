package io.github.jixiao.core;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hibernate.validator.HibernateValidator;

/** Renders the violation messages of a bean in a given locale, through Hibernate Validator's message interpolation. */
final class ConstraintMessages {
  private ConstraintMessages() {}

  /**
   * Validates a bean with a factory whose default locale is {@code locale}.
   *
   * @param bean the bean
   * @param locale the locale of the messages
   * @return the interpolated messages, sorted
   */
  static List<String> of(Object bean, Locale locale) {
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .defaultLocale(locale)
        .buildValidatorFactory()) {
      return factory.getValidator().validate(bean).stream().map(ConstraintViolation::getMessage).sorted().toList();
    }
  }

  /**
   * As {@link #of(Object, Locale)}, with the JVM's default locale set to {@code jvmDefault} while the messages are
   * looked up (as on a machine set up in that language), then restored.
   */
  static List<String> withJvmDefault(Locale jvmDefault, Object bean, Locale locale) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(jvmDefault);
      ResourceBundle.clearCache(Thread.currentThread().getContextClassLoader());
      ResourceBundle.clearCache(ConstraintMessages.class.getClassLoader());
      return of(bean, locale);
    } finally {
      Locale.setDefault(before);
      ResourceBundle.clearCache(Thread.currentThread().getContextClassLoader());
      ResourceBundle.clearCache(ConstraintMessages.class.getClassLoader());
    }
  }
}

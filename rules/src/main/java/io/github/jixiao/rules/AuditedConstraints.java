package io.github.jixiao.rules;

import jakarta.validation.Configuration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Puts {@link Audited @Audited} on the form records through the standard Jakarta Validation XML constraint mapping
 * shipped in this jar ({@value #MAPPING}), so that {@code validator.validate(form)} reports structural and rule
 * violations together:
 * <pre>{@code
 * Validator validator = AuditedConstraints.addTo(Validation.byDefaultProvider().configure())
 *     .buildValidatorFactory().getValidator();
 * }</pre>
 * Under Spring Boot:
 * <pre>{@code
 * @Bean
 * ValidationConfigurationCustomizer jixiaoAudit() {
 *   return AuditedConstraints::addTo;
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditedConstraints {
  /** The classpath resource of the constraint mapping. */
  public static final String MAPPING = "/META-INF/jixiao/audited-constraints.xml";

  private AuditedConstraints() {}

  /**
   * Adds the mapping that declares {@code @Audited} on {@code DepartmentSelfEvaluation} and
   * {@code ProjectSelfEvaluation} (annotations on the records are kept). A department form's key projects are
   * project forms validated by cascade: with this mapping they are audited with the project catalogue too.
   *
   * @param <T> the configuration type
   * @param configuration the configuration, not null
   * @return the same configuration, for chaining
   */
  public static <T extends Configuration<?>> T addTo(T configuration) {
    Objects.requireNonNull(configuration, "configuration");
    configuration.addMapping(mapping());
    return configuration;
  }

  /**
   * Returns the mapping document; the stream needs no closing.
   *
   * @return the mapping, never null
   */
  public static InputStream mapping() {
    try (InputStream in = AuditedConstraints.class.getResourceAsStream(MAPPING)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jixiao-rules jar: " + MAPPING);
      }
      return new ByteArrayInputStream(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

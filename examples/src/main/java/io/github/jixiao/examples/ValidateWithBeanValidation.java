package io.github.jixiao.examples;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.rules.AuditedConstraints;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.testing.SampleForms;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Validates a form with Hibernate Validator: the model's own constraints (a negative amount) and the jixiao rules
 * (through the {@code @Audited} class-level constraint the rules jar maps onto the form records) in one
 * {@code validate} call, each violation at the path of the offending field. The cascade into the key project audits
 * it with the project catalogue as well (PRJ-D-04: its in-year cut is not explained).
 */
public final class ValidateWithBeanValidation {
  private ValidateWithBeanValidation() {}

  /**
   * Validates the sample form with one amount made negative, and prints the violations sorted by path.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    DepartmentSelfEvaluation form = SampleForms.tianhe2021();
    form = form.withFunds(form.funds().withOtherPortion(Amount.ofWan("-1.00")));
    // Spring Boot: a ValidationConfigurationCustomizer bean calling AuditedConstraints::addTo does the same.
    try (ValidatorFactory factory = AuditedConstraints.addTo(Validation.byDefaultProvider().configure())
        .buildValidatorFactory()) {
      Set<ConstraintViolation<DepartmentSelfEvaluation>> violations = factory.getValidator().validate(form);
      List<ConstraintViolation<DepartmentSelfEvaluation>> sorted = violations.stream()
          .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
              .thenComparing(ConstraintViolation::getMessage))
          .toList();
      for (ConstraintViolation<DepartmentSelfEvaluation> v : sorted) {
        HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
        Finding finding = hv.getDynamicPayload(Finding.class);
        out.println(v.getPropertyPath() + " | " + (finding == null ? "constraint" : finding.code()) + " | "
            + v.getMessage());
      }
      out.println(violations.size() + " violations");
    }
  }
}

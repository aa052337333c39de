package io.github.jixiao.benchmarks;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentFunds;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;

/**
 * The same 12 checks as Hibernate Validator constraints, as a user would write them: four class-level constraints
 * and a field constraint on every amount, declared with the programmatic mapping (the core records cannot be
 * annotated by users), the record annotations of the core model ignored so that only the 12 checks run. The checks'
 * arithmetic is {@link PlainChecks}'.
 */
public final class HvChecks {
  private HvChecks() {}

  /**
   * Builds the validator.
   *
   * @return the validator
   */
  public static Validator validator() {
    HibernateValidatorConfiguration cfg = Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping m = cfg.createConstraintMapping();
    m.type(DepartmentSelfEvaluation.class).ignoreAllAnnotations()
        .constraint(new GenericConstraintDef<>(ConsistentForm.class))
        .field("funds").valid()
        .field("mainTasks").containerElementType().valid()
        .field("keyProjects").containerElementType().valid();
    m.type(DepartmentFunds.class).ignoreAllAnnotations()
        .constraint(new GenericConstraintDef<>(ConsistentFunds.class))
        .field("initialBudgetRevenue").constraint(new GenericConstraintDef<>(ValidAmount.class))
        .field("adjustedBudgetRevenue").constraint(new GenericConstraintDef<>(ValidAmount.class))
        .field("annualAdjustedBudget").constraint(new GenericConstraintDef<>(ValidAmount.class))
        .field("actualExpenditure").constraint(new GenericConstraintDef<>(ValidAmount.class))
        .field("generalPublicBudgetPortion").constraint(new GenericConstraintDef<>(ValidAmount.class));
    m.type(MainTask.class).ignoreAllAnnotations()
        .field("amount").constraint(new GenericConstraintDef<>(ValidAmount.class));
    m.type(ProjectSelfEvaluation.class).ignoreAllAnnotations()
        .constraint(new GenericConstraintDef<>(ConsistentProject.class))
        .field("funds").valid()
        .field("indicators").containerElementType().valid();
    m.type(ProjectFunds.class).ignoreAllAnnotations().field("total").valid();
    m.type(FundRow.class).ignoreAllAnnotations()
        .field("initialBudget").constraint(new GenericConstraintDef<>(ValidAmount.class))
        .field("annualBudget").constraint(new GenericConstraintDef<>(ValidAmount.class))
        .field("executed").constraint(new GenericConstraintDef<>(ValidAmount.class));
    m.type(PerformanceIndicator.class).ignoreAllAnnotations()
        .constraint(new GenericConstraintDef<>(IndicatorMeetsTarget.class));
    m.type(KeyIndicator.class).ignoreAllAnnotations();
    m.type(Goal.class).ignoreAllAnnotations();
    return cfg.addMapping(m).buildValidatorFactory().getValidator();
  }

  /**
   * The violations as {@code "CODE path"}, sorted, for agreement checks.
   *
   * @param violations the violations
   * @return the findings
   */
  public static List<String> findings(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getMessageTemplate() + " " + v.getPropertyPath()).sorted().toList();
  }

  static void violation(ConstraintValidatorContext ctx, String code, String property) {
    ctx.buildConstraintViolationWithTemplate(code).addPropertyNode(property).addConstraintViolation();
  }

  //----- constraints -----
  /** Checks 1–4 on the fund block. */
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = ConsistentFunds.Validator.class)
  public @interface ConsistentFunds {
    /** @return the message */
    String message() default "funds";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    final class Validator implements ConstraintValidator<ConsistentFunds, DepartmentFunds> {
      @Override
      public boolean isValid(DepartmentFunds f, ConstraintValidatorContext ctx) {
        boolean ok = true;
        ctx.disableDefaultConstraintViolation();
        if (!PlainChecks.completionRateOk(f)) {
          violation(ctx, "DW-F-01", "budgetCompletionRate");
          ok = false;
        }
        if (!PlainChecks.adjustmentRateOk(f)) {
          violation(ctx, "DW-F-02", "budgetAdjustmentRate");
          ok = false;
        }
        if (!PlainChecks.portionOk(f)) {
          violation(ctx, "DW-F-04", "generalPublicBudgetPortion");
          ok = false;
        }
        if (!PlainChecks.noOverspend(f)) {
          violation(ctx, "DW-F-05", "actualExpenditure");
          ok = false;
        }
        return ok;
      }
    }
  }

  /** Checks 5–7 on the form. */
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = ConsistentForm.Validator.class)
  public @interface ConsistentForm {
    /** @return the message */
    String message() default "form";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    final class Validator implements ConstraintValidator<ConsistentForm, DepartmentSelfEvaluation> {
      @Override
      public boolean isValid(DepartmentSelfEvaluation form, ConstraintValidatorContext ctx) {
        boolean ok = true;
        ctx.disableDefaultConstraintViolation();
        List<MainTask> tasks = form.mainTasks();
        if (!PlainChecks.taskSumOk(tasks, form.funds().actualExpenditure())) {
          ctx.buildConstraintViolationWithTemplate("DW-T-01").addPropertyNode("mainTasks").addConstraintViolation();
          ok = false;
        }
        List<Goal> goals = form.annualGoals().expectedGoals();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < goals.size(); i++) {
          if (seen.putIfAbsent(PlainChecks.goalKey(goals.get(i).text()), i) != null) {
            ctx.buildConstraintViolationWithTemplate("DW-G-01").addPropertyNode("annualGoals")
                .addPropertyNode("expectedGoals").addBeanNode().inIterable().atIndex(i).addConstraintViolation();
            ok = false;
          }
        }
        for (int i = 0; i < tasks.size(); i++) {
          List<KeyIndicator> ks = tasks.get(i).keyIndicators();
          if (ks.isEmpty()) {
            ctx.buildConstraintViolationWithTemplate("DW-T-02").addPropertyNode("mainTasks")
                .addPropertyNode("keyIndicators").inIterable().atIndex(i).addConstraintViolation();
            ok = false;
          }
          for (int j = 0; j < ks.size(); j++) {
            if (PlainChecks.blank(ks.get(j).completion())) {
              ctx.buildConstraintViolationWithTemplate("DW-T-02").addPropertyNode("mainTasks")
                  .addPropertyNode("keyIndicators").inIterable().atIndex(i)
                  .addPropertyNode("completion").inIterable().atIndex(j).addConstraintViolation();
              ok = false;
            }
          }
        }
        return ok;
      }
    }
  }

  /** Check 8 on a key project. */
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = ConsistentProject.Validator.class)
  public @interface ConsistentProject {
    /** @return the message */
    String message() default "project";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    final class Validator implements ConstraintValidator<ConsistentProject, ProjectSelfEvaluation> {
      @Override
      public boolean isValid(ProjectSelfEvaluation p, ConstraintValidatorContext ctx) {
        if (PlainChecks.executionRateOk(p.funds().total())) {
          return true;
        }
        ctx.disableDefaultConstraintViolation();
        ctx.buildConstraintViolationWithTemplate("DW-K-01").addPropertyNode("funds").addPropertyNode("total")
            .addPropertyNode("executionRate").addConstraintViolation();
        return false;
      }
    }
  }

  /** Checks 9, 10 and 12 on an indicator row. */
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = IndicatorMeetsTarget.Validator.class)
  public @interface IndicatorMeetsTarget {
    /** @return the message */
    String message() default "indicator";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    final class Validator implements ConstraintValidator<IndicatorMeetsTarget, PerformanceIndicator> {
      @Override
      public boolean isValid(PerformanceIndicator row, ConstraintValidatorContext ctx) {
        boolean ok = true;
        ctx.disableDefaultConstraintViolation();
        IndicatorValue t = row.target();
        IndicatorValue a = row.actual();
        if (PlainChecks.blank(t)) {
          violation(ctx, "BENCH-09", "target");
          ok = false;
        }
        if (PlainChecks.blank(a)) {
          violation(ctx, "BENCH-09", "actual");
          ok = false;
        }
        if (!PlainChecks.quantitativeMet(row)) {
          violation(ctx, "BENCH-10", "actual");
          ok = false;
        }
        if (!PlainChecks.qualitativeRestated(row)) {
          violation(ctx, "BENCH-12", "actual");
          ok = false;
        }
        return ok;
      }
    }
  }

  /** Check 11 on one amount. */
  @Target(FIELD)
  @Retention(RUNTIME)
  @Constraint(validatedBy = ValidAmount.Validator.class)
  public @interface ValidAmount {
    /** @return the message */
    String message() default "DW-F-06";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    final class Validator implements ConstraintValidator<ValidAmount, Amount> {
      @Override
      public boolean isValid(Amount a, ConstraintValidatorContext ctx) {
        return PlainChecks.amountOk(a);
      }
    }
  }
}

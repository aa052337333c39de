package io.github.jixiao.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import jakarta.validation.ValidationException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link Audited}: runs the rule set and turns chosen findings into constraint violations at the offending
 * field. Works with any Jakarta Validation provider; with Hibernate Validator the {@link Finding} is attached as the
 * dynamic payload (found reflectively, so Hibernate Validator stays optional).
 *
 * <p>This class is created and initialised by the Bean Validation provider; once initialised it is thread-safe.
 */
public final class AuditedValidator implements ConstraintValidator<Audited, Object> {
  /** The codes whose titles {@code ContributorValidationMessages} holds: both catalogues. */
  private static final Set<String> CATALOGUE_CODES = catalogueCodes();

  private Set<Severity> severities = EnumSet.noneOf(Severity.class);
  private Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
  private AuditedRuleSets rules = new AuditedRuleSets.Standard();

  private static Set<String> catalogueCodes() {
    Set<String> codes = new HashSet<>(DepartmentRules.standardSet().codes());
    codes.addAll(ProjectRules.standardSet().codes());
    return codes;
  }

  /** Creates the validator; called by the Bean Validation provider. */
  public AuditedValidator() {}

  @Override
  public void initialize(Audited annotation) {
    severities = annotation.severities().length == 0 ? EnumSet.noneOf(Severity.class)
        : EnumSet.copyOf(List.of(annotation.severities()));
    outcomes = annotation.outcomes().length == 0 ? EnumSet.noneOf(Outcome.class)
        : EnumSet.copyOf(List.of(annotation.outcomes()));
    Class<? extends AuditedRuleSets> type = annotation.rules();
    if (type == AuditedRuleSets.Standard.class) {
      rules = new AuditedRuleSets.Standard();
      return;
    }
    try {
      rules = type.getConstructor().newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
        | InvocationTargetException e) {
      throw new ValidationException("@Audited(rules = " + type.getName()
          + ".class): needs a public no-argument constructor", e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    RuleSet<Object> set = (RuleSet<Object>) rules.forType(value.getClass());
    if (set == null) {
      throw new ValidationException("@Audited: " + rules.getClass().getName() + " has no rule set for "
          + value.getClass().getName());
    }
    AuditResult result = set.audit(value);
    boolean valid = true;
    for (Finding f : result.findings()) {
      if (!outcomes.contains(f.outcome()) || !severities.contains(f.severity())) {
        continue;
      }
      if (valid) {
        context.disableDefaultConstraintViolation();
        valid = false;
      }
      HibernateSupport.setPayload(context, f);
      addViolation(context.buildConstraintViolationWithTemplate(template(f)), f.path());
    }
    return valid;
  }

  /** The message template: the rule code, then the title (a key for catalogue rules, escaped text otherwise). */
  static String template(Finding f) {
    String code = f.code();
    if (f.rule().bundle() == null && CATALOGUE_CODES.contains(code)) {
      return code + " {io.github.jixiao.rules." + code + ".title}";
    }
    return escape(code + " " + f.rule().title(java.util.Locale.ENGLISH));
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Adds the violation with the finding's path as property and bean nodes. */
  static void addViolation(ConstraintViolationBuilder builder, FindingPath path) {
    Object b = builder;
    Integer pendingIndex = null;
    for (FindingPath element : path.elements()) {
      String name = element.propertyName();
      if (name == null) {
        pendingIndex = element.indexValue();
        continue;
      }
      NodeBuilderCustomizableContext node = addProperty(b, name);
      b = node;
      if (pendingIndex != null) {
        b = node.inIterable().atIndex(pendingIndex);
        pendingIndex = null;
      }
    }
    if (pendingIndex != null) {
      LeafNodeBuilderCustomizableContext leaf = addBean(b);
      leaf.inIterable().atIndex(pendingIndex).addConstraintViolation();
      return;
    }
    if (b instanceof ConstraintViolationBuilder c) {
      c.addConstraintViolation();
    } else if (b instanceof NodeBuilderCustomizableContext c) {
      c.addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) b).addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext addProperty(Object b, String name) {
    if (b instanceof ConstraintViolationBuilder c) {
      return c.addPropertyNode(name);
    }
    if (b instanceof NodeBuilderCustomizableContext c) {
      return c.addPropertyNode(name);
    }
    if (b instanceof NodeBuilderDefinedContext c) {
      return c.addPropertyNode(name);
    }
    return ((NodeContextBuilder) b).addPropertyNode(name);
  }

  private static LeafNodeBuilderCustomizableContext addBean(Object b) {
    if (b instanceof ConstraintViolationBuilder c) {
      return c.addBeanNode();
    }
    if (b instanceof NodeBuilderCustomizableContext c) {
      return c.addBeanNode();
    }
    if (b instanceof NodeBuilderDefinedContext c) {
      return c.addBeanNode();
    }
    return ((NodeContextBuilder) b).addBeanNode();
  }

  /** Hibernate Validator's dynamic payload, looked up once and used only if that provider is present. */
  static final class HibernateSupport {
    private static final @Nullable Class<?> CONTEXT;
    private static final @Nullable MethodHandle WITH_PAYLOAD;

    static {
      Class<?> type = null;
      MethodHandle handle = null;
      try {
        type = Class.forName("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext",
            false, AuditedValidator.class.getClassLoader());
        handle = MethodHandles.publicLookup().findVirtual(type, "withDynamicPayload",
            MethodType.methodType(type, Object.class));
      } catch (ReflectiveOperationException | LinkageError e) {
        type = null;
        handle = null;
      }
      CONTEXT = type;
      WITH_PAYLOAD = handle;
    }

    private HibernateSupport() {}

    static boolean available() {
      return WITH_PAYLOAD != null;
    }

    static void setPayload(ConstraintValidatorContext context, Finding finding) {
      Class<?> type = CONTEXT;
      MethodHandle handle = WITH_PAYLOAD;
      if (type == null || handle == null) {
        return;
      }
      Object hv;
      try {
        hv = context.unwrap(type);
      } catch (ValidationException e) {
        return;
      }
      try {
        handle.invoke(hv, finding);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new ValidationException("cannot attach the finding as dynamic payload", e);
      }
    }
  }
}

package io.github.jixiao.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One outcome of one rule at one place of a form: the rule's code and severity, the outcome, the path, and for
 * non-passing outcomes the reported value, the expected value or {@link Interval}, the inputs used, and a message
 * rendered on demand in the locale the caller gives.
 *
 * <p>Findings are views of an {@link AuditResult}, created when read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {
  private final RuleInfo rule;
  private final Severity severity;
  private final Outcome outcome;
  private final FindingPath path;
  private final @Nullable FindingDetails details;

  Finding(RuleInfo rule, Severity severity, Outcome outcome, FindingPath path, @Nullable FindingDetails details) {
    this.rule = rule;
    this.severity = severity;
    this.outcome = outcome;
    this.path = path;
    this.details = details;
  }

  /**
   * Returns the rule's stable code, such as {@code DW-F-03}.
   *
   * @return the code, never null
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns the rule's metadata.
   *
   * @return the metadata, never null
   */
  public RuleInfo rule() {
    return rule;
  }

  /**
   * Returns the severity in force for the rule (its default, or the rule set's override).
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome, never null
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns the place checked, such as {@code funds.adjustedBudgetRevenue}.
   *
   * @return the path, never null
   */
  public FindingPath path() {
    return path;
  }

  /**
   * Returns why the rule could not decide or did not apply.
   *
   * @return the reason, or null for PASS and FAIL
   */
  public @Nullable Reason reason() {
    return details == null ? null : details.reason();
  }

  /**
   * Returns the value the form reports at the place.
   *
   * @return the value, or null if none was recorded (always null for PASS)
   */
  public @Nullable Object reportedValue() {
    return details == null ? null : details.reportedValue();
  }

  /**
   * Returns the expected value, often an {@link Interval}.
   *
   * @return the expectation, or null if none was recorded (always null for PASS)
   */
  public @Nullable Object expected() {
    return details == null ? null : details.expectedValue();
  }

  /**
   * Returns the inputs the rule used, in the order it named them.
   *
   * @return the inputs, unmodifiable, never null; values may be null (not printed)
   */
  public Map<String, @Nullable Object> inputs() {
    return details == null ? Map.of() : details.inputs();
  }

  /**
   * Returns the exception of a rule that threw.
   *
   * @return the cause, or null
   */
  public @Nullable Throwable cause() {
    return details == null ? null : details.cause();
  }

  /**
   * Returns the message key: the rule's own for FAIL, {@code reason.<REASON>} for INDETERMINATE and
   * NOT_APPLICABLE, {@code outcome.PASS} for PASS.
   *
   * @return the key, never null
   */
  public String messageKey() {
    if (details != null && details.messageKey() != null) {
      return Objects.requireNonNull(details.messageKey());
    }
    return switch (outcome) {
      case PASS -> "outcome.PASS";
      case FAIL -> rule.code() + ".fail";
      case INDETERMINATE -> "reason." + Objects.requireNonNull(reason());
      case NOT_APPLICABLE -> "notApplicable." + Objects.requireNonNull(reason());
    };
  }

  /**
   * Returns the message arguments, unformatted.
   *
   * @return the arguments, unmodifiable, never null
   */
  public List<@Nullable Object> messageArguments() {
    return details == null ? List.of() : details.arguments();
  }

  /**
   * Renders the message in the given locale: the rule's title followed by what was found. Only jixiao's bundles (or
   * the rule's) are read; the default locale is never consulted, and a locale without a bundle gets English.
   *
   * @param locale the locale, such as {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}, not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String title = rule.title(locale);
    String key = messageKey();
    Object[] args = details == null || details.messageKey() == null ? new Object[0] : details.rawArguments();
    if (details != null && details.messageKey() == null && outcome != Outcome.PASS && outcome != Outcome.FAIL) {
      List<String> unprinted = new java.util.ArrayList<>();
      details.inputs().forEach((name, value) -> {
        if (value == null) {
          unprinted.add(name);
        }
      });
      Object cause = details.cause() == null ? "" : String.valueOf(details.cause());
      args = new Object[] {unprinted.isEmpty() ? "—" : unprinted, cause};
    }
    String body = Messages.render(rule.bundle(), key, args, locale);
    return Messages.render(null, "finding", new Object[] {title, body}, locale);
  }

  /**
   * Returns a compact, locale-independent summary such as {@code DW-F-03 WARNING FAIL funds.adjustedBudgetRevenue}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(64).append(rule.code()).append(' ').append(severity).append(' ')
        .append(outcome).append(' ').append(path.isRoot() ? "(form)" : path.toString());
    Reason reason = reason();
    if (reason != null) {
      sb.append(" (").append(reason).append(')');
    }
    return sb.toString();
  }
}

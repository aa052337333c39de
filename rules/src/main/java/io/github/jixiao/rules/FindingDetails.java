package io.github.jixiao.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The details a rule attaches to a non-passing outcome: the reported value, the expected value or interval, the
 * inputs used, and the message key with its arguments. Returned by {@link AuditContext#fail(FindingPath)} and its
 * siblings for chaining; frozen when the audit ends.
 *
 * <p>Instances are mutable while the rule that created them runs and immutable afterwards; they are not meant to be
 * shared between threads before the audit ends.
 */
public final class FindingDetails {
  private static final Object[] NONE = new Object[0];

  private final @Nullable Reason reason;
  /** The place, set when recorded. */
  FindingPath path = FindingPath.root();
  private @Nullable Object reported;
  private @Nullable Object expected;
  private Object[] inputs = NONE;
  private int inputCount;
  private @Nullable String messageKey;
  private Object[] args = NONE;
  private @Nullable Throwable cause;
  /** The context that records this finding; closed when its audit ends. */
  private final AuditContext owner;

  FindingDetails(AuditContext owner, @Nullable Reason reason) {
    this.owner = owner;
    this.reason = reason;
  }

  /**
   * Sets the value the form reports at the place, such as the printed rate.
   *
   * @param value the value, may be null when nothing is printed
   * @return this, for chaining
   * @throws IllegalStateException if the audit has ended
   */
  public FindingDetails reported(@Nullable Object value) {
    checkOpen();
    this.reported = value;
    return this;
  }

  /**
   * Sets the expected value or {@link Interval}.
   *
   * @param value the expectation, may be null
   * @return this, for chaining
   * @throws IllegalStateException if the audit has ended
   */
  public FindingDetails expected(@Nullable Object value) {
    checkOpen();
    this.expected = value;
    return this;
  }

  /**
   * Adds an input the rule used, such as {@code ("actualExpenditure", 422.69万元)}; inputs keep their order.
   *
   * @param name the input's name, usually a path, not null
   * @param value the input's value, may be null when it is not printed
   * @return this, for chaining
   * @throws IllegalStateException if the audit has ended
   */
  public FindingDetails input(String name, @Nullable Object value) {
    checkOpen();
    Objects.requireNonNull(name, "name");
    if (inputs.length < (inputCount + 1) * 2) {
      inputs = Arrays.copyOf(inputs, Math.max(8, inputs.length * 2));
    }
    inputs[inputCount * 2] = name;
    inputs[inputCount * 2 + 1] = value;
    inputCount++;
    return this;
  }

  /**
   * Adds an input named by the path it was read from, such as {@code (funds.actualExpenditure, 422.69万元)}; the
   * name is rendered only when read.
   *
   * @param path the place the input was read from, not null
   * @param value the input's value, may be null when it is not printed
   * @return this, for chaining
   * @throws IllegalStateException if the audit has ended
   */
  public FindingDetails input(FindingPath path, @Nullable Object value) {
    checkOpen();
    Objects.requireNonNull(path, "path");
    if (inputs.length < (inputCount + 1) * 2) {
      inputs = Arrays.copyOf(inputs, Math.max(8, inputs.length * 2));
    }
    inputs[inputCount * 2] = path;
    inputs[inputCount * 2 + 1] = value;
    inputCount++;
    return this;
  }

  /**
   * Sets the message key (looked up in the rule's bundle) and its arguments; rendered only when read.
   *
   * @param key the message key, not null
   * @param arguments the arguments, none formatted yet
   * @return this, for chaining
   * @throws IllegalStateException if the audit has ended
   */
  public FindingDetails message(String key, @Nullable Object... arguments) {
    checkOpen();
    this.messageKey = Objects.requireNonNull(key, "key");
    this.args = arguments.length == 0 ? NONE : arguments.clone();
    return this;
  }

  FindingDetails cause(Throwable t) {
    this.cause = t;
    return this;
  }

  private void checkOpen() {
    if (owner.closed) {
      throw new IllegalStateException("the audit has ended; findings are immutable");
    }
  }

  @Nullable Reason reason() {
    return reason;
  }

  @Nullable Object reportedValue() {
    return resolve(reported);
  }

  @Nullable Object expectedValue() {
    return resolve(expected);
  }

  Map<String, @Nullable Object> inputs() {
    if (inputCount == 0) {
      return Map.of();
    }
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    for (int i = 0; i < inputCount; i++) {
      map.put(inputs[i * 2].toString(), resolve(inputs[i * 2 + 1]));
    }
    return Collections.unmodifiableMap(map);
  }

  @Nullable String messageKey() {
    return messageKey;
  }

  List<@Nullable Object> arguments() {
    return Collections.unmodifiableList(Arrays.asList(rawArguments()));
  }

  /** The arguments, deferred ones computed; the array is not to be changed. */
  Object[] rawArguments() {
    Object[] resolved = args;
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Deferred) {
        if (resolved == args) {
          resolved = args.clone();
        }
        resolved[i] = resolve(args[i]);
      }
    }
    return resolved;
  }

  static @Nullable Object resolve(@Nullable Object value) {
    return value instanceof Deferred d ? d.get() : value;
  }

  /**
   * A value of a finding that costs more to compute than the verdict did (an interval divided out at full precision,
   * rounded for display), computed only when the finding is read. Computing must be pure and deterministic: readers
   * on several threads may each compute it once and see equal values.
   */
  abstract static class Deferred {
    private @Nullable Object value;

    abstract Object compute();

    final Object get() {
      Object v = value;
      if (v == null) {
        v = compute();
        value = v;
      }
      return v;
    }

    @Override
    public String toString() {
      return get().toString();
    }
  }

  @Nullable Throwable cause() {
    return cause;
  }
}

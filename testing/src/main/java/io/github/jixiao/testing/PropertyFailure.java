package io.github.jixiao.testing;

import org.jspecify.annotations.Nullable;

/**
 * The failure of a property checked by {@link ForAll}: which property, which seed made the failing case, the case as
 * generated and as shrunk (both rendered as text, normally JSON), and the failures they caused.
 *
 * <p>It is an {@link AssertionError}, so that every test framework (JUnit 5 and 4, TestNG, a plain {@code main})
 * reports it as a failed assertion. Its {@linkplain #getCause() cause} is the failure of the shrunk case; the failure
 * of the original case, when it differs, is attached as {@linkplain #getSuppressed() suppressed}.
 *
 * <p>The cases themselves ({@link #originalCase()}, {@link #shrunkCase()}) are kept for programs that inspect the
 * failure; they are not serialized.
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The name of the property. */
  private final String property;
  /** The seed of the failing case. */
  private final long seed;
  /** The cases that passed before it. */
  private final int passedCases;
  /** The cases asked for. */
  private final int cases;
  /** The failing case, not serialized. */
  private final transient @Nullable Object originalCase;
  /** The shrunk failing case, not serialized. */
  private final transient @Nullable Object shrunkCase;
  /** The failing case as text. */
  private final String originalDescription;
  /** The shrunk case as text. */
  private final String shrunkDescription;
  /** The shrinking steps kept. */
  private final int shrinkSteps;

  PropertyFailure(String message, @Nullable Throwable cause, String property, long seed, int passedCases, int cases,
      @Nullable Object originalCase, @Nullable Object shrunkCase, String originalDescription,
      String shrunkDescription, int shrinkSteps) {
    super(message, cause);
    this.property = property;
    this.seed = seed;
    this.passedCases = passedCases;
    this.cases = cases;
    this.originalCase = originalCase;
    this.shrunkCase = shrunkCase;
    this.originalDescription = originalDescription;
    this.shrunkDescription = shrunkDescription;
    this.shrinkSteps = shrinkSteps;
  }

  /**
   * Returns the name of the property.
   *
   * @return the name, never null
   */
  public String property() {
    return property;
  }

  /**
   * Returns the seed of the failing case: {@code ForAll.sample(generator, seed)} generates it again, and
   * {@code -Djixiao.seed=<seed> -Djixiao.cases=1} makes it the first case of the run.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of cases that passed before the failing one.
   *
   * @return the count, 0 or more
   */
  public int passedCases() {
    return passedCases;
  }

  /**
   * Returns the number of cases the property was to be checked on.
   *
   * @return the count, 1 or more
   */
  public int cases() {
    return cases;
  }

  /**
   * Returns the failing case as generated.
   *
   * @return the case, or null when the generator itself failed, or after deserialization
   */
  public @Nullable Object originalCase() {
    return originalCase;
  }

  /**
   * Returns the smallest failing case shrinking found; the original case when shrinking found none smaller or was
   * switched off.
   *
   * @return the case, or null when the generator itself failed, or after deserialization
   */
  public @Nullable Object shrunkCase() {
    return shrunkCase;
  }

  /**
   * Returns the original case as text, normally JSON (see {@link ModelJson}).
   *
   * @return the text, never null
   */
  public String originalDescription() {
    return originalDescription;
  }

  /**
   * Returns the shrunk case as text, normally JSON (see {@link ModelJson}).
   *
   * @return the text, never null
   */
  public String shrunkDescription() {
    return shrunkDescription;
  }

  /**
   * Returns the number of shrinking steps that were kept (each a smaller case that still fails).
   *
   * @return the count, 0 when the original case could not be shrunk
   */
  public int shrinkSteps() {
    return shrinkSteps;
  }
}

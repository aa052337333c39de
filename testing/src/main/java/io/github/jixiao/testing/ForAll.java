package io.github.jixiao.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A small property-test runner: checks a property on many generated cases, each made from its own seed, and on the
 * first failure reports the seed, the failing case and a shrunk (smaller) failing case.
 *
 * <pre>{@code
 * @Test
 * void generatedDepartmentForms_raiseNoError() {
 *   ForAll.forAll(FormGenerators::department)
 *       .named("valid department forms raise no ERROR")
 *       .cases(10_000)
 *       .check(form -> assertThat(DepartmentRules.standardSet().audit(form).hasFailures(Severity.ERROR)).isFalse());
 * }
 * }</pre>
 *
 * <p><b>Generators</b> are plain functions from a {@link RandomGenerator} to a case, such as
 * {@link FormGenerators#department(RandomGenerator)}; they must take all their randomness from the generator they
 * are given (no clock, no other random source). Case {@code i} of a run is generated from seed {@code base + i}
 * through a generator that draws exactly what {@code new SplittableRandom(base + i)} would give for the methods
 * {@code nextInt}, {@code nextLong}, {@code nextBoolean}, {@code nextFloat} and {@code nextDouble} (bounded or not);
 * {@link #sample(Function, long)} makes the same case in any case.
 *
 * <p><b>Configuration.</b> The base seed and the number of cases are fixed in the code so that builds are
 * reproducible, and overridden for a run by system properties (Surefire passes them through:
 * {@code mvn test -Djixiao.seed=42 -Djixiao.cases=100000}):
 * <ul>
 *   <li>{@value #SEED_PROPERTY}: the base seed of every property (decimal, or hexadecimal with {@code 0x});</li>
 *   <li>{@value #CASES_PROPERTY}: the number of cases of every property;</li>
 *   <li>{@value #SHRINK_PROPERTY}: {@code false} to report failures without shrinking.</li>
 * </ul>
 * To replay a failure, set {@value #SEED_PROPERTY} to the seed it reports and {@value #CASES_PROPERTY} to 1.
 *
 * <p><b>Shrinking.</b> A failing case is shrunk by replaying the choices its generator made with fewer or smaller
 * ones (see {@code Choices}): counts drawn lower give fewer list elements (indicators, tasks, goals), amounts drawn
 * lower give smaller amounts, and the case stays one the generator can make, so a generator of well-formed forms
 * shrinks to a smaller well-formed form. A smaller case is kept while the property still fails with the same class of
 * failure, within {@link #shrinkAttempts(int)} attempts.
 *
 * <p><b>Failures.</b> A property fails by throwing an {@link AssertionError} or an exception (of any assertion
 * library); the runner then throws a {@link PropertyFailure}, an {@code AssertionError} whose message holds the
 * seed, the shrunk case, the original case (both as JSON, see {@link ModelJson}) and their failures. The runner needs
 * no test framework and works under any. A case is <em>discarded</em>, not failed, when the property calls
 * {@link #assume(boolean)} with false or throws JUnit's {@code TestAbortedException} ({@code Assumptions.assumeTrue}),
 * JUnit 4's {@code AssumptionViolatedException} or TestNG's {@code SkipException}; discarded cases are replaced by
 * new ones, up to {@value #MAX_DISCARD_RATIO} times as many as the cases asked for.
 *
 * <p>This class is immutable and thread-safe; the methods that configure return a new runner.
 *
 * @param <T> the type of the cases
 */
public final class ForAll<T> {
  /** The system property that overrides the base seed of every property: {@value}. */
  public static final String SEED_PROPERTY = "jixiao.seed";
  /** The system property that overrides the number of cases of every property: {@value}. */
  public static final String CASES_PROPERTY = "jixiao.cases";
  /** The system property that switches shrinking off when {@code false}: {@value}. */
  public static final String SHRINK_PROPERTY = "jixiao.shrink";
  /** The base seed used when neither the code nor {@value #SEED_PROPERTY} sets one: {@value}. */
  public static final long DEFAULT_SEED = 20211231L;
  /** The number of cases checked when neither the code nor {@value #CASES_PROPERTY} sets one: {@value}. */
  public static final int DEFAULT_CASES = 1_000;
  /** The number of candidates shrinking tries at most, unless {@link #shrinkAttempts(int)} says otherwise: {@value}. */
  public static final int DEFAULT_SHRINK_ATTEMPTS = 2_000;
  /** How many cases may be discarded per case asked for before the run fails: {@value}. */
  public static final int MAX_DISCARD_RATIO = 10;

  private static final String[] DISCARD_EXCEPTIONS = {"org.opentest4j.TestAbortedException",
      "org.junit.AssumptionViolatedException", "org.junit.internal.AssumptionViolatedException",
      "org.testng.SkipException"};

  private final Function<RandomGenerator, ? extends T> generator;
  private final String name;
  private final int cases;
  private final long seed;
  private final int shrinkAttempts;
  private final Function<? super T, String> describer;

  private ForAll(Function<RandomGenerator, ? extends T> generator, String name, int cases, long seed,
      int shrinkAttempts, Function<? super T, String> describer) {
    this.generator = generator;
    this.name = name;
    this.cases = cases;
    this.seed = seed;
    this.shrinkAttempts = shrinkAttempts;
    this.describer = describer;
  }

  /**
   * A property of one case: returns normally when it holds, throws when it does not.
   *
   * @param <T> the type of the cases
   */
  @FunctionalInterface
  public interface Property<T> {
    /**
     * Checks the property on one case.
     *
     * @param value the case, not null unless the generator returns null
     * @throws Exception (or an {@link AssertionError}) when the property does not hold
     */
    void check(T value) throws Exception;
  }

  //-----------------------------------------------------------------------
  /**
   * Starts a property over the cases of a generator, with {@value #DEFAULT_CASES} cases, base seed
   * {@value #DEFAULT_SEED} and cases described as JSON.
   *
   * @param generator makes one case from a source of randomness, not null
   * @param <T> the type of the cases
   * @return the runner, never null
   */
  public static <T> ForAll<T> forAll(Function<RandomGenerator, ? extends T> generator) {
    Objects.requireNonNull(generator, "generator");
    return new ForAll<>(generator, "property", DEFAULT_CASES, DEFAULT_SEED, DEFAULT_SHRINK_ATTEMPTS,
        ModelJson::toJson);
  }

  /**
   * Returns a runner with a name for the property, used in the failure report.
   *
   * @param name the name, not blank
   * @return a new runner, never null
   */
  public ForAll<T> named(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return new ForAll<>(generator, name, cases, seed, shrinkAttempts, describer);
  }

  /**
   * Returns a runner that checks the given number of cases (unless {@value #CASES_PROPERTY} is set).
   *
   * @param cases the number of cases, 1 or more
   * @return a new runner, never null
   */
  public ForAll<T> cases(int cases) {
    if (cases < 1) {
      throw new IllegalArgumentException("cases must be 1 or more, was " + cases);
    }
    return new ForAll<>(generator, name, cases, seed, shrinkAttempts, describer);
  }

  /**
   * Returns a runner whose case {@code i} is made from seed {@code seed + i} (unless {@value #SEED_PROPERTY} is set).
   *
   * @param seed the base seed
   * @return a new runner, never null
   */
  public ForAll<T> seed(long seed) {
    return new ForAll<>(generator, name, cases, seed, shrinkAttempts, describer);
  }

  /**
   * Returns a runner that tries at most the given number of smaller candidates when a case fails; 0 switches shrinking
   * off.
   *
   * @param attempts the number of candidates, 0 or more
   * @return a new runner, never null
   */
  public ForAll<T> shrinkAttempts(int attempts) {
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be 0 or more, was " + attempts);
    }
    return new ForAll<>(generator, name, cases, seed, attempts, describer);
  }

  /**
   * Returns a runner that describes failing cases with the given function instead of {@link ModelJson#toJson(Object)}.
   *
   * @param describer turns a case into text, not null
   * @return a new runner, never null
   */
  public ForAll<T> describedBy(Function<? super T, String> describer) {
    Objects.requireNonNull(describer, "describer");
    return new ForAll<>(generator, name, cases, seed, shrinkAttempts, describer);
  }

  /**
   * Returns the base seed this runner uses: {@value #SEED_PROPERTY} when set, else the one set in code.
   *
   * @return the base seed
   * @throws IllegalArgumentException if the system property is not a number
   */
  public long baseSeed() {
    String value = System.getProperty(SEED_PROPERTY);
    if (value == null || value.isBlank()) {
      return seed;
    }
    try {
      return Long.decode(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + SEED_PROPERTY + " must be a long, was '" + value
          + "'", e);
    }
  }

  /**
   * Returns the number of cases this runner checks: {@value #CASES_PROPERTY} when set, else the one set in code.
   *
   * @return the number of cases, 1 or more
   * @throws IllegalArgumentException if the system property is not a positive int
   */
  public int caseCount() {
    String value = System.getProperty(CASES_PROPERTY);
    if (value == null || value.isBlank()) {
      return cases;
    }
    int n;
    try {
      n = Integer.decode(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + CASES_PROPERTY + " must be an int, was '" + value
          + "'", e);
    }
    if (n < 1) {
      throw new IllegalArgumentException("system property " + CASES_PROPERTY + " must be 1 or more, was " + n);
    }
    return n;
  }

  private int effectiveShrinkAttempts() {
    return "false".equalsIgnoreCase(System.getProperty(SHRINK_PROPERTY, "").strip()) ? 0 : shrinkAttempts;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks the property on {@link #caseCount()} cases; returns when it holds on all of them.
   *
   * @param property the property, not null
   * @throws PropertyFailure if a case fails (the first failing case, shrunk), or if the generator throws
   * @throws AssertionError if more than {@value #MAX_DISCARD_RATIO} cases per case asked for were discarded
   */
  public void check(Property<? super T> property) {
    Objects.requireNonNull(property, "property");
    long base = baseSeed();
    int n = caseCount();
    long maxAttempts = (long) n * (MAX_DISCARD_RATIO + 1);
    int passed = 0;
    long discarded = 0;
    for (long attempt = 0; passed < n; attempt++) {
      if (attempt >= maxAttempts) {
        throw new AssertionError("Property \"" + name + "\": " + discarded + " cases were discarded and only "
            + passed + " of " + n + " checked (base seed " + base + "); the generator rarely makes cases the "
            + "property accepts");
      }
      long caseSeed = base + attempt;
      Choices choices = Choices.recording(new SplittableRandom(caseSeed));
      T value;
      try {
        value = generator.apply(choices);
      } catch (RuntimeException | AssertionError e) {
        throw new PropertyFailure("Property \"" + name + "\": the generator failed for seed " + caseSeed
            + " (replay: -D" + SEED_PROPERTY + "=" + caseSeed + " -D" + CASES_PROPERTY + "=1): " + e, e, name,
            caseSeed, passed, n, null, null, "", "", 0);
      }
      Throwable failure = run(property, value);
      if (failure == null) {
        passed++;
      } else if (failure == DISCARDED) {
        discarded++;
      } else {
        throw failure(property, caseSeed, passed, n, choices.drawn(), value, failure);
      }
    }
  }

  private static final Throwable DISCARDED = new Throwable("discarded", null, false, false) {
    private static final long serialVersionUID = 1L;
  };

  /** Runs the property: null when it holds, {@link #DISCARDED} when the case is discarded, else the failure. */
  private static <T> @Nullable Throwable run(Property<? super T> property, T value) {
    try {
      property.check(value);
      return null;
    } catch (Exception | AssertionError e) {
      return isDiscard(e) ? DISCARDED : e;
    }
  }

  static boolean isDiscard(Throwable t) {
    if (t instanceof CaseDiscarded) {
      return true;
    }
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      for (String name : DISCARD_EXCEPTIONS) {
        if (c.getName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private PropertyFailure failure(Property<? super T> property, long caseSeed, int passed, int n, long[] choices,
      T value, Throwable failure) {
    int attempts = effectiveShrinkAttempts();
    Shrinker.Result<T> shrunk = null;
    if (attempts > 0) {
      Function<T, @Nullable Throwable> check = v -> {
        Throwable f = run(property, v);
        return f == DISCARDED ? null : f;
      };
      shrunk = new Shrinker<T>(generator, check, attempts, choices, value, failure).shrink();
    }
    T small = shrunk == null ? value : shrunk.value();
    Throwable smallFailure = shrunk == null ? failure : shrunk.failure();
    int steps = shrunk == null ? 0 : shrunk.steps();
    String original = describe(value);
    String reduced = steps == 0 ? original : describe(small);

    StringBuilder m = new StringBuilder();
    m.append("Property \"").append(name).append("\" failed after ").append(passed).append(" passing case")
        .append(passed == 1 ? "" : "s").append(" of ").append(n).append(", seed ").append(caseSeed)
        .append(" (replay: -D").append(SEED_PROPERTY).append('=').append(caseSeed).append(" -D")
        .append(CASES_PROPERTY).append("=1)\n");
    if (shrunk == null) {
      m.append("Not shrunk (shrinking is off).\n");
    } else if (steps == 0) {
      m.append("No smaller failing case found in ").append(shrunk.attempts()).append(" attempts.\n");
    } else {
      m.append("Shrunk in ").append(steps).append(" step").append(steps == 1 ? "" : "s").append(" (")
          .append(shrunk.attempts()).append(" attempts) from ").append(choices.length).append(" to ")
          .append(shrunk.choices().length).append(" choices.\n");
      m.append("Shrunk case:\n").append(reduced).append('\n');
      m.append("Failure of the shrunk case: ").append(smallFailure).append('\n');
    }
    m.append("Failing case (seed ").append(caseSeed).append("):\n").append(original).append('\n');
    m.append("Failure: ").append(failure);
    PropertyFailure error = new PropertyFailure(m.toString(), smallFailure, name, caseSeed, passed, n, value, small,
        original, reduced, steps);
    if (smallFailure != failure) {
      error.addSuppressed(failure);
    }
    return error;
  }

  private String describe(T value) {
    try {
      return describer.apply(value);
    } catch (RuntimeException e) {
      try {
        return String.valueOf(value) + " (describing it failed: " + e + ")";
      } catch (RuntimeException again) {
        return "<the case cannot be described: " + e + ">";
      }
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Discards the current case unless the condition holds: the runner replaces it with a new case instead of failing.
   * Call it from inside a property.
   *
   * @param condition whether the case is one the property is about
   * @throws RuntimeException (an internal type the runner recognises) when the condition is false
   */
  public static void assume(boolean condition) {
    if (!condition) {
      throw new CaseDiscarded();
    }
  }

  /**
   * Generates the case the runner makes from a seed: case {@code i} of a run with base seed {@code b} is
   * {@code sample(generator, b + i)}.
   *
   * @param generator the generator, not null
   * @param seed the seed of the case
   * @param <T> the type of the case
   * @return the case, as the generator returns it
   */
  public static <T> T sample(Function<RandomGenerator, ? extends T> generator, long seed) {
    Objects.requireNonNull(generator, "generator");
    return generator.apply(Choices.recording(new SplittableRandom(seed)));
  }

  /** Thrown by {@link #assume(boolean)}; recognised by the runner as a discarded case. */
  static final class CaseDiscarded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CaseDiscarded() {
      super("case discarded: an assumption of the property does not hold", null, false, false);
    }
  }

  @Override
  public String toString() {
    return "ForAll[" + name + ", cases=" + cases + ", seed=" + seed + ", shrinkAttempts=" + shrinkAttempts + "]";
  }
}

package io.github.jixiao.core;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A minimal property-test runner on a seeded {@link SplittableRandom}: generates inputs, checks each, and on the first
 * failure reports the seed, the case number and the input, so that the failure can be replayed exactly.
 *
 * <p>The seed is fixed per property so that builds are reproducible; set the system property {@code jixiao.seed} to
 * explore other seeds (for example {@code mvn test -Djixiao.seed=42}; Surefire passes user properties through).
 */
final class Property {
  private Property() {}

  /**
   * Runs {@code check} on {@code cases} inputs made by {@code generator}.
   *
   * @param name the property, for the failure message
   * @param defaultSeed the seed used unless {@code jixiao.seed} is set
   * @param cases how many inputs to check
   * @param generator makes one input from the random source
   * @param check throws on a counter-example
   * @param <T> the input type
   */
  static <T> void forAll(String name, long defaultSeed, int cases, Function<SplittableRandom, T> generator,
      Consumer<T> check) {
    long seed = Long.getLong("jixiao.seed", defaultSeed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < cases; i++) {
      T input = generator.apply(random);
      try {
        check.accept(input);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("property '" + name + "' failed on case " + i + " of " + cases + " with seed " + seed
            + " (replay with -Djixiao.seed=" + seed + "), input <" + describe(input) + ">: " + e.getMessage(), e);
      }
    }
  }

  private static String describe(Object input) {
    String s = String.valueOf(input);
    StringBuilder out = new StringBuilder();
    s.codePoints().limit(500).forEach(cp -> {
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return s.length() > 500 ? out + "…(" + s.length() + " chars)" : out.toString();
  }
}

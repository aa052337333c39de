package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ShrinkerTest {
  private static List<Integer> list(RandomGenerator r) {
    int n = r.nextInt(0, 30);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(r.nextInt(0, 1_000));
    }
    return out;
  }

  private static <T> Shrinker.Result<T> shrinkFirstFailure(Function<RandomGenerator, T> generator,
      Function<T, @Nullable Throwable> check, int attempts) {
    for (long seed = 0; ; seed++) {
      Choices choices = Choices.recording(new SplittableRandom(seed));
      T value = generator.apply(choices);
      Throwable failure = check.apply(value);
      if (failure != null) {
        return new Shrinker<>(generator, check, attempts, choices.drawn(), value, failure).shrink();
      }
    }
  }

  private static @Nullable Throwable fails(boolean condition) {
    return condition ? new AssertionError("fails") : null;
  }

  @Test
  void aListWithAnElementOf500OrMore_shrinksToTheSingleElement500() {
    Shrinker.Result<List<Integer>> r = shrinkFirstFailure(ShrinkerTest::list,
        l -> fails(l.stream().anyMatch(x -> x >= 500)), 5_000);
    assertThat(r.value()).containsExactly(500);
    assertThat(r.steps()).isPositive();
  }

  @Test
  void aListLongerThan5_shrinksToSixZeros() {
    Shrinker.Result<List<Integer>> r = shrinkFirstFailure(ShrinkerTest::list, l -> fails(l.size() > 5), 5_000);
    assertThat(r.value()).containsExactly(0, 0, 0, 0, 0, 0);
  }

  @Test
  void anAmount_shrinksToTheSmallestThatFails() {
    Shrinker.Result<Long> r = shrinkFirstFailure(g -> g.nextLong(0, 1_000_000_000L), v -> fails(v >= 12_345), 5_000);
    assertThat(r.value()).isEqualTo(12_345L);
  }

  @Test
  void aFailureOfAnotherClass_isNotTakenForTheSame() {
    Function<Long, @Nullable Throwable> check = v -> v >= 900 ? new IllegalStateException("big")
        : v >= 100 ? new AssertionError("medium") : null;
    for (long seed = 0; seed < 50; seed++) {
      Choices choices = Choices.recording(new SplittableRandom(seed));
      long value = choices.nextLong(0, 1_000);
      Throwable failure = check.apply(value);
      if (failure instanceof IllegalStateException) {
        Shrinker.Result<Long> r = new Shrinker<Long>(g -> g.nextLong(0, 1_000), check, 1_000, choices.drawn(), value,
            failure).shrink();
        assertThat(r.value()).isEqualTo(900L);
        assertThat(r.failure()).isInstanceOf(IllegalStateException.class);
        return;
      }
    }
    throw new AssertionError("no seed made a big value");
  }

  @Test
  void nothingSmallerFailing_keepsTheOriginalCase() {
    Shrinker.Result<Integer> r = shrinkFirstFailure(g -> g.nextInt(0, 10), v -> fails(v == 7), 1_000);
    assertThat(r.value()).isEqualTo(7);
    assertThat(r.steps()).isZero();
    assertThat(r.attempts()).isPositive();
  }

  @Test
  void attempts_stopAtTheLimit() {
    Shrinker.Result<List<Integer>> r = shrinkFirstFailure(ShrinkerTest::list, l -> fails(l.size() > 20), 7);
    assertThat(r.attempts()).isLessThanOrEqualTo(7);
    assertThat(r.value().size()).isGreaterThan(20);
  }

  @Test
  void aGeneratorThatNeverEndsOnSmallChoices_isAbandoned_andShrinkingEnds() {
    Function<RandomGenerator, Integer> generator = g -> {
      int target = g.nextInt(0, 100);
      int tries = 0;
      while (g.nextInt(0, 10) != 9) {
        tries++;
      }
      return target + tries * 0;
    };
    Shrinker.Result<Integer> r = shrinkFirstFailure(generator, v -> fails(v >= 50), 2_000);
    assertThat(r.value()).isEqualTo(50);
  }

  @Test
  void shortlexLess_comparesLengthFirst_thenTheFirstDifferenceUnsigned() {
    assertThat(Shrinker.shortlexLess(new long[] {9}, new long[] {0, 0})).isTrue();
    assertThat(Shrinker.shortlexLess(new long[] {0, 0}, new long[] {9})).isFalse();
    assertThat(Shrinker.shortlexLess(new long[] {1, 5}, new long[] {1, 6})).isTrue();
    assertThat(Shrinker.shortlexLess(new long[] {5, -1}, new long[] {5, 1})).isFalse();
    assertThat(Shrinker.shortlexLess(new long[] {3}, new long[] {3})).isFalse();
  }
}

package io.github.jixiao.testing;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing case by shrinking the choices its generator made (see {@link Choices}), then generating again:
 * the case stays one the generator can make, so a generator of well-formed forms keeps giving well-formed forms, only
 * smaller ones.
 *
 * <p>Three passes alternate until none makes progress or the attempts run out: deleting runs of 8, 4, 2 and 1
 * consecutive choices (an element of a list disappears and the ones after it move up); lowering a small choice (a
 * count) by one while deleting the choices right after it (the first element of a list disappears); and lowering each
 * choice toward 0 by bisection (a count toward its minimum, an amount toward its smallest value). A candidate is kept
 * when the property still fails with the same class of failure and its choices come before the current ones in
 * shortlex order (fewer choices, or as many and the first differing one smaller); that order is well-founded, so
 * shrinking ends.
 *
 * <p>Instances are not thread-safe; each shrink uses its own.
 *
 * @param <T> the type of the cases
 */
final class Shrinker<T> {
  private final Function<RandomGenerator, ? extends T> generator;
  private final Function<? super T, @Nullable Throwable> check;
  private final int maxAttempts;

  private long[] current;
  private T value;
  private Throwable failure;
  private int attempts;
  private int steps;
  private final int drawLimit;
  /** The largest choice {@link #dropFirstPass()} takes for a count. */
  private static final long SMALL = 64;

  /**
   * Prepares to shrink a failing case.
   *
   * @param generator the generator of the case, not null
   * @param check runs the property on a case and returns its failure, or null when it holds or discards the case
   * @param maxAttempts the most candidates to try
   * @param choices the choices that made the failing case, not null
   * @param value the failing case, not null
   * @param failure the failure of the case, not null
   */
  Shrinker(Function<RandomGenerator, ? extends T> generator, Function<? super T, @Nullable Throwable> check,
      int maxAttempts, long[] choices, T value, Throwable failure) {
    this.generator = Objects.requireNonNull(generator, "generator");
    this.check = Objects.requireNonNull(check, "check");
    this.maxAttempts = maxAttempts;
    this.current = choices.clone();
    this.value = value;
    this.failure = failure;
    this.drawLimit = (int) Math.min(Integer.MAX_VALUE, 10L * choices.length + 10_000);
  }

  /** The result of shrinking. */
  record Result<T>(long[] choices, T value, Throwable failure, int steps, int attempts) {}

  /**
   * Shrinks as far as the passes and the attempts allow.
   *
   * @return the smallest failing case found (the original one if none smaller fails), never null
   */
  Result<T> shrink() {
    boolean progress = true;
    while (progress && attempts < maxAttempts) {
      progress = deletePass();
      progress |= dropFirstPass();
      progress |= lowerPass();
    }
    return new Result<>(current.clone(), value, failure, steps, attempts);
  }

  private boolean deletePass() {
    boolean progress = false;
    for (int k = 8; k >= 1; k /= 2) {
      int i = 0;
      while (i + k <= current.length && attempts < maxAttempts) {
        long[] candidate = new long[current.length - k];
        System.arraycopy(current, 0, candidate, 0, i);
        System.arraycopy(current, i + k, candidate, i, current.length - i - k);
        if (accept(candidate)) {
          progress = true;
        } else {
          i++;
        }
      }
    }
    return progress;
  }

  /**
   * Lowers a small choice by one while deleting the run of choices right after it: a count one lower with its first
   * element gone (the delete pass alone drops only the last element of a list, by lowering its count).
   */
  private boolean dropFirstPass() {
    boolean progress = false;
    for (int j = 0; j < current.length - 1 && attempts < maxAttempts; j++) {
      long v = current[j];
      if (v <= 0 || v > SMALL) {
        continue;
      }
      for (int k = 1; k <= 8 && j + 1 + k <= current.length && attempts < maxAttempts; k++) {
        long[] candidate = new long[current.length - k];
        System.arraycopy(current, 0, candidate, 0, j + 1);
        System.arraycopy(current, j + 1 + k, candidate, j + 1, current.length - j - 1 - k);
        candidate[j] = v - 1;
        if (accept(candidate)) {
          progress = true;
          break;
        }
      }
    }
    return progress;
  }

  private boolean lowerPass() {
    boolean progress = false;
    for (int i = 0; i < current.length && attempts < maxAttempts; i++) {
      long v = current[i];
      if (v == 0) {
        continue;
      }
      if (accept(with(i, 0))) {
        progress = true;
        continue;
      }
      // bisection on unsigned values: lo does not fail (or was not tried), hi fails
      long lo = 0;
      long hi = v;
      while (Long.compareUnsigned(hi - lo, 1) > 0 && attempts < maxAttempts && i < current.length
          && current[i] == hi) {
        long mid = lo + ((hi - lo) >>> 1);
        if (accept(with(i, mid))) {
          progress = true;
          hi = mid;
        } else {
          lo = mid;
        }
      }
    }
    return progress;
  }

  private long[] with(int index, long choice) {
    long[] candidate = current.clone();
    candidate[index] = choice;
    return candidate;
  }

  /** Tries a candidate; keeps it (and returns true) when it fails alike and is shortlex-smaller. */
  private boolean accept(long[] candidate) {
    attempts++;
    Choices replay = Choices.replaying(candidate, drawLimit);
    T v;
    try {
      v = generator.apply(replay);
    } catch (RuntimeException | AssertionError e) {
      return false;
    }
    Throwable f = check.apply(v);
    if (f == null || f.getClass() != failure.getClass()) {
      return false;
    }
    long[] used = replay.drawn();
    if (!shortlexLess(used, current)) {
      return false;
    }
    current = used;
    value = v;
    failure = f;
    steps++;
    return true;
  }

  /**
   * Returns true if {@code a} comes before {@code b}: fewer choices, or as many and the first differing choice smaller
   * (unsigned).
   *
   * @param a one sequence, not null
   * @param b the other, not null
   * @return whether a is strictly smaller
   */
  static boolean shortlexLess(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    int i = Arrays.mismatch(a, b);
    return i >= 0 && Long.compareUnsigned(a[i], b[i]) < 0;
  }
}

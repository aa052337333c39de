package io.github.jixiao.testing;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RandomGenerator} that records every choice a generator makes, or replays a recorded sequence of choices:
 * the basis of shrinking in {@link ForAll}.
 *
 * <p>A <em>choice</em> is one call of a drawing method, stored as a non-negative offset where the method has a range
 * ({@code nextInt(1, 7)} returning 3 is stored as 2, its distance from the origin; {@code nextBoolean()} as 0 or 1;
 * {@code nextDouble()} as the 53-bit integer behind the double) and as the raw bits otherwise ({@code nextLong()},
 * {@code nextInt()}). A smaller stored choice therefore gives a value nearer the origin of its range: fewer list
 * elements when the choice is a count, a smaller amount when it is an amount. The methods not overridden here
 * ({@code nextGaussian}, {@code nextBytes}, the bounded {@code nextDouble}/{@code nextFloat}, the streams) are the
 * interface's defaults, which draw through the overridden ones.
 *
 * <p>Recording delegates each call to the same method of the source, so a generator that draws with the methods
 * overridden here sees exactly the values the source itself would give. Replaying returns the recorded choice, reduced
 * into the range asked for ({@code choice mod n}); once the recording is exhausted every further choice is 0, the
 * smallest. A replay that draws more than {@code limit} choices is abandoned with {@link Overrun} (a generator whose
 * loop never ends on all-zero choices).
 *
 * <p>Instances are not thread-safe; each generated case uses its own.
 */
final class Choices implements RandomGenerator {
  /** Two to the power 53, the number of doubles {@link #nextDouble()} can return. */
  private static final long DOUBLE_CHOICES = 1L << 53;
  /** Two to the power 24, the number of floats {@link #nextFloat()} can return. */
  private static final long FLOAT_CHOICES = 1L << 24;
  private static final double DOUBLE_UNIT = 0x1.0p-53;
  private static final float FLOAT_UNIT = 0x1.0p-24f;

  private final @Nullable RandomGenerator source;
  private final long[] replay;
  private final int limit;
  private long[] drawn = new long[64];
  private int count;

  private Choices(@Nullable RandomGenerator source, long[] replay, int limit) {
    this.source = source;
    this.replay = replay;
    this.limit = limit;
  }

  /**
   * Records the choices drawn from a source.
   *
   * @param source the source of randomness, not null
   * @return a recording generator, never null
   */
  static Choices recording(RandomGenerator source) {
    return new Choices(Objects.requireNonNull(source, "source"), new long[0], Integer.MAX_VALUE);
  }

  /**
   * Replays recorded choices; choices beyond them are 0.
   *
   * @param choices the choices to replay, not null, not modified
   * @param limit the most choices a replay may draw before it is abandoned with {@link Overrun}
   * @return a replaying generator, never null
   */
  static Choices replaying(long[] choices, int limit) {
    return new Choices(null, choices.clone(), limit);
  }

  /**
   * Returns the choices drawn so far, each as stored (reduced into its range).
   *
   * @return a copy of the choices, never null
   */
  long[] drawn() {
    return Arrays.copyOf(drawn, count);
  }

  /**
   * Returns the number of choices drawn so far.
   *
   * @return the count
   */
  int count() {
    return count;
  }

  /** The next choice to replay (0 beyond the recording), before reduction. */
  private long replayed() {
    if (count >= limit) {
      throw new Overrun(limit);
    }
    return count < replay.length ? replay[count] : 0;
  }

  private void store(long choice) {
    if (count == drawn.length) {
      drawn = Arrays.copyOf(drawn, drawn.length * 2);
    }
    drawn[count++] = choice;
  }

  /** A choice in [0, n) where n is read as unsigned (0 means 2^64: every long). */
  private long bounded(long n, long recorded) {
    long choice = n == 0 ? recorded : Long.remainderUnsigned(recorded, n);
    store(choice);
    return choice;
  }

  //-----------------------------------------------------------------------
  @Override
  public long nextLong() {
    long choice = source != null ? source.nextLong() : replayed();
    store(choice);
    return choice;
  }

  @Override
  public int nextInt() {
    long choice = source != null ? source.nextInt() : (int) replayed();
    store(choice);
    return (int) choice;
  }

  @Override
  public boolean nextBoolean() {
    long choice = source != null ? (source.nextBoolean() ? 1 : 0) : replayed() & 1;
    store(choice);
    return choice == 1;
  }

  @Override
  public double nextDouble() {
    if (source != null) {
      double d = source.nextDouble();
      long choice = (long) (d * DOUBLE_CHOICES);
      if (choice * DOUBLE_UNIT != d) {
        throw new IllegalStateException("the source's nextDouble() is not a multiple of 2^-53: " + d);
      }
      store(choice);
      return d;
    }
    return bounded(DOUBLE_CHOICES, replayed()) * DOUBLE_UNIT;
  }

  @Override
  public float nextFloat() {
    if (source != null) {
      float f = source.nextFloat();
      long choice = (long) (f * FLOAT_CHOICES);
      if (choice * FLOAT_UNIT != f) {
        throw new IllegalStateException("the source's nextFloat() is not a multiple of 2^-24: " + f);
      }
      store(choice);
      return f;
    }
    return bounded(FLOAT_CHOICES, replayed()) * FLOAT_UNIT;
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    if (source != null) {
      int r = source.nextInt(bound);
      store(r);
      return r;
    }
    return (int) bounded(bound, replayed());
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("bound (" + bound + ") must be greater than origin (" + origin + ")");
    }
    if (source != null) {
      int r = source.nextInt(origin, bound);
      store((long) r - origin);
      return r;
    }
    return (int) (origin + bounded((long) bound - origin, replayed()));
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    if (source != null) {
      long r = source.nextLong(bound);
      store(r);
      return r;
    }
    return bounded(bound, replayed());
  }

  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("bound (" + bound + ") must be greater than origin (" + origin + ")");
    }
    if (source != null) {
      long r = source.nextLong(origin, bound);
      store(r - origin);
      return r;
    }
    return origin + bounded(bound - origin, replayed());
  }

  //-----------------------------------------------------------------------
  /** Thrown when a replay draws more choices than its limit allows; the candidate is then discarded. */
  static final class Overrun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Overrun(int limit) {
      super("more than " + limit + " choices drawn", null, false, false);
    }
  }
}

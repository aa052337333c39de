package io.github.jixiao.rules;

import java.math.BigDecimal;

/**
 * Allocation-free exact arithmetic on printed figures: a decimal with at most 17 digits becomes its unscaled digits
 * as a {@code long}; products and sums are checked for overflow. Callers fall back to {@link BigDecimal} when a
 * figure does not fit ({@link #NONE}) or an operation overflows ({@link ArithmeticException}).
 */
final class Exact {
  /** Marks a decimal that does not fit. */
  static final long NONE = Long.MIN_VALUE;
  static final int MAX_SCALE = 18;
  private static final long[] POW10 = new long[MAX_SCALE + 1];

  static {
    long p = 1;
    for (int i = 0; i <= MAX_SCALE; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private Exact() {}

  /** The unscaled digits of {@code v} (42269 for 422.69), or {@link #NONE} when they need more than 17 digits. */
  static long unscaled(BigDecimal v) {
    int scale = v.scale();
    if (scale < 0 || scale > MAX_SCALE || v.precision() > 17) {
      return NONE;
    }
    return v.scaleByPowerOfTen(scale).longValueExact();
  }

  /** {@code 10^n}; throws ArithmeticException beyond 10^18. */
  static long pow10(int n) {
    if (n < 0 || n > MAX_SCALE) {
      throw new ArithmeticException("10^" + n);
    }
    return POW10[n];
  }

  /** {@code digits · 10^n}, exactly. */
  static long rescale(long digits, int n) {
    return Math.multiplyExact(digits, pow10(n));
  }

  static long mul(long a, long b) {
    return Math.multiplyExact(a, b);
  }

  static long add(long a, long b) {
    return Math.addExact(a, b);
  }

  static long sub(long a, long b) {
    return Math.subtractExact(a, b);
  }
}

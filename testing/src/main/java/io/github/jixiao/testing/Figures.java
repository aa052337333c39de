package io.github.jixiao.testing;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Percentage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Drawing and printing figures for the generators: amounts in cents, factors in basis points, correctly rounded printed
 * rates, and the §6.1 intervals of the domain specification, computed here independently of the rules, with which an
 * anomaly generator makes sure a misprinted figure lies outside what its printed precision allows.
 */
final class Figures {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext DOWN = new MathContext(40, RoundingMode.FLOOR);
  private static final MathContext UP = new MathContext(40, RoundingMode.CEILING);

  private Figures() {}

  /** A decimal with 2 decimals in [min, max) cents. */
  static BigDecimal cents(RandomGenerator r, long minCents, long maxCents) {
    return BigDecimal.valueOf(r.nextLong(minCents, maxCents), 2);
  }

  /** {@code base × f} rounded half-up to 2 decimals, f drawn in [minBp, maxBp] basis points. */
  static BigDecimal scaled(RandomGenerator r, BigDecimal base, int minBp, int maxBp) {
    return round2(base.multiply(BigDecimal.valueOf(r.nextInt(minBp, maxBp + 1))).movePointLeft(4));
  }

  static BigDecimal round2(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  static Amount wan(BigDecimal v) {
    return Amount.of(v, AmountUnit.TEN_THOUSAND_YUAN);
  }

  /** The printed rate {@code num / den × 100}, rounded half-up once to {@code decimals}. */
  static Percentage rate(BigDecimal num, BigDecimal den, int decimals) {
    return Percentage.of(num.multiply(HUNDRED).divide(den, decimals, RoundingMode.HALF_UP));
  }

  /** The printed rate {@code |changed − base| / base × 100}, rounded half-up once to {@code decimals}. */
  static Percentage change(BigDecimal changed, BigDecimal base, int decimals) {
    return Percentage.of(changed.subtract(base).abs().multiply(HUNDRED).divide(base, decimals, RoundingMode.HALF_UP));
  }

  /** The exact ratio {@code num / den × 100} compared with {@code percent}: negative, zero or positive. */
  static int compareRatio(BigDecimal num, BigDecimal den, BigDecimal percent) {
    return num.multiply(HUNDRED).compareTo(percent.multiply(den));
  }

  /** The exact relative change {@code |changed − base| / base × 100} compared with {@code percent}. */
  static int compareChange(BigDecimal changed, BigDecimal base, BigDecimal percent) {
    return changed.subtract(base).abs().multiply(HUNDRED).compareTo(percent.multiply(base));
  }

  //-----------------------------------------------------------------------
  /**
   * The §6.1 interval of {@code n / d × 100} over the printed amounts (each ± half a unit of its last decimal),
   * rounded outward: {@code [lo, hi]}.
   */
  static BigDecimal[] ratioInterval(Amount n, Amount d) {
    BigDecimal nl = n.value().subtract(n.halfUnit());
    BigDecimal nh = n.value().add(n.halfUnit());
    BigDecimal dl = d.value().subtract(d.halfUnit());
    BigDecimal dh = d.value().add(d.halfUnit());
    if (dl.signum() <= 0) {
      throw new ArithmeticException("denominator may be zero: " + d);
    }
    BigDecimal lo = nl.multiply(HUNDRED).divide(nl.signum() >= 0 ? dh : dl, DOWN);
    BigDecimal hi = nh.multiply(HUNDRED).divide(nh.signum() >= 0 ? dl : dh, UP);
    return new BigDecimal[] {lo, hi};
  }

  /** The §6.1 interval of {@code |a − i| / i × 100} over the extreme combinations of the printed amounts. */
  static BigDecimal[] changeInterval(Amount changed, Amount base) {
    BigDecimal al = changed.value().subtract(changed.halfUnit());
    BigDecimal ah = changed.value().add(changed.halfUnit());
    BigDecimal il = base.value().subtract(base.halfUnit());
    BigDecimal ih = base.value().add(base.halfUnit());
    if (il.signum() <= 0) {
      throw new ArithmeticException("base may be zero: " + base);
    }
    BigDecimal gLo = al.multiply(HUNDRED).divide(al.signum() >= 0 ? ih : il, DOWN).subtract(HUNDRED);
    BigDecimal gHi = ah.multiply(HUNDRED).divide(ah.signum() >= 0 ? il : ih, UP).subtract(HUNDRED);
    if (gLo.signum() >= 0) {
      return new BigDecimal[] {gLo, gHi};
    }
    if (gHi.signum() <= 0) {
      return new BigDecimal[] {gHi.negate(), gLo.negate()};
    }
    return new BigDecimal[] {BigDecimal.ZERO, gHi.max(gLo.negate())};
  }

  /**
   * True if the printed percentage, widened by half a unit of its last decimal and by {@code margin}, stays clear of
   * the interval: the rules reject it for certain, not at a rounding edge.
   */
  static boolean clearOf(Percentage printed, BigDecimal[] interval, BigDecimal margin) {
    BigDecimal reach = printed.halfUnit().add(margin);
    return printed.percent().add(reach).compareTo(interval[0]) < 0
        || printed.percent().subtract(reach).compareTo(interval[1]) > 0;
  }

  /**
   * A misprinted rate: the correct rate moved by {@code m} ∈ [minPoints, minPoints + 5) percentage points, down when
   * {@code down} allows it (and the result stays ≥ 0), up otherwise, printed with {@code decimals}, and moved further
   * until it is clear of the interval by a margin of 0.1 point.
   */
  static Percentage misprinted(RandomGenerator r, BigDecimal exactPercent, BigDecimal[] interval, int decimals,
      int minPoints, boolean down) {
    BigDecimal m = BigDecimal.valueOf(minPoints * 100L + r.nextInt(0, 500), 2);
    boolean goDown = down && exactPercent.subtract(m).signum() >= 0;
    BigDecimal margin = new BigDecimal("0.1");
    BigDecimal step = BigDecimal.ONE;
    for (int i = 0; ; i++) {
      BigDecimal p = (goDown ? exactPercent.subtract(m) : exactPercent.add(m)).setScale(decimals,
          RoundingMode.HALF_UP);
      if (p.signum() >= 0) {
        Percentage candidate = Percentage.of(p);
        if (clearOf(candidate, interval, margin)) {
          return candidate;
        }
      } else {
        goDown = false;
      }
      m = m.add(step);
      if (i > 10_000) {
        throw new IllegalStateException("no misprint found for " + exactPercent + " in " + Arrays.toString(interval));
      }
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Splits {@code total} units into {@code count} parts that add up exactly; every part is at least 1 when
   * {@code total ≥ count}. The cut points are drawn without rejection (Floyd's sampling), so a generator replayed with
   * all-zero choices still ends.
   */
  static long[] partition(RandomGenerator r, long total, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be 1 or more");
    }
    long[] cuts = new long[count + 1];
    cuts[count] = total;
    if (count > 1) {
      if (total >= count) {
        // count - 1 distinct cut points in [1, total - 1]
        Set<Long> chosen = new HashSet<>();
        long n = total - 1;
        for (long j = n - (count - 1) + 1; j <= n; j++) {
          long t = r.nextLong(1, j + 1);
          chosen.add(chosen.contains(t) ? j : t);
        }
        List<Long> sorted = new ArrayList<>(chosen);
        sorted.sort(Long::compare);
        for (int i = 0; i < sorted.size(); i++) {
          cuts[i + 1] = sorted.get(i);
        }
      } else {
        for (int i = 1; i < count; i++) {
          cuts[i] = r.nextLong(0, total + 1);
        }
        Arrays.sort(cuts, 1, count);
      }
    }
    long[] parts = new long[count];
    for (int i = 0; i < count; i++) {
      parts[i] = cuts[i + 1] - cuts[i];
    }
    return parts;
  }

  /** {@code k} distinct indexes of {@code [0, n)}, in the order drawn (a partial Fisher–Yates shuffle). */
  static int[] sample(RandomGenerator r, int n, int k) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = r.nextInt(i, n);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return Arrays.copyOf(all, k);
  }

  static <T> T pick(RandomGenerator r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}

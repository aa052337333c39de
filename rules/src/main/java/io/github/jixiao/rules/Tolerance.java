package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Percentage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Comparisons against printed figures, with the tolerance their printed precision implies (domain specification
 * §6.1). There are no epsilon constants: an amount printed with {@code s} decimals stands for ±0.5·10<sup>−s</sup>,
 * a percentage printed with {@code p} decimals likewise, and a printed figure is consistent when its interval meets
 * the interval of the figure recomputed from the other printed figures.
 *
 * <p>The {@code accepts…} and {@code atMost…} methods decide <em>exactly</em>: they compare fractions by
 * cross-multiplication, so no rounding enters a verdict. The {@code …Percent} methods give the interval for a report;
 * they divide, rounding outward (see {@link Interval#dividedBy(Interval, java.math.MathContext)}), so the reported
 * interval always contains the exact one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tolerance {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Tolerance() {}

  //-----------------------------------------------------------------------
  /**
   * Returns true if the printed rate {@code printed} may be the rate {@code numerator / denominator} of the printed
   * amounts: its interval [p − h, p + h] meets [(N − e)/(D + e), (N + e)/(D − e)] × 100 (§6.1).
   *
   * @param numerator the printed numerator, not null
   * @param denominator the printed denominator, not null
   * @param printed the printed rate, not null
   * @return whether the printed rate is consistent with the amounts
   * @throws ArithmeticException if the denominator's interval contains zero
   */
  public static boolean acceptsRatio(Amount numerator, Amount denominator, Percentage printed) {
    requireSameUnit(numerator, denominator);
    int fast = acceptsRatioFast(numerator, denominator, printed);
    if (fast == ZERO_DENOMINATOR) {
      throw new ArithmeticException("denominator " + denominator + " may be zero");
    }
    if (fast >= 0) {
      return fast == 1;
    }
    BigDecimal en = numerator.halfUnit();
    BigDecimal ed = denominator.halfUnit();
    BigDecimal nl = numerator.value().subtract(en);
    BigDecimal nh = numerator.value().add(en);
    BigDecimal dl = denominator.value().subtract(ed);
    BigDecimal dh = denominator.value().add(ed);
    if (dl.signum() <= 0) {
      throw new ArithmeticException("denominator " + denominator + " may be zero");
    }
    BigDecimal h = printed.halfUnit();
    BigDecimal pl = printed.percent().subtract(h);
    BigDecimal ph = printed.percent().add(h);
    // lower bound of the ratio: nl / (nl >= 0 ? dh : dl); upper: nh / (nh >= 0 ? dl : dh)
    boolean reachesLower = ph.multiply(nl.signum() >= 0 ? dh : dl).compareTo(nl.multiply(HUNDRED)) >= 0;
    boolean reachesUpper = pl.multiply(nh.signum() >= 0 ? dl : dh).compareTo(nh.multiply(HUNDRED)) <= 0;
    return reachesLower && reachesUpper;
  }

  private static final int ZERO_DENOMINATOR = -2;

  /** The long path of {@link #acceptsRatio}: 1 accept, 0 reject, -1 cannot decide in longs, -2 zero denominator. */
  private static int acceptsRatioFast(Amount numerator, Amount denominator, Percentage printed) {
    long n = Exact.unscaled(numerator.value());
    long d = Exact.unscaled(denominator.value());
    long p = Exact.unscaled(printed.percent());
    if (n == Exact.NONE || d == Exact.NONE || p == Exact.NONE) {
      return -1;
    }
    try {
      int sn = numerator.scale();
      int sd = denominator.scale();
      int scale = Math.max(sn, sd) + 1;
      long bigN = Exact.rescale(n, scale - sn);
      long en = Exact.rescale(5, scale - sn - 1);
      long bigD = Exact.rescale(d, scale - sd);
      long ed = Exact.rescale(5, scale - sd - 1);
      long nl = Exact.sub(bigN, en);
      long nh = Exact.add(bigN, en);
      long dl = Exact.sub(bigD, ed);
      long dh = Exact.add(bigD, ed);
      if (dl <= 0) {
        return ZERO_DENOMINATOR;
      }
      long bigP = Exact.mul(p, 10);
      long pl = bigP - 5;
      long ph = bigP + 5;
      long hundred = Exact.rescale(100, printed.decimals() + 1);
      boolean reachesLower = Exact.mul(ph, nl >= 0 ? dh : dl) >= Exact.mul(nl, hundred);
      boolean reachesUpper = Exact.mul(pl, nh >= 0 ? dl : dh) <= Exact.mul(nh, hundred);
      return reachesLower && reachesUpper ? 1 : 0;
    } catch (ArithmeticException e) {
      return -1;
    }
  }

  /**
   * Returns the interval, in percent points, of {@code numerator / denominator × 100} over the intervals of the
   * printed amounts, rounded outward.
   *
   * @param numerator the printed numerator, not null
   * @param denominator the printed denominator, not null
   * @return the interval, never null
   * @throws ArithmeticException if the denominator's interval contains zero
   */
  public static Interval ratioPercent(Amount numerator, Amount denominator) {
    requireSameUnit(numerator, denominator);
    return Interval.ofPrinted(numerator).times(HUNDRED).dividedBy(Interval.ofPrinted(denominator));
  }

  //-----------------------------------------------------------------------
  /**
   * Returns true if the printed rate may be the relative change {@code |changed − base| / base} of the printed
   * amounts, taking the extreme combinations of {@code changed ± e} and {@code base ± e} (§6.1; the sign is not
   * printed).
   *
   * @param changed the figure after the change, not null
   * @param base the figure before the change (the denominator), not null
   * @param printed the printed rate (a magnitude), not null
   * @return whether the printed rate is consistent with the amounts
   * @throws ArithmeticException if the base's interval contains zero
   */
  public static boolean acceptsRelativeChange(Amount changed, Amount base, Percentage printed) {
    requireSameUnit(changed, base);
    LongBounds lb = relativeChangeFast(changed, base);
    if (lb != null) {
      long p = Exact.unscaled(printed.percent());
      if (p != Exact.NONE) {
        try {
          long bigP = Exact.mul(p, 10);
          long hundred = Exact.rescale(100, printed.decimals() + 1);
          return Exact.mul(bigP + 5, lb.loDen) >= Exact.mul(lb.loNum, hundred)
              && Exact.mul(bigP - 5, lb.hiDen) <= Exact.mul(lb.hiNum, hundred);
        } catch (ArithmeticException e) {
          // fall through to BigDecimal
        }
      }
    }
    Bounds b = relativeChange(changed, base);
    BigDecimal h = printed.halfUnit();
    BigDecimal pl = printed.percent().subtract(h);
    BigDecimal ph = printed.percent().add(h);
    // |g| in [lo, hi] with lo = loNum/loDen, hi = hiNum/hiDen, dens > 0
    boolean reachesLower = ph.multiply(b.loDen).compareTo(b.loNum.multiply(HUNDRED)) >= 0;
    boolean reachesUpper = pl.multiply(b.hiDen).compareTo(b.hiNum.multiply(HUNDRED)) <= 0;
    return reachesLower && reachesUpper;
  }

  /**
   * Returns the interval, in percent points, of {@code |changed − base| / base × 100} over the extreme combinations
   * of the printed amounts, rounded outward.
   *
   * @param changed the figure after the change, not null
   * @param base the figure before the change, not null
   * @return the interval, never null
   * @throws ArithmeticException if the base's interval contains zero
   */
  public static Interval relativeChangePercent(Amount changed, Amount base) {
    Bounds b = relativeChange(changed, base);
    MathContext down = new MathContext(Interval.DEFAULT_PRECISION.getPrecision(), RoundingMode.FLOOR);
    MathContext up = new MathContext(Interval.DEFAULT_PRECISION.getPrecision(), RoundingMode.CEILING);
    return Interval.of(b.loNum.multiply(HUNDRED).divide(b.loDen, down), b.hiNum.multiply(HUNDRED).divide(b.hiDen, up));
  }

  //-----------------------------------------------------------------------
  /**
   * Returns true if two printed amounts may be the same figure: their intervals meet, so {@code |a − b|} is at most
   * the sum of their half units (0.01 for two amounts printed with 2 decimals).
   *
   * @param a one amount, not null
   * @param b the other amount, not null
   * @return whether they may be equal
   */
  public static boolean maybeEqual(Amount a, Amount b) {
    requireSameUnit(a, b);
    long x = Exact.unscaled(a.value());
    long y = Exact.unscaled(b.value());
    if (x != Exact.NONE && y != Exact.NONE) {
      try {
        int scale = Math.max(a.scale(), b.scale()) + 1;
        long diff = Math.abs(Exact.sub(Exact.rescale(x, scale - a.scale()), Exact.rescale(y, scale - b.scale())));
        return diff <= Exact.add(Exact.rescale(5, scale - a.scale() - 1), Exact.rescale(5, scale - b.scale() - 1));
      } catch (ArithmeticException e) {
        // fall through to BigDecimal
      }
    }
    return a.value().subtract(b.value()).abs().compareTo(a.halfUnit().add(b.halfUnit())) <= 0;
  }

  /**
   * Returns true if the true value of {@code part} may be at most the true value of {@code whole}: {@code part − e}
   * is at most {@code whole + e}.
   *
   * @param part the amount that should not exceed, not null
   * @param whole the amount that bounds it, not null
   * @return whether the printed figures allow {@code part ≤ whole}
   */
  public static boolean maybeAtMost(Amount part, Amount whole) {
    requireSameUnit(part, whole);
    long x = Exact.unscaled(part.value());
    long y = Exact.unscaled(whole.value());
    if (x != Exact.NONE && y != Exact.NONE) {
      try {
        int scale = Math.max(part.scale(), whole.scale()) + 1;
        long lower = Exact.sub(Exact.rescale(x, scale - part.scale()), Exact.rescale(5, scale - part.scale() - 1));
        long upper = Exact.add(Exact.rescale(y, scale - whole.scale()), Exact.rescale(5, scale - whole.scale() - 1));
        return lower <= upper;
      } catch (ArithmeticException e) {
        // fall through to BigDecimal
      }
    }
    return part.value().subtract(part.halfUnit()).compareTo(whole.value().add(whole.halfUnit())) <= 0;
  }

  /**
   * Returns true if the sum of printed parts may be at most a printed total: {@code Σ(part − e) ≤ total + e}, that
   * is {@code Σ parts − total ≤ (n + 1)·e} for parts and total printed alike (§6.1).
   *
   * @param parts the parts, not null, none null
   * @param total the total, not null
   * @return whether the printed figures allow {@code Σ parts ≤ total}
   */
  public static boolean maybeSumAtMost(List<Amount> parts, Amount total) {
    BigDecimal lower = BigDecimal.ZERO;
    for (Amount part : parts) {
      requireSameUnit(part, total);
      lower = lower.add(part.value()).subtract(part.halfUnit());
    }
    return lower.compareTo(total.value().add(total.halfUnit())) <= 0;
  }

  /**
   * Returns the interval of a sum of printed amounts.
   *
   * @param parts the parts, not null, none null
   * @return the interval of the sum, never null
   */
  public static Interval sum(List<Amount> parts) {
    Interval sum = Interval.exactly(BigDecimal.ZERO);
    for (Amount part : parts) {
      sum = sum.plus(Interval.ofPrinted(part));
    }
    return sum;
  }

  /**
   * Compares the relative change {@code |changed − base| / base} with a threshold in percent points: negative if the
   * change is certainly at or below the threshold, positive if certainly above it, zero if the printed precision
   * allows either side.
   *
   * @param changed the figure after the change, not null
   * @param base the figure before the change, not null
   * @param thresholdPercent the threshold in percent points, not null
   * @return -1, 0 or 1
   * @throws ArithmeticException if the base's interval contains zero
   */
  public static int compareRelativeChange(Amount changed, Amount base, BigDecimal thresholdPercent) {
    requireSameUnit(changed, base);
    LongBounds lb = relativeChangeFast(changed, base);
    long t = Exact.unscaled(thresholdPercent);
    if (lb != null && t != Exact.NONE) {
      try {
        long hundred = Exact.rescale(100, thresholdPercent.scale());
        if (Exact.mul(lb.hiNum, hundred) <= Exact.mul(t, lb.hiDen)) {
          return -1;
        }
        return Exact.mul(lb.loNum, hundred) > Exact.mul(t, lb.loDen) ? 1 : 0;
      } catch (ArithmeticException e) {
        // fall through to BigDecimal
      }
    }
    Bounds b = relativeChange(changed, base);
    if (b.hiNum.multiply(HUNDRED).compareTo(thresholdPercent.multiply(b.hiDen)) <= 0) {
      return -1;
    }
    return b.loNum.multiply(HUNDRED).compareTo(thresholdPercent.multiply(b.loDen)) > 0 ? 1 : 0;
  }

  /**
   * Compares the ratio {@code numerator / denominator} with a threshold in percent points: negative if the ratio is
   * certainly below the threshold, positive if certainly at or above it, zero if the printed precision allows either
   * side.
   *
   * @param numerator the printed numerator, not null
   * @param denominator the printed denominator, not null
   * @param thresholdPercent the threshold in percent points, not null
   * @return -1, 0 or 1
   * @throws ArithmeticException if the denominator's interval contains zero
   */
  public static int compareRatio(Amount numerator, Amount denominator, BigDecimal thresholdPercent) {
    requireSameUnit(numerator, denominator);
    BigDecimal en = numerator.halfUnit();
    BigDecimal ed = denominator.halfUnit();
    BigDecimal nl = numerator.value().subtract(en);
    BigDecimal nh = numerator.value().add(en);
    BigDecimal dl = denominator.value().subtract(ed);
    BigDecimal dh = denominator.value().add(ed);
    if (dl.signum() <= 0) {
      throw new ArithmeticException("denominator " + denominator + " may be zero");
    }
    // upper bound nh / (nh >= 0 ? dl : dh) below the threshold?
    if (nh.multiply(HUNDRED).compareTo(thresholdPercent.multiply(nh.signum() >= 0 ? dl : dh)) < 0) {
      return -1;
    }
    return nl.multiply(HUNDRED).compareTo(thresholdPercent.multiply(nl.signum() >= 0 ? dh : dl)) >= 0 ? 1 : 0;
  }

  /**
   * Compares the lower end of a printed percentage's interval, {@code p − h}, with a threshold.
   *
   * @param printed the printed percentage, not null
   * @param thresholdPercent the threshold in percent points, not null
   * @return negative, zero or positive as {@code p − h} is below, at or above the threshold
   */
  public static int compareLowerBound(Percentage printed, BigDecimal thresholdPercent) {
    return compareBound(printed, thresholdPercent, -1);
  }

  /**
   * Compares the upper end of a printed percentage's interval, {@code p + h}, with a threshold.
   *
   * @param printed the printed percentage, not null
   * @param thresholdPercent the threshold in percent points, not null
   * @return negative, zero or positive as {@code p + h} is below, at or above the threshold
   */
  public static int compareUpperBound(Percentage printed, BigDecimal thresholdPercent) {
    return compareBound(printed, thresholdPercent, 1);
  }

  private static int compareBound(Percentage printed, BigDecimal thresholdPercent, int side) {
    long p = Exact.unscaled(printed.percent());
    long t = Exact.unscaled(thresholdPercent);
    if (p != Exact.NONE && t != Exact.NONE) {
      try {
        int scale = Math.max(printed.decimals() + 1, thresholdPercent.scale());
        long bigP = Exact.rescale(p, scale - printed.decimals());
        long h = Exact.rescale(5, scale - printed.decimals() - 1);
        long bigT = Exact.rescale(t, scale - thresholdPercent.scale());
        return Long.compare(side > 0 ? Exact.add(bigP, h) : Exact.sub(bigP, h), bigT);
      } catch (ArithmeticException e) {
        // fall through to BigDecimal
      }
    }
    BigDecimal bound = side > 0 ? printed.percent().add(printed.halfUnit())
        : printed.percent().subtract(printed.halfUnit());
    return bound.compareTo(thresholdPercent);
  }

  //-----------------------------------------------------------------------
  /** Bounds of |changed/base − 1| as long fractions (scaled digits), dens > 0. */
  private record LongBounds(long loNum, long loDen, long hiNum, long hiDen) {}

  private static @Nullable LongBounds relativeChangeFast(Amount changed, Amount base) {
    long a = Exact.unscaled(changed.value());
    long i = Exact.unscaled(base.value());
    if (a == Exact.NONE || i == Exact.NONE) {
      return null;
    }
    try {
      int sa = changed.scale();
      int si = base.scale();
      int scale = Math.max(sa, si) + 1;
      long bigA = Exact.rescale(a, scale - sa);
      long ea = Exact.rescale(5, scale - sa - 1);
      long bigI = Exact.rescale(i, scale - si);
      long ei = Exact.rescale(5, scale - si - 1);
      long al = Exact.sub(bigA, ea);
      long ah = Exact.add(bigA, ea);
      long il = Exact.sub(bigI, ei);
      long ih = Exact.add(bigI, ei);
      if (il <= 0) {
        return null;
      }
      long gLoDen = al >= 0 ? ih : il;
      long gLoNum = Exact.sub(al, gLoDen);
      long gHiDen = ah >= 0 ? il : ih;
      long gHiNum = Exact.sub(ah, gHiDen);
      if (gLoNum >= 0) {
        return new LongBounds(gLoNum, gLoDen, gHiNum, gHiDen);
      }
      if (gHiNum <= 0) {
        return new LongBounds(-gHiNum, gHiDen, -gLoNum, gLoDen);
      }
      boolean hiIsUpper = Exact.mul(gHiNum, gLoDen) >= Exact.mul(-gLoNum, gHiDen);
      return hiIsUpper ? new LongBounds(0, 1, gHiNum, gHiDen) : new LongBounds(0, 1, -gLoNum, gLoDen);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** Exact bounds of |changed/base − 1| as fractions with positive denominators. */
  private record Bounds(BigDecimal loNum, BigDecimal loDen, BigDecimal hiNum, BigDecimal hiDen) {}

  private static Bounds relativeChange(Amount changed, Amount base) {
    requireSameUnit(changed, base);
    BigDecimal ea = changed.halfUnit();
    BigDecimal eb = base.halfUnit();
    BigDecimal al = changed.value().subtract(ea);
    BigDecimal ah = changed.value().add(ea);
    BigDecimal il = base.value().subtract(eb);
    BigDecimal ih = base.value().add(eb);
    if (il.signum() <= 0) {
      throw new ArithmeticException("base " + base + " may be zero");
    }
    // g = A/I - 1 is increasing in A and, for A >= 0, decreasing in I.
    BigDecimal gLoDen = al.signum() >= 0 ? ih : il;
    BigDecimal gLoNum = al.subtract(gLoDen);
    BigDecimal gHiDen = ah.signum() >= 0 ? il : ih;
    BigDecimal gHiNum = ah.subtract(gHiDen);
    if (gLoNum.signum() >= 0) {
      return new Bounds(gLoNum, gLoDen, gHiNum, gHiDen);
    }
    if (gHiNum.signum() <= 0) {
      return new Bounds(gHiNum.negate(), gHiDen, gLoNum.negate(), gLoDen);
    }
    // the change may be zero: |g| in [0, max(-gLo, gHi)]
    boolean hiIsUpper = gHiNum.multiply(gLoDen).compareTo(gLoNum.negate().multiply(gHiDen)) >= 0;
    return hiIsUpper
        ? new Bounds(BigDecimal.ZERO, BigDecimal.ONE, gHiNum, gHiDen)
        : new Bounds(BigDecimal.ZERO, BigDecimal.ONE, gLoNum.negate(), gLoDen);
  }

  private static void requireSameUnit(Amount a, Amount b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.unit() != b.unit()) {
      throw new IllegalArgumentException("units differ: " + a.unit().label() + " and " + b.unit().label());
    }
  }
}

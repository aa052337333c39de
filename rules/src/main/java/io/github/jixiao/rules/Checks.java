package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Checks shared by several catalogue rules. */
final class Checks {
  private static final String PLACEHOLDER_CHARS = "-—–―/／\\*＊_＿·.。…~～ xX×";

  private Checks() {}

  /** A printed rate against the ratio of two printed amounts (DW-F-01, DW-K-01). */
  static void ratio(AuditContext ctx, FindingPath at, @Nullable Percentage printed, FindingPath numPath,
      @Nullable Amount num, FindingPath denPath, @Nullable Amount den) {
    if (printed == null) {
      ctx.notApplicable(at, Reason.MISSING_FIGURE).input(at.toString(), null);
      return;
    }
    if (num == null || den == null) {
      ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(printed).input(numPath.toString(), num)
          .input(denPath.toString(), den);
      return;
    }
    if (num.unit() != den.unit()) {
      unitMismatch(ctx, at, num, den);
      return;
    }
    boolean ok;
    try {
      ok = Tolerance.acceptsRatio(num, den, printed);
    } catch (ArithmeticException e) {
      ctx.indeterminate(at, Reason.ZERO_DENOMINATOR).reported(printed).input(denPath.toString(), den);
      return;
    }
    if (ok) {
      ctx.pass(at);
      return;
    }
    Interval accepted = forDisplay(Tolerance.ratioPercent(num, den).widenedBy(printed.halfUnit()), printed);
    ctx.fail(at).reported(printed).expected(accepted).input(numPath.toString(), num).input(denPath.toString(), den)
        .message("ratio.fail", printed, accepted, num, den);
  }

  /**
   * The interval rounded outward to a few decimals more than the printed rate has, for reading; more decimals where
   * needed so that the rounded interval still excludes the printed value it is reported against.
   */
  static Interval forDisplay(Interval accepted, Percentage printed) {
    for (int scale = printed.decimals() + 3; scale <= 34; scale++) {
      Interval shown = accepted.roundedOutward(scale);
      if (!shown.contains(printed.percent())) {
        return shown;
      }
    }
    return accepted;
  }

  /** {@code part ≤ whole} within printed precision. */
  static void atMost(AuditContext ctx, FindingPath at, Amount part, FindingPath wholePath, Amount whole,
      String failKey) {
    if (part.unit() != whole.unit()) {
      unitMismatch(ctx, at, part, whole);
      return;
    }
    if (Tolerance.maybeAtMost(part, whole)) {
      ctx.pass(at);
      return;
    }
    BigDecimal limit = whole.value().add(whole.halfUnit()).add(part.halfUnit());
    ctx.fail(at).reported(part).expected("≤ " + limit.toPlainString())
        .input(wholePath.toString(), whole)
        .message(failKey, part, whole, wholePath);
  }

  static void unitMismatch(AuditContext ctx, FindingPath at, Amount a, Amount b) {
    ctx.indeterminate(at, Reason.UNIT_MISMATCH).input("a", a).input("b", b);
  }

  /**
   * The interval of a rate: the printed one if printed, else computed from the amounts (a ratio, or a relative
   * change). Records INDETERMINATE and returns null when it cannot be had.
   */
  static @Nullable Interval rateInterval(AuditContext ctx, FindingPath at, @Nullable Percentage printed,
      FindingPath printedPath, @Nullable Amount num, FindingPath numPath, @Nullable Amount den, FindingPath denPath,
      boolean relativeChange) {
    if (printed != null) {
      return Interval.ofPrinted(printed);
    }
    if (num == null || den == null) {
      ctx.indeterminate(at, Reason.MISSING_FIGURE).input(printedPath.toString(), null)
          .input(numPath.toString(), num).input(denPath.toString(), den);
      return null;
    }
    if (num.unit() != den.unit()) {
      unitMismatch(ctx, at, num, den);
      return null;
    }
    try {
      return relativeChange ? Tolerance.relativeChangePercent(num, den) : Tolerance.ratioPercent(num, den);
    } catch (ArithmeticException e) {
      ctx.indeterminate(at, Reason.ZERO_DENOMINATOR).input(denPath.toString(), den);
      return null;
    }
  }

  /** An explanation trigger "rate above threshold": FAIL, PASS or INDETERMINATE within rounding. */
  static void aboveThreshold(AuditContext ctx, FindingPath at, Interval rate, BigDecimal threshold, String failKey) {
    if (rate.upper().compareTo(threshold) <= 0) {
      ctx.pass(at);
    } else if (rate.lower().compareTo(threshold) > 0) {
      ctx.fail(at).expected("explanation").input("rate", rate).input("threshold", threshold)
          .message(failKey, rate.roundedOutward(2), threshold);
    } else {
      ctx.indeterminate(at, Reason.WITHIN_ROUNDING).input("rate", rate).input("threshold", threshold);
    }
  }

  static boolean hasText(@Nullable String s) {
    return s != null && !s.isBlank();
  }

  /** True when nothing but a placeholder (-, —, /, *, _ …) was written. */
  static boolean isPlaceholder(IndicatorValue v) {
    String t = v.text();
    if (!v.quantities().isEmpty() || t == null || t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (PLACEHOLDER_CHARS.indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}

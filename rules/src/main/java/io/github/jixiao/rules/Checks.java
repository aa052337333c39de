package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks shared by several catalogue rules. */
final class Checks {
  private static final String PLACEHOLDER_CHARS = "-—–―/／\\*＊_＿·.。…~～ xX×";

  /** Explanations that say nothing: "0" (a Langfang 2019 form's "no deviation"), 无, dashes, slashes, a star. */
  private static final Set<String> EMPTY_EXPLANATIONS = Set.of("0", "无", "/", "／", "-", "—", "——", "–", "*", "无。");

  /**
   * Phrases of a form template's own instructions, which a form published unfilled keeps in its cells [I]: the
   * Sichuan 2023 project form (报表编号 510000_0013zp) prints in its 原因 cell "1.预算执行率=预算执行数/调整后预算数,
   * 预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;…", and "(100字以内)",
   * "(200字以内)" after the instructions of its narrative cells. No explanation states its own length limit or asks
   * for itself.
   */
  private static final String[] INSTRUCTION_PHRASES = {"字以内", "需说明原因", "应说明原因", "应单独说明理由", "请说明",
      "请填写"};

  private Checks() {}

  /** A printed rate against the ratio of two printed amounts (DW-F-01, DW-K-01). */
  static void ratio(AuditContext ctx, FindingPath at, @Nullable Percentage printed, FindingPath numPath,
      @Nullable Amount num, FindingPath denPath, @Nullable Amount den) {
    if (printed == null) {
      ctx.notApplicable(at, Reason.MISSING_FIGURE).input(at, null);
      return;
    }
    if (num == null || den == null) {
      ctx.indeterminate(at, Reason.MISSING_FIGURE).reported(printed).input(numPath, num)
          .input(denPath, den);
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
      ctx.indeterminate(at, Reason.ZERO_DENOMINATOR).reported(printed).input(denPath, den);
      return;
    }
    if (ok) {
      ctx.pass(at);
      return;
    }
    FindingDetails.Deferred accepted = accepted(num, den, printed, false);
    ctx.fail(at).reported(printed).expected(accepted).input(numPath, num).input(denPath, den)
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

  /**
   * The interval a printed rate would be accepted in ({@link #forDisplay}), of the ratio or the relative change of
   * two amounts, computed when the finding is read.
   */
  static FindingDetails.Deferred accepted(Amount num, Amount den, Percentage printed, boolean relativeChange) {
    return new Accepted(num, den, printed, relativeChange);
  }

  /** {@link #rateInterval}, computed when the finding is read. */
  static FindingDetails.Deferred rate(@Nullable Percentage printed, @Nullable Amount num, @Nullable Amount den,
      boolean relativeChange) {
    return new Rate(printed, num, den, relativeChange);
  }

  /** A deferred interval rounded outward to a scale, computed when the finding is read. */
  static FindingDetails.Deferred roundedOutward(FindingDetails.Deferred interval, int scale) {
    return new RoundedOutward(interval, scale);
  }

  private static final class Accepted extends FindingDetails.Deferred {
    private final Amount num;
    private final Amount den;
    private final Percentage printed;
    private final boolean relativeChange;

    Accepted(Amount num, Amount den, Percentage printed, boolean relativeChange) {
      this.num = num;
      this.den = den;
      this.printed = printed;
      this.relativeChange = relativeChange;
    }

    @Override
    Object compute() {
      Interval computed = relativeChange ? Tolerance.relativeChangePercent(num, den) : Tolerance.ratioPercent(num, den);
      return forDisplay(computed.widenedBy(printed.halfUnit()), printed);
    }
  }

  private static final class Rate extends FindingDetails.Deferred {
    private final @Nullable Percentage printed;
    private final @Nullable Amount num;
    private final @Nullable Amount den;
    private final boolean relativeChange;

    Rate(@Nullable Percentage printed, @Nullable Amount num, @Nullable Amount den, boolean relativeChange) {
      this.printed = printed;
      this.num = num;
      this.den = den;
      this.relativeChange = relativeChange;
    }

    @Override
    Object compute() {
      return rateInterval(printed, num, den, relativeChange);
    }
  }

  private static final class RoundedOutward extends FindingDetails.Deferred {
    private final FindingDetails.Deferred interval;
    private final int scale;

    RoundedOutward(FindingDetails.Deferred interval, int scale) {
      this.interval = interval;
      this.scale = scale;
    }

    @Override
    Object compute() {
      return ((Interval) interval.get()).roundedOutward(scale);
    }
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
    ctx.fail(at).reported(part).expected(Bound.atMost(limit))
        .input(wholePath, whole)
        .message(failKey, part, whole, wholePath);
  }

  static void unitMismatch(AuditContext ctx, FindingPath at, Amount a, Amount b) {
    ctx.indeterminate(at, Reason.UNIT_MISMATCH).input("a", a).input("b", b);
  }

  /** The interval of a rate, for reports: the printed one if printed, else computed from the amounts. */
  static Interval rateInterval(@Nullable Percentage printed, @Nullable Amount num, @Nullable Amount den,
      boolean relativeChange) {
    if (printed != null) {
      return Interval.ofPrinted(printed);
    }
    Amount n = Objects.requireNonNull(num);
    Amount d = Objects.requireNonNull(den);
    return relativeChange ? Tolerance.relativeChangePercent(n, d) : Tolerance.ratioPercent(n, d);
  }

  /**
   * Whether a rate (printed, else the ratio of the amounts) is below a threshold: -1 certainly not, 1 certainly,
   * 0 when INDETERMINATE has been recorded (within rounding, missing figures, zero denominator, units).
   */
  static int belowThreshold(AuditContext ctx, FindingPath at, @Nullable Percentage printed, FindingPath printedPath,
      @Nullable Amount num, FindingPath numPath, @Nullable Amount den, FindingPath denPath, BigDecimal threshold) {
    int verdict;
    if (printed != null) {
      verdict = Tolerance.compareUpperBound(printed, threshold) < 0 ? 1
          : Tolerance.compareLowerBound(printed, threshold) >= 0 ? -1 : 0;
    } else {
      if (!computable(ctx, at, printedPath, num, numPath, den, denPath)) {
        return 0;
      }
      try {
        verdict = -Tolerance.compareRatio(Objects.requireNonNull(num), Objects.requireNonNull(den), threshold);
      } catch (ArithmeticException e) {
        ctx.indeterminate(at, Reason.ZERO_DENOMINATOR).input(denPath, den);
        return 0;
      }
    }
    if (verdict == 0) {
      ctx.indeterminate(at, Reason.WITHIN_ROUNDING).input("threshold", threshold);
    }
    return verdict;
  }

  /**
   * An explanation trigger "rate above threshold" (the printed rate, else the relative change of the amounts):
   * FAIL, PASS, or INDETERMINATE within rounding or when figures are missing.
   */
  static void aboveThreshold(AuditContext ctx, FindingPath at, @Nullable Percentage printed,
      FindingPath printedPath, @Nullable Amount changed, FindingPath changedPath, @Nullable Amount base,
      FindingPath basePath, BigDecimal threshold, String failKey) {
    int verdict;
    if (printed != null) {
      verdict = Tolerance.compareLowerBound(printed, threshold) > 0 ? 1
          : Tolerance.compareUpperBound(printed, threshold) <= 0 ? -1 : 0;
    } else {
      if (!computable(ctx, at, printedPath, changed, changedPath, base, basePath)) {
        return;
      }
      try {
        verdict = Tolerance.compareRelativeChange(Objects.requireNonNull(changed), Objects.requireNonNull(base),
            threshold);
      } catch (ArithmeticException e) {
        ctx.indeterminate(at, Reason.ZERO_DENOMINATOR).input(basePath, base);
        return;
      }
    }
    if (verdict < 0) {
      ctx.pass(at);
    } else if (verdict > 0) {
      FindingDetails.Deferred rate = rate(printed, changed, base, true);
      ctx.fail(at).expected("explanation").input("rate", rate).input("threshold", threshold)
          .message(failKey, roundedOutward(rate, 2), threshold);
    } else {
      ctx.indeterminate(at, Reason.WITHIN_ROUNDING).input("threshold", threshold);
    }
  }

  private static boolean computable(AuditContext ctx, FindingPath at, FindingPath printedPath, @Nullable Amount num,
      FindingPath numPath, @Nullable Amount den, FindingPath denPath) {
    if (num == null || den == null) {
      ctx.indeterminate(at, Reason.MISSING_FIGURE).input(printedPath, null)
          .input(numPath, num).input(denPath, den);
      return false;
    }
    if (num.unit() != den.unit()) {
      unitMismatch(ctx, at, num, den);
      return false;
    }
    return true;
  }

  static boolean hasText(@Nullable String s) {
    return s != null && !Chars.isBlank(s);
  }

  /**
   * True when an explanation, remark or deviation analysis says something: not blank (a no-break space, HTML's
   * {@code &nbsp;}, counts as a space), not a placeholder that says nothing ({@code 0}, 无, a dash, a slash), and not
   * the template's instructions left in the cell.
   */
  static boolean explains(@Nullable String text) {
    if (text == null) {
      return false;
    }
    String t = Chars.strip(text.replace('\u00a0', ' '));
    return !t.isEmpty() && !EMPTY_EXPLANATIONS.contains(t) && !isTemplateInstruction(t);
  }

  /** True when the text holds a phrase of a form template's instructions (see {@link #INSTRUCTION_PHRASES}). */
  static boolean isTemplateInstruction(String text) {
    for (String phrase : INSTRUCTION_PHRASES) {
      if (text.contains(phrase)) {
        return true;
      }
    }
    return false;
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

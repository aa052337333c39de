package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.DepartmentFundsBuilder;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.testing.ForAll;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The §6.1 tolerance model: worked seed examples, and properties over 10 000 cases each on the {@link ForAll} runner:
 * every failure names the seed of its case ({@code -Djixiao.seed=<seed> -Djixiao.cases=1} replays it) and the
 * shrunk case.
 */
class ToleranceTest {
  static final long BASE_SEED = 20211231L;
  static final int CASES = 10_000;
  static final MathContext ORACLE = new MathContext(60, RoundingMode.HALF_EVEN);
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static Amount wan(String s) {
    return Amount.ofWan(s);
  }

  //----- the seed's checks (§6.1) -----
  @Test
  void acceptsRatio_seedCompletionRate_9967and9968Accepted_9966Rejected() {
    assertThat(Tolerance.acceptsRatio(wan("422.69"), wan("424.06"), Percentage.parse("99.68%"))).isTrue();
    assertThat(Tolerance.acceptsRatio(wan("422.69"), wan("424.06"), Percentage.parse("99.67%"))).isTrue();
    assertThat(Tolerance.acceptsRatio(wan("422.69"), wan("424.06"), Percentage.parse("99.66%"))).isFalse();
    assertThat(Tolerance.acceptsRatio(wan("422.69"), wan("424.06"), Percentage.parse("99.69%"))).isFalse();
  }

  @Test
  void ratioPercent_seedInterval_matchesSpecification() {
    Interval r = Tolerance.ratioPercent(wan("422.69"), wan("424.06")).roundedOutward(4);
    assertThat(r).isEqualTo(Interval.of(new BigDecimal("99.6745"), new BigDecimal("99.6793")));
  }

  @Test
  void acceptsRelativeChange_seedAdjustmentRate_only1947() {
    assertThat(Tolerance.acceptsRelativeChange(wan("424.06"), wan("526.59"), Percentage.parse("19.47%"))).isTrue();
    assertThat(Tolerance.acceptsRelativeChange(wan("424.06"), wan("526.59"), Percentage.parse("19.46%"))).isFalse();
    assertThat(Tolerance.acceptsRelativeChange(wan("424.06"), wan("526.59"), Percentage.parse("19.48%"))).isFalse();
    Interval r = Tolerance.relativeChangePercent(wan("424.06"), wan("526.59")).roundedOutward(4);
    assertThat(r).isEqualTo(Interval.of(new BigDecimal("19.4688"), new BigDecimal("19.4723")));
  }

  @Test
  void acceptsRatio_keyProjectHundredPercentWithoutDecimals() {
    assertThat(Tolerance.acceptsRatio(wan("39.46"), wan("39.46"), Percentage.parse("100%"))).isTrue();
    assertThat(Tolerance.acceptsRatio(wan("39.46"), wan("39.46"), Percentage.parse("99%"))).isFalse();
  }

  @Test
  void acceptsRelativeChange_changeAroundZero_acceptsZero() {
    assertThat(Tolerance.acceptsRelativeChange(wan("100.00"), wan("100.00"), Percentage.parse("0.00%"))).isTrue();
    assertThat(Tolerance.acceptsRelativeChange(wan("100.00"), wan("100.01"), Percentage.parse("0.01%"))).isTrue();
  }

  @Test
  void zeroDenominator_throws_unitsDiffer_throw() {
    assertThatThrownBy(() -> Tolerance.acceptsRatio(wan("1.00"), wan("0.00"), Percentage.parse("1%")))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Tolerance.ratioPercent(wan("1.00"), wan("0.00"))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Tolerance.acceptsRatio(wan("1.00"), Amount.of("1", AmountUnit.YUAN),
        Percentage.parse("1%"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sums_andComparisons() {
    assertThat(Tolerance.maybeSumAtMost(List.of(wan("0.55"), wan("4.85"), wan("53.83"), wan("11.6")),
        wan("422.69"))).isTrue();
    // two parts and the total, 2 decimals: tolerance (n + 1)·0.005 = 0.015
    assertThat(Tolerance.maybeSumAtMost(List.of(wan("1.00"), wan("1.00")), wan("1.99"))).isTrue();
    assertThat(Tolerance.maybeSumAtMost(List.of(wan("1.00"), wan("1.00")), wan("1.98"))).isFalse();
    assertThat(Tolerance.sum(List.of(wan("0.55"), wan("11.6")))).isEqualTo(Interval.of(new BigDecimal("12.095"),
        new BigDecimal("12.205")));
    assertThat(Tolerance.maybeEqual(wan("422.69"), wan("422.70"))).isTrue();
    assertThat(Tolerance.maybeEqual(wan("422.69"), wan("422.71"))).isFalse();
    assertThat(Tolerance.maybeAtMost(wan("1.01"), wan("1.00"))).isTrue();
    assertThat(Tolerance.maybeAtMost(wan("1.02"), wan("1.00"))).isFalse();
  }

  //----- properties -----
  /** An exact amount: up to 6 decimals, magnitude from 10^-2 to 10^9. */
  static BigDecimal exactAmount(RandomGenerator r) {
    int digits = 1 + r.nextInt(15);
    long unscaled = r.nextLong(1, BigInteger.TEN.pow(Math.min(digits, 15)).longValueExact() + 1);
    return BigDecimal.valueOf(unscaled, 6);
  }

  /** An exact amount near {@code base}: base × a factor from 0 to 3 (rates up to 300 %). */
  static BigDecimal near(RandomGenerator r, BigDecimal base) {
    return base.multiply(BigDecimal.valueOf(r.nextLong(0, 3_000_001), 6)).setScale(6, RoundingMode.HALF_UP);
  }

  static Amount printed(BigDecimal exact) {
    return Amount.of(exact.setScale(2, RoundingMode.HALF_UP), AmountUnit.TEN_THOUSAND_YUAN);
  }

  /** Exact numerator and denominator, and the decimals a rate of them is printed with. */
  record Ratio(BigDecimal numerator, BigDecimal denominator, int decimals) {
    static Ratio near(RandomGenerator r) {
      BigDecimal d = exactAmount(r);
      return new Ratio(ToleranceTest.near(r, d), d, r.nextInt(4));
    }
  }

  private static <T> ForAll<T> forAll(String name, long offset, Function<RandomGenerator, T> generator) {
    return ForAll.forAll(generator).named(name).cases(CASES).seed(BASE_SEED + offset);
  }

  @Test
  void property_correctlyRoundedRatioNeverFails() {
    forAll("a correctly rounded ratio is accepted", 0, Ratio::near).check(c -> {
      Amount pn = printed(c.numerator());
      Amount pd = printed(c.denominator());
      ForAll.assume(pd.value().compareTo(new BigDecimal("0.005")) > 0);
      Percentage rate = Percentage.of(c.numerator().multiply(HUNDRED).divide(c.denominator(), ORACLE)
          .setScale(c.decimals(), RoundingMode.HALF_UP));
      assertThat(Tolerance.acceptsRatio(pn, pd, rate)).as("%s / %s printed %s", pn, pd, rate).isTrue();
    });
  }

  /** An exact figure after a change and the base it changed from, and the decimals of the printed rate. */
  record Change(BigDecimal changed, BigDecimal base, int decimals) {}

  @Test
  void property_correctlyRoundedRelativeChangeNeverFails() {
    forAll("a correctly rounded relative change is accepted", 1_000_000L, r -> {
      BigDecimal changed = exactAmount(r);
      BigDecimal base = r.nextInt(10) == 0 ? changed.add(BigDecimal.valueOf(r.nextInt(-500, 500), 6))
          : near(r, changed);
      return new Change(changed, base, r.nextInt(4));
    }).check(c -> {
      ForAll.assume(c.base().signum() > 0);
      Amount pc = printed(c.changed());
      Amount pb = printed(c.base());
      ForAll.assume(pb.value().compareTo(new BigDecimal("0.005")) > 0);
      Percentage rate = Percentage.of(c.changed().subtract(c.base()).abs().multiply(HUNDRED)
          .divide(c.base(), ORACLE).setScale(c.decimals(), RoundingMode.HALF_UP));
      assertThat(Tolerance.acceptsRelativeChange(pc, pb, rate)).as("|%s − %s| / %s printed %s", pc, pb, pb, rate)
          .isTrue();
    });
  }

  @Test
  void property_rateOutsideTheIntervalAlwaysFails() {
    forAll("a rate outside the interval is rejected", 2_000_000L, Ratio::near).check(c -> {
      Amount pd = printed(c.denominator());
      Amount pn = printed(c.numerator());
      ForAll.assume(pd.value().compareTo(new BigDecimal("0.005")) > 0);
      int decimals = c.decimals();
      BigDecimal h = new BigDecimal(java.math.BigInteger.valueOf(5), decimals + 1);
      // independent oracle: bounds by high-precision division of the extreme corners
      BigDecimal e = new BigDecimal("0.005");
      BigDecimal nl = pn.value().subtract(e);
      BigDecimal lo = nl.multiply(HUNDRED).divide(nl.signum() >= 0 ? pd.value().add(e) : pd.value().subtract(e),
          ORACLE);
      BigDecimal hi = pn.value().add(e).multiply(HUNDRED).divide(pd.value().subtract(e), ORACLE);
      BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
      BigDecimal below = lo.subtract(h).setScale(decimals, RoundingMode.CEILING).subtract(unit);
      BigDecimal above = hi.add(h).setScale(decimals, RoundingMode.FLOOR).add(unit);
      for (BigDecimal p : new BigDecimal[] {below, above}) {
        if (p.signum() < 0) {
          continue;
        }
        Percentage rate = Percentage.of(p);
        assertThat(Tolerance.acceptsRatio(pn, pd, rate)).as("%s / %s printed %s", pn, pd, rate).isFalse();
        Interval accepted = Tolerance.ratioPercent(pn, pd).widenedBy(h);
        assertThat(accepted.contains(p)).as("reported interval %s contains %s", accepted, p).isFalse();
      }
    });
  }

  @Test
  void property_ruleDwF01_neverFailsCorrectRounding_alwaysFailsOutside() {
    RuleSet<DepartmentSelfEvaluation> rule = RuleSet.builder(DepartmentSelfEvaluation.class)
        .add(DepartmentRules.rule("DW-F-01")).build();
    forAll("DW-F-01 passes a correctly rounded 预算完成率 and fails one outside the interval", 3_000_000L,
        Ratio::near).check(c -> {
          BigDecimal budget = c.denominator();
          BigDecimal actual = c.numerator();
          Amount pa = printed(actual);
          Amount pb = printed(budget);
          ForAll.assume(pb.value().compareTo(new BigDecimal("0.005")) > 0);
          Percentage rate = Percentage.of(actual.multiply(HUNDRED).divide(budget, ORACLE).setScale(2,
              RoundingMode.HALF_UP));
          DepartmentSelfEvaluation form = TestForms.CLEAN.withFunds(new DepartmentFundsBuilder()
              .actualExpenditure(pa).annualAdjustedBudget(pb).budgetCompletionRate(rate).build());
          assertThat(rule.audit(form).findings()).extracting(Finding::outcome).containsExactly(Outcome.PASS);
          Interval accepted = Tolerance.ratioPercent(pa, pb).widenedBy(new BigDecimal("0.005"));
          Percentage wrong = Percentage.of(accepted.upper().setScale(2, RoundingMode.FLOOR)
              .add(new BigDecimal("0.01")));
          AuditResult failing = rule.audit(form.withFunds(form.funds().withBudgetCompletionRate(wrong)));
          assertThat(failing.findings()).as("printed %s", wrong).extracting(Finding::outcome)
              .containsExactly(Outcome.FAIL);
          assertThat(((Interval) failing.findings().get(0).expected()).contains(wrong.percent())).isFalse();
        });
  }

  //----- exact comparisons with thresholds -----
  @Test
  void compareBounds_ofAPrintedRate() {
    BigDecimal ninety = BigDecimal.valueOf(90);
    assertThat(Tolerance.compareUpperBound(Percentage.parse("89.99%"), ninety)).isNegative();
    assertThat(Tolerance.compareUpperBound(Percentage.parse("89.99%"), new BigDecimal("89.995"))).isZero();
    assertThat(Tolerance.compareLowerBound(Percentage.parse("90.01%"), new BigDecimal("90.005"))).isZero();
    assertThat(Tolerance.compareUpperBound(Percentage.parse("89.995%"), ninety)).isNegative();
    assertThat(Tolerance.compareLowerBound(Percentage.parse("90%"), ninety)).isNegative();
    assertThat(Tolerance.compareLowerBound(Percentage.parse("91%"), ninety)).isPositive();
  }

  @Test
  void compareRatioAndRelativeChange_withThresholds() {
    BigDecimal thirty = BigDecimal.valueOf(30);
    assertThat(Tolerance.compareRelativeChange(wan("39.46"), wan("64.94"), thirty)).isEqualTo(1);
    assertThat(Tolerance.compareRelativeChange(wan("424.06"), wan("526.59"), thirty)).isEqualTo(-1);
    assertThat(Tolerance.compareRelativeChange(wan("70"), wan("100"), thirty)).isZero();
    BigDecimal ninety = BigDecimal.valueOf(90);
    assertThat(Tolerance.compareRatio(wan("422.69"), wan("424.06"), ninety)).isEqualTo(1);
    assertThat(Tolerance.compareRatio(wan("80.00"), wan("100.00"), ninety)).isEqualTo(-1);
    assertThat(Tolerance.compareRatio(wan("90"), wan("100"), ninety)).isZero();
    assertThatThrownBy(() -> Tolerance.compareRelativeChange(wan("1"), wan("0.00"), thirty))
        .isInstanceOf(ArithmeticException.class);
  }

  /** A reference for acceptsRatio in BigDecimal only, written from §6.1 independently of the library. */
  static boolean referenceRatio(Amount n, Amount d, Percentage p) {
    BigDecimal lo = n.value().subtract(n.halfUnit()).multiply(HUNDRED).divide(d.value().add(d.halfUnit()), ORACLE);
    BigDecimal hi = n.value().add(n.halfUnit()).multiply(HUNDRED).divide(d.value().subtract(d.halfUnit()), ORACLE);
    return p.percent().add(p.halfUnit()).compareTo(lo) >= 0 && p.percent().subtract(p.halfUnit()).compareTo(hi) <= 0;
  }

  /** A numerator, a denominator and a printed rate near their ratio, as scaled longs. */
  record Printed(BigDecimal numerator, BigDecimal denominator, Percentage rate) {}

  @Test
  void property_longAndBigDecimalPathsAgreeWithTheReference() {
    forAll("the long and BigDecimal paths agree with the reference", 4_000_000L, r -> {
      boolean huge = r.nextBoolean();
      int scale = huge ? 6 + r.nextInt(7) : r.nextInt(3);
      BigDecimal d = BigDecimal.valueOf(r.nextLong(1, Long.MAX_VALUE / 4), scale).add(huge
          ? new BigDecimal("1000000000000000") : BigDecimal.ZERO);
      if (!huge) {
        d = BigDecimal.valueOf(r.nextLong(1, 100_000_000), scale);
      }
      BigDecimal n = d.multiply(BigDecimal.valueOf(r.nextLong(0, 2_000_000), 6)).setScale(scale, RoundingMode.DOWN);
      int decimals = r.nextInt(4);
      BigDecimal exact = n.multiply(HUNDRED).divide(d, ORACLE);
      BigDecimal shift = BigDecimal.valueOf(r.nextInt(-3, 4), decimals);
      return new Printed(n, d, Percentage.of(exact.setScale(decimals, RoundingMode.HALF_UP).add(shift).abs()));
    }).check(c -> {
      Amount pn = Amount.of(c.numerator(), AmountUnit.TEN_THOUSAND_YUAN);
      Amount pd = Amount.of(c.denominator(), AmountUnit.TEN_THOUSAND_YUAN);
      ForAll.assume(pd.value().subtract(pd.halfUnit()).signum() > 0);
      Percentage p = c.rate();
      assertThat(Tolerance.acceptsRatio(pn, pd, p)).as("%s / %s printed %s", pn, pd, p)
          .isEqualTo(referenceRatio(pn, pd, p));
      assertThat(Tolerance.maybeAtMost(pn, pd)).isEqualTo(
          c.numerator().subtract(pn.halfUnit()).compareTo(c.denominator().add(pd.halfUnit())) <= 0);
      assertThat(Tolerance.maybeEqual(pn, pd)).isEqualTo(
          c.numerator().subtract(c.denominator()).abs().compareTo(pn.halfUnit().add(pd.halfUnit())) <= 0);
    });
  }
}

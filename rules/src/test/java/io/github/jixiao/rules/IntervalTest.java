package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.testing.ForAll;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class IntervalTest {
  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void ofPrinted_halfUnitOfThePrintedPrecision() {
    assertThat(Interval.ofPrinted(Amount.ofWan("422.69"))).isEqualTo(Interval.of(bd("422.685"), bd("422.695")));
    assertThat(Interval.ofPrinted(Amount.ofWan("11.6"))).isEqualTo(Interval.of(bd("11.55"), bd("11.65")));
    assertThat(Interval.ofPrinted(Percentage.parse("100%"))).isEqualTo(Interval.of(bd("99.5"), bd("100.5")));
  }

  @Test
  void arithmetic_exact() {
    Interval a = Interval.of(bd("1"), bd("2"));
    Interval b = Interval.of(bd("-3"), bd("4"));
    assertThat(a.plus(b)).isEqualTo(Interval.of(bd("-2"), bd("6")));
    assertThat(a.minus(b)).isEqualTo(Interval.of(bd("-3"), bd("5")));
    assertThat(a.times(b)).isEqualTo(Interval.of(bd("-6"), bd("8")));
    assertThat(a.times(bd("-2"))).isEqualTo(Interval.of(bd("-4"), bd("-2")));
    assertThat(b.abs()).isEqualTo(Interval.of(bd("0"), bd("4")));
    assertThat(Interval.of(bd("-3"), bd("-1")).abs()).isEqualTo(Interval.of(bd("1"), bd("3")));
    assertThat(a.widenedBy(bd("0.5"))).isEqualTo(Interval.of(bd("0.5"), bd("2.5")));
    assertThat(a.intersects(b)).isTrue();
    assertThat(a.intersects(Interval.exactly(bd("2.0001")))).isFalse();
  }

  @Test
  void dividedBy_roundsOutward() {
    Interval third = Interval.exactly(BigDecimal.ONE).dividedBy(Interval.exactly(bd("3")), new MathContext(5));
    assertThat(third).isEqualTo(Interval.of(bd("0.33333"), bd("0.33334")));
    Interval negative = Interval.exactly(bd("-1")).dividedBy(Interval.exactly(bd("3")), new MathContext(5));
    assertThat(negative).isEqualTo(Interval.of(bd("-0.33334"), bd("-0.33333")));
    assertThatThrownBy(() -> third.dividedBy(Interval.of(bd("-1"), bd("1")))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> third.dividedBy(third, MathContext.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void property_divisionContainsEveryExactQuotient() {
    ForAll.forAll(r -> new BigDecimal[] {BigDecimal.valueOf(r.nextLong(-1_000_000, 1_000_000), 3),
        BigDecimal.valueOf(r.nextLong(1, 1_000_000), 3), BigDecimal.valueOf(r.nextLong(0, 1_000), 4)})
        .named("interval division contains every exact quotient").cases(10_000)
        .check(c -> {
          BigDecimal n = c[0];
          BigDecimal d = c[1];
          BigDecimal h = c[2];
          ForAll.assume(d.subtract(h).signum() > 0);
          Interval q = Interval.around(n, h).dividedBy(Interval.around(d, h), new MathContext(8));
          for (BigDecimal x : new BigDecimal[] {n.subtract(h), n.add(h), n}) {
            for (BigDecimal y : new BigDecimal[] {d.subtract(h), d.add(h), d}) {
              BigDecimal exact = x.divide(y, new MathContext(50, RoundingMode.HALF_EVEN));
              assertThat(q.contains(exact)).as("%s / %s in %s", x, y, q).isTrue();
            }
          }
        });
  }


  @Test
  void of_rejectsReversedBounds_roundedOutwardContains() {
    assertThatThrownBy(() -> Interval.of(bd("2"), bd("1"))).isInstanceOf(IllegalArgumentException.class);
    Interval i = Interval.of(bd("1.23456"), bd("1.23457"));
    assertThat(i.roundedOutward(2)).isEqualTo(Interval.of(bd("1.23"), bd("1.24")));
    assertThat(i).hasToString("[1.23456, 1.23457]");
    assertThat(Interval.of(bd("1.0"), bd("2"))).isEqualTo(Interval.of(bd("1"), bd("2.00")))
        .hasSameHashCodeAs(Interval.of(bd("1"), bd("2.00")));
  }
}

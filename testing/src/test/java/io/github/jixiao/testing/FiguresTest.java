package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FiguresTest {
  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void rateAndChange_ofTheSample_areItsPrintedRates() {
    assertThat(Figures.rate(bd("422.69"), bd("424.06"), 2)).isEqualTo(Percentage.parse("99.68%"));
    assertThat(Figures.change(bd("424.06"), bd("526.59"), 2)).isEqualTo(Percentage.parse("19.47%"));
    assertThat(Figures.rate(bd("39.46"), bd("39.46"), 0)).isEqualTo(Percentage.parse("100%"));
    assertThat(Figures.rate(bd("1"), bd("8"), 2)).isEqualTo(Percentage.parse("12.50%"));
    assertThat(Figures.rate(bd("1"), bd("800"), 3)).isEqualTo(Percentage.parse("0.125%"));
    assertThat(Figures.rate(bd("1"), bd("1600"), 3)).isEqualTo(Percentage.parse("0.063%"));
  }

  @Test
  void intervals_ofTheSample_areThoseOfTheSpecification() {
    BigDecimal[] completion = Figures.ratioInterval(Amount.ofWan("422.69"), Amount.ofWan("424.06"));
    assertThat(completion[0].setScale(4, RoundingMode.FLOOR)).isEqualTo(bd("99.6745"));
    assertThat(completion[1].setScale(4, RoundingMode.CEILING)).isEqualTo(bd("99.6793"));
    BigDecimal[] adjustment = Figures.changeInterval(Amount.ofWan("424.06"), Amount.ofWan("526.59"));
    assertThat(adjustment[0].setScale(4, RoundingMode.FLOOR)).isEqualTo(bd("19.4688"));
    assertThat(adjustment[1].setScale(4, RoundingMode.CEILING)).isEqualTo(bd("19.4723"));
    BigDecimal[] noChange = Figures.changeInterval(Amount.ofWan("100.00"), Amount.ofWan("100.00"));
    assertThat(noChange[0]).isZero();
    assertThat(noChange[1]).isPositive().isLessThan(bd("0.011"));
    assertThatThrownBy(() -> Figures.ratioInterval(Amount.ofWan("1"), Amount.ofWan("0.00")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void clearOf_needsTheHalfUnitAndTheMarginOutsideTheInterval() {
    BigDecimal[] interval = {bd("99.6745"), bd("99.6793")};
    assertThat(Figures.clearOf(Percentage.parse("99.68%"), interval, BigDecimal.ZERO)).isFalse();
    assertThat(Figures.clearOf(Percentage.parse("99.66%"), interval, BigDecimal.ZERO)).isTrue();
    assertThat(Figures.clearOf(Percentage.parse("99.66%"), interval, bd("0.01"))).isFalse();
    assertThat(Figures.clearOf(Percentage.parse("101%"), interval, bd("0.1"))).isTrue();
  }

  @Test
  void misprinted_isClearOfTheIntervalByTheMargin_inTheDirectionAsked() {
    ForAll.forAll(r -> r.nextLong(1, 1_000_000)).cases(2_000).check(cents -> {
      SplittableRandom r = new SplittableRandom(cents);
      Amount den = Amount.of(BigDecimal.valueOf(cents, 2), io.github.jixiao.core.AmountUnit.TEN_THOUSAND_YUAN);
      Amount num = Amount.of(BigDecimal.valueOf(r.nextLong(0, cents + 1), 2),
          io.github.jixiao.core.AmountUnit.TEN_THOUSAND_YUAN);
      ForAll.assume(den.value().compareTo(bd("0.01")) > 0);
      BigDecimal exact = num.value().multiply(Figures.HUNDRED).divide(den.value(), java.math.MathContext.DECIMAL64);
      BigDecimal[] interval = Figures.ratioInterval(num, den);
      int decimals = r.nextInt(3);
      Percentage down = Figures.misprinted(r, exact, interval, decimals, 1, true);
      Percentage up = Figures.misprinted(r, exact, interval, decimals, 1, false);
      assertThat(Figures.clearOf(down, interval, bd("0.1"))).isTrue();
      assertThat(Figures.clearOf(up, interval, bd("0.1"))).isTrue();
      assertThat(up.percent()).isGreaterThan(exact);
      assertThat(down.percent().signum()).isNotNegative();
      assertThat(down.decimals()).isEqualTo(decimals);
    });
  }

  @Test
  void partition_addsUpExactly_withPositivePartsWhenThereAreEnoughUnits() {
    ForAll.forAll(r -> new long[] {r.nextLong(0, 50), r.nextInt(1, 12), r.nextLong()}).cases(5_000).check(c -> {
      long[] parts = Figures.partition(new SplittableRandom(c[2]), c[0], (int) c[1]);
      assertThat(parts).hasSize((int) c[1]);
      assertThat(Arrays.stream(parts).sum()).isEqualTo(c[0]);
      assertThat(Arrays.stream(parts).allMatch(p -> c[0] >= c[1] ? p >= 1 : p >= 0)).isTrue();
    });
    assertThatThrownBy(() -> Figures.partition(new SplittableRandom(1), 5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partition_andSample_end_whenEveryChoiceIsZero() {
    Choices zeros = Choices.replaying(new long[0], 1_000);
    assertThat(Figures.partition(zeros, 100, 6)).containsExactly(1, 95, 1, 1, 1, 1);
    assertThat(Figures.sample(zeros, 5, 3)).containsExactly(0, 1, 2);
  }

  @Test
  void sample_drawsDistinctIndexes() {
    ForAll.forAll(r -> Figures.sample(r, 16, r.nextInt(0, 17))).cases(1_000).check(indexes -> {
      assertThat(Arrays.stream(indexes).distinct().count()).isEqualTo(indexes.length);
      assertThat(Arrays.stream(indexes).allMatch(i -> i >= 0 && i < 16)).isTrue();
    });
  }

  @Test
  void scaledAndCents_stayInTheirRanges_withTwoDecimals() {
    ForAll.forAll(r -> Figures.scaled(r, bd("200.00"), 5_000, 8_500)).cases(1_000).check(v -> {
      assertThat(v.scale()).isEqualTo(2);
      assertThat(v).isBetween(bd("100.00"), bd("170.00"));
    });
    ForAll.forAll(r -> Figures.cents(r, 5, 9)).cases(100).check(v -> assertThat(v).isBetween(bd("0.05"),
        bd("0.08")));
  }
}

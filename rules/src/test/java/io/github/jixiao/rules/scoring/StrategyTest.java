package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.rules.Evidence;
import io.github.jixiao.testing.ForAll;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategyTest {
  private static final MathContext MC = MathContext.DECIMAL128;

  @ParameterizedTest(name = "{0}: t={1} a={2} w={3} strict={4} -> {5}")
  @CsvSource({
      "POSITIVE_RATIO, 50, 50, 10, false, 10",
      "POSITIVE_RATIO, 50, 60, 10, false, 10",
      "POSITIVE_RATIO, 50, 40, 10, false, 8",
      "POSITIVE_RATIO, 50, 0, 10, false, 0",
      "POSITIVE_RATIO, 50, 50, 10, true, 10",
      "POSITIVE_RATIO, 0, 0, 10, false, 10",
      "POSITIVE_RATIO, 0, 0, 10, true, 0",
      "EQUAL, 100, 100, 10, false, 10",
      "EQUAL, 100, 90, 10, false, 9",
      "REVERSE_INVERSE_RATIO, 90, 90, 10, false, 10",
      "REVERSE_INVERSE_RATIO, 90, 80, 10, false, 10",
      "REVERSE_INVERSE_RATIO, 10, 15, 10, false, 6.666666666666666666666666666666667",
      "REVERSE_INVERSE_RATIO, 10, 10, 10, true, 10",
      "REVERSE_LINEAR, 10, 15, 10, false, 5.0",
      "REVERSE_LINEAR, 10, 20, 10, false, 0",
      "REVERSE_LINEAR, 10, 30, 10, false, 0",
      "REVERSE_LINEAR, 10, 5, 10, false, 10",
      "EQUAL_ZERO, 0, 0, 10, false, 10",
      "EQUAL_ZERO, 0, 1, 10, false, 0",
  })
  void points_followsTheFormulaOfSection7_2(Strategy strategy, String t, String a, String w, boolean strict,
      String expected) {
    assertThat(strategy.points(new BigDecimal(t), new BigDecimal(a), new BigDecimal(w), strict, MC))
        .isEqualByComparingTo(expected);
  }

  @Test
  void points_refusesNegativeActualsAndNonQuantitativeStrategies() {
    assertThatThrownBy(() -> Strategy.POSITIVE_RATIO.points(BigDecimal.ONE, BigDecimal.valueOf(-1), BigDecimal.TEN,
        false, MC)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actual");
    assertThatThrownBy(() -> Strategy.EXECUTION_RATE.points(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, false,
        MC)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a quantitative strategy");
  }

  @Test
  void points_alwaysLieInZeroToWeight_forRandomInputs() {
    Strategy[] quantitative = {Strategy.POSITIVE_RATIO, Strategy.EQUAL, Strategy.REVERSE_INVERSE_RATIO,
        Strategy.REVERSE_LINEAR, Strategy.EQUAL_ZERO};
    ForAll.forAll(r -> new Object[] {BigDecimal.valueOf(r.nextLong(-1_000, 100_000), r.nextInt(3)),
        BigDecimal.valueOf(r.nextLong(0, 100_000), r.nextInt(3)), BigDecimal.valueOf(r.nextLong(0, 10_000), 2),
        r.nextBoolean()}).named("points within [0, weight]").cases(10_000).check(c -> {
          BigDecimal t = (BigDecimal) c[0];
          BigDecimal a = (BigDecimal) c[1];
          BigDecimal w = (BigDecimal) c[2];
          for (Strategy s : quantitative) {
            BigDecimal p = s.points(t, a, w, (Boolean) c[3], MC);
            assertThat(p).as("%s t=%s a=%s w=%s", s, t, a, w).isBetween(BigDecimal.ZERO, w);
          }
        });
  }


  @Test
  void evidence_keepsTheSpecificationsTags() {
    assertThat(Strategy.POSITIVE_RATIO.evidence()).containsExactly(Evidence.RECALLED, Evidence.PRACTICE,
        Evidence.VERIFIED);
    assertThat(Strategy.REVERSE_LINEAR.evidence()).containsExactly(Evidence.PRACTICE);
    assertThat(Strategy.QUALITATIVE_FLOOR.evidence()).containsExactly(Evidence.INFERRED);
    assertThat(Strategy.NOT_SCORED.evidence()).isEmpty();
  }
}

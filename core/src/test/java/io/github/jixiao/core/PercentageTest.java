package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentageTest {
  private static final Percentage P_99_68 = Percentage.parse("99.68%");
  private static final Percentage P_100 = Percentage.parse("100%");
  private static final Percentage P_100_00 = Percentage.parse("100.00%");

  //----- of -----
  @Test
  void of_keepsTheValueInPercentPointsAndItsScale() {
    Percentage p = Percentage.of(new BigDecimal("99.68"));
    assertThat(p.percent()).isEqualTo(new BigDecimal("99.68"));
    assertThat(p.decimals()).isEqualTo(2);
    assertThat(p).isEqualTo(P_99_68);
  }

  @Test
  void of_bringsANegativeScaleToZero() {
    assertThat(Percentage.of(new BigDecimal("1E+2"))).isEqualTo(P_100);
  }

  @Test
  void of_acceptsTheBounds_andRefusesBeyondThem() {
    BigDecimal largest = new BigDecimal("9".repeat(Percentage.MAX_INTEGER_DIGITS) + "." + "9".repeat(Percentage.MAX_DECIMALS));
    assertThat(Percentage.of(largest).percent()).isEqualTo(largest);
    assertThatThrownBy(() -> Percentage.of(new BigDecimal("1" + "0".repeat(Percentage.MAX_INTEGER_DIGITS))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(Percentage.MAX_INTEGER_DIGITS));
    assertThatThrownBy(() -> Percentage.of(new BigDecimal("0." + "0".repeat(Percentage.MAX_DECIMALS) + "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(Percentage.MAX_DECIMALS));
  }

  @Test
  void of_refusesNull_namingTheParameter() {
    assertThatThrownBy(() -> Percentage.of(null)).isInstanceOf(NullPointerException.class).hasMessage("percent");
  }

  //----- ofFraction -----
  @Test
  void ofFraction_roundsOnceToThePrintedDecimals_sampleBudgetCompletionRate() {
    // 预算完成率 = 实际支出数 / 年度预算调整数 = 422.69 / 424.06 = 0.99676…  → 99.68%
    BigDecimal fraction = new BigDecimal("422.69").divide(new BigDecimal("424.06"), MathContext.DECIMAL128);
    assertThat(Percentage.ofFraction(fraction, 2, RoundingMode.HALF_UP)).isEqualTo(P_99_68);
  }

  @Test
  void ofFraction_sampleBudgetAdjustmentRate() {
    // 预算调整率 = (526.59 − 424.06) / 526.59 = 0.194705…  → 19.47%
    BigDecimal fraction = new BigDecimal("102.53").divide(new BigDecimal("526.59"), MathContext.DECIMAL128);
    assertThat(Percentage.ofFraction(fraction, 2, RoundingMode.HALF_UP)).isEqualTo(Percentage.parse("19.47%"));
  }

  @ParameterizedTest(name = "{0} to {1} decimals {2} → {3}")
  @CsvSource(delimiter = '|', value = {
      "0.996769|2|HALF_UP|99.68",
      "0.00125|1|HALF_UP|0.1",
      "0.00125|2|HALF_UP|0.13",
      "0.00125|2|HALF_EVEN|0.12",
      "0.00125|2|HALF_DOWN|0.12",
      "0.00125|2|DOWN|0.12",
      "0.00125|2|UP|0.13",
      "-0.00125|2|HALF_UP|-0.13",
      "-0.00125|2|FLOOR|-0.13",
      "-0.00125|2|CEILING|-0.12",
      "1|0|UNNECESSARY|100",
      "1|2|UNNECESSARY|100.00",
      "0.995|0|HALF_UP|100",
      "0.994999|0|HALF_UP|99",
      "1E-2|0|UNNECESSARY|1",
  })
  void ofFraction_appliesTheGivenRoundingMode(String fraction, int decimals, RoundingMode mode, String percent) {
    Percentage p = Percentage.ofFraction(new BigDecimal(fraction), decimals, mode);
    assertThat(p.percent()).isEqualTo(new BigDecimal(percent));
    assertThat(p.decimals()).isEqualTo(decimals);
  }

  @Test
  void ofFraction_withUnnecessaryRounding_refusesAnInexactResult() {
    assertThatThrownBy(() -> Percentage.ofFraction(new BigDecimal("0.996769"), 2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void ofFraction_refusesDecimalsOutOfRange_andNulls() {
    assertThatThrownBy(() -> Percentage.ofFraction(BigDecimal.ONE, -1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimals");
    assertThatThrownBy(() -> Percentage.ofFraction(BigDecimal.ONE, Percentage.MAX_DECIMALS + 1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimals");
    assertThat(Percentage.ofFraction(BigDecimal.ONE, Percentage.MAX_DECIMALS, RoundingMode.HALF_UP).decimals())
        .isEqualTo(Percentage.MAX_DECIMALS);
    assertThatThrownBy(() -> Percentage.ofFraction(null, 2, RoundingMode.HALF_UP)).hasMessage("fraction");
    assertThatThrownBy(() -> Percentage.ofFraction(BigDecimal.ONE, 2, null)).hasMessage("rounding");
  }

  @Test
  void property_ofFraction_isWithinHalfAUnitOfTheExactRate() {
    RoundingMode[] halfModes = {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
    Property.forAll("ofFraction within half a unit", 0x9C7_0001L, 10_000, random -> new Object[] {
        randomFraction(random), random.nextInt(0, 5), halfModes[random.nextInt(halfModes.length)]}, input -> {
          BigDecimal fraction = (BigDecimal) input[0];
          int decimals = (Integer) input[1];
          RoundingMode mode = (RoundingMode) input[2];
          Percentage p = Percentage.ofFraction(fraction, decimals, mode);
          BigDecimal exact = fraction.movePointRight(2);
          assertThat(p.decimals()).isEqualTo(decimals);
          assertThat(p.percent().subtract(exact).abs()).isLessThanOrEqualTo(p.halfUnit());
          assertThat(Percentage.ofFraction(fraction, decimals, RoundingMode.DOWN).percent().abs())
              .isLessThanOrEqualTo(exact.abs());
          assertThat(Percentage.ofFraction(fraction, decimals, RoundingMode.UP).percent().abs())
              .isGreaterThanOrEqualTo(exact.abs());
        });
  }

  //----- parse -----
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "99.68%|99.68",
      "19.47%|19.47",
      "100%|100",
      "100.00%|100.00",
      "95|95",
      "１００％|100",
      "９９．６８％|99.68",
      "<p>95%</p>|95",
      "' 95 % '|95",
      "-5%|-5",
      "−5%|-5",
      "+5%|5",
      "95.%|95",
      "0.5%|0.5",
      "1,234.5%|1234.5",
      "１，２３４％|1234",
      "12,345,678%|12345678",
  })
  void parse_readsPrintedForms_keepingThePrecision(String text, String percent) {
    Percentage p = Percentage.parse(text);
    assertThat(p.percent()).isEqualTo(new BigDecimal(percent));
  }

  @ParameterizedTest(name = "\"{0}\" fails at {1}")
  @CsvSource(delimiter = '|', value = {
      "abc|0",
      "99.6x%|4",
      "1e2%|1",
      "N/A|0",
      "''|0",
      "%|0",
      "95‰|2",
      "百分之九十五|0",
  })
  void parse_notAPercentage_pointsAtTheFirstUnreadableCharacter(String text, int index) {
    assertThatThrownBy(() -> Percentage.parse(text))
        .isInstanceOfSatisfying(ValueFormatException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo(index);
          assertThat(e.getText()).isEqualTo(text);
          assertThat(e.getMessage()).contains("not a percentage");
        });
  }

  @Test
  void parse_beyondTheBounds_isAValueFormatException() {
    assertThatThrownBy(() -> Percentage.parse("1" + "0".repeat(Percentage.MAX_INTEGER_DIGITS) + "%"))
        .isInstanceOf(ValueFormatException.class);
    assertThatThrownBy(() -> Percentage.parse("0." + "0".repeat(Percentage.MAX_DECIMALS) + "1%"))
        .isInstanceOf(ValueFormatException.class);
  }

  @Test
  void parse_refusesNull_namingTheParameter() {
    assertThatThrownBy(() -> Percentage.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  //----- accessors -----
  @Test
  void decimals_isThePrintedPrecision() {
    assertThat(P_99_68.decimals()).isEqualTo(2);
    assertThat(P_100.decimals()).isZero();
    assertThat(P_100_00.decimals()).isEqualTo(2);
  }

  @Test
  void asFraction_isExact() {
    assertThat(P_99_68.asFraction()).isEqualTo(new BigDecimal("0.9968"));
    assertThat(P_100.asFraction()).isEqualByComparingTo("1");
    assertThat(Percentage.parse("0.5%").asFraction()).isEqualTo(new BigDecimal("0.005"));
  }

  @Test
  void halfUnit_isHalfOfTheLastPrintedDecimal() {
    assertThat(P_99_68.halfUnit()).isEqualTo(new BigDecimal("0.005"));
    assertThat(P_100.halfUnit()).isEqualTo(new BigDecimal("0.5"));
    assertThat(Percentage.parse("95.5%").halfUnit()).isEqualTo(new BigDecimal("0.05"));
  }

  //----- compareTo, isEqual, equals -----
  @Test
  void isEqual_ignoresThePrecision_whereasEqualsDoesNot() {
    assertThat(P_100.isEqual(P_100_00)).isTrue();
    assertThat(P_100).isNotEqualTo(P_100_00);
    assertThat(P_100.isEqual(P_99_68)).isFalse();
  }

  @Test
  void compareTo_isNumeric() {
    assertThat(P_99_68.compareTo(P_100)).isNegative();
    assertThat(P_100.compareTo(P_100_00)).isZero();
    assertThat(Percentage.parse("-5%").compareTo(Percentage.parse("0%"))).isNegative();
    assertThatThrownBy(() -> P_100.compareTo(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
  }

  @Test
  void equalsAndHashCode_areSensitiveToThePrecision() {
    new EqualsTester()
        .addEqualityGroup(P_100, Percentage.parse("100"), Percentage.of(new BigDecimal("100")))
        .addEqualityGroup(P_100_00, Percentage.parse("１００.００％"))
        .addEqualityGroup(Percentage.parse("100.0%"))
        .addEqualityGroup(P_99_68, Percentage.ofFraction(new BigDecimal("0.996769"), 2, RoundingMode.HALF_UP))
        .addEqualityGroup(Percentage.parse("-99.68%"))
        .testEquals();
  }

  //----- toString -----
  @Test
  void toString_printsThePercentAsPrinted() {
    assertThat(P_99_68).hasToString("99.68%");
    assertThat(P_100_00).hasToString("100.00%");
    assertThat(Percentage.of(new BigDecimal("1E+2"))).hasToString("100%");
    assertThat(Percentage.parse("-5%")).hasToString("-5%");
  }

  @Test
  void property_toStringThenParse_givesAnEqualPercentage() {
    Property.forAll("parse(toString) round trip", 0x9C7_0002L, 12_000, PercentageTest::randomPercentage, p -> {
      Percentage back = Percentage.parse(p.toString());
      assertThat(back).isEqualTo(p);
      assertThat(back.decimals()).isEqualTo(p.decimals());
      assertThat(Percentage.parse(p.percent().toPlainString())).isEqualTo(p);
    });
  }

  @Test
  void serialization_keepsThePrecision() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(P_100_00);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(P_100_00);
    }
  }

  //-----------------------------------------------------------------------
  private static Percentage randomPercentage(SplittableRandom random) {
    int integerDigits = random.nextInt(0, Percentage.MAX_INTEGER_DIGITS + 1);
    int decimals = random.nextInt(0, Percentage.MAX_DECIMALS + 1);
    StringBuilder digits = new StringBuilder(integerDigits == 0 ? "0" : "");
    for (int i = 0; i < integerDigits; i++) {
      digits.append(random.nextInt(i == 0 ? 1 : 0, 10));
    }
    if (decimals > 0) {
      digits.append('.');
      for (int i = 0; i < decimals; i++) {
        digits.append(random.nextInt(10));
      }
    }
    BigDecimal value = new BigDecimal(digits.toString());
    return Percentage.of(random.nextInt(5) == 0 ? value.negate() : value);
  }

  private static BigDecimal randomFraction(SplittableRandom random) {
    BigDecimal f = BigDecimal.valueOf(random.nextLong(0, 10_000_000_000L), random.nextInt(0, 12));
    return random.nextInt(5) == 0 ? f.negate() : f;
  }
}

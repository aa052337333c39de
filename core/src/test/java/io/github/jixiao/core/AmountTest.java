package io.github.jixiao.core;

import static io.github.jixiao.core.AmountUnit.HUNDRED_MILLION_YUAN;
import static io.github.jixiao.core.AmountUnit.THOUSAND_YUAN;
import static io.github.jixiao.core.AmountUnit.TEN_THOUSAND_YUAN;
import static io.github.jixiao.core.AmountUnit.YUAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {
  private static final Amount WAN_422_69 = Amount.ofWan("422.69");
  private static final Amount WAN_11_6 = Amount.ofWan("11.6");
  private static final Amount WAN_11_60 = Amount.ofWan("11.60");
  private static final Amount YUAN_10000 = Amount.of(new BigDecimal("10000"), YUAN);
  private static final Amount WAN_1 = Amount.of(BigDecimal.ONE, TEN_THOUSAND_YUAN);

  //----- of(BigDecimal, AmountUnit) -----
  @Test
  void of_BigDecimal_keepsValueScaleAndUnit() {
    Amount amount = Amount.of(new BigDecimal("11.6"), TEN_THOUSAND_YUAN);
    assertThat(amount.value()).isEqualTo(new BigDecimal("11.6"));
    assertThat(amount.scale()).isEqualTo(1);
    assertThat(amount.unit()).isEqualTo(TEN_THOUSAND_YUAN);
  }

  @Test
  void of_BigDecimal_bringsANegativeScaleToZeroWithoutChangingTheValue() {
    Amount amount = Amount.of(new BigDecimal("1E+3"), YUAN);
    assertThat(amount.value()).isEqualTo(new BigDecimal("1000"));
    assertThat(amount.scale()).isZero();
  }

  @Test
  void of_BigDecimal_acceptsTheLargestScaleAndIntegerPart() {
    BigDecimal largest = new BigDecimal("9".repeat(Amount.MAX_INTEGER_DIGITS) + "." + "9".repeat(Amount.MAX_SCALE));
    assertThat(Amount.of(largest, YUAN).value()).isEqualTo(largest);
    assertThat(Amount.of(largest.negate(), YUAN).value()).isEqualTo(largest.negate());
    assertThat(Amount.of(new BigDecimal("1E+17"), YUAN).value()).isEqualTo(new BigDecimal("100000000000000000"));
  }

  @Test
  void of_BigDecimal_refusesAScaleBeyondMaxScale() {
    BigDecimal tooFine = new BigDecimal("0." + "0".repeat(Amount.MAX_SCALE) + "1");
    assertThatThrownBy(() -> Amount.of(tooFine, YUAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(Amount.MAX_SCALE));
  }

  @Test
  void of_BigDecimal_refusesAnIntegerPartBeyondMaxIntegerDigits() {
    assertThatThrownBy(() -> Amount.of(new BigDecimal("1" + "0".repeat(Amount.MAX_INTEGER_DIGITS)), YUAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(Amount.MAX_INTEGER_DIGITS));
    assertThatThrownBy(() -> Amount.of(new BigDecimal("1E+18"), YUAN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_BigDecimal_refusesNulls_namingTheParameter() {
    assertThatThrownBy(() -> Amount.of((BigDecimal) null, YUAN)).isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> Amount.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
  }

  //----- of(String, AmountUnit), ofWan -----
  @Test
  void of_String_readsThePrintedDigits() {
    assertThat(Amount.of("11.6", TEN_THOUSAND_YUAN)).isEqualTo(WAN_11_6);
    assertThat(Amount.of("10000", YUAN)).isEqualTo(YUAN_10000);
  }

  @Test
  void ofWan_readsAmountsInTenThousandYuan() {
    assertThat(WAN_422_69.unit()).isEqualTo(TEN_THOUSAND_YUAN);
    assertThat(WAN_422_69.value()).isEqualTo(new BigDecimal("422.69"));
    assertThatThrownBy(() -> Amount.ofWan("422.69元")).isInstanceOf(ValueFormatException.class);
  }

  //----- parse -----
  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "422.69|422.69|TEN_THOUSAND_YUAN",
      "11.6|11.6|TEN_THOUSAND_YUAN",
      "11.60|11.60|TEN_THOUSAND_YUAN",
      "0.55|0.55|TEN_THOUSAND_YUAN",
      "1,172.55|1172.55|TEN_THOUSAND_YUAN",
      "1,234,567.8|1234567.8|TEN_THOUSAND_YUAN",
      "１１.６|11.6|TEN_THOUSAND_YUAN",
      "１１．６|11.6|TEN_THOUSAND_YUAN",
      "１，１７２．５５|1172.55|TEN_THOUSAND_YUAN",
      "<p>422.69</p>|422.69|TEN_THOUSAND_YUAN",
      "'  422.69 '|422.69|TEN_THOUSAND_YUAN",
      "422.69万元|422.69|TEN_THOUSAND_YUAN",
      "422.69 万元|422.69|TEN_THOUSAND_YUAN",
      "-5.00|-5.00|TEN_THOUSAND_YUAN",
      "−5|-5|TEN_THOUSAND_YUAN",
      "+5|5|TEN_THOUSAND_YUAN",
      "11.|11|TEN_THOUSAND_YUAN",
      "0|0|TEN_THOUSAND_YUAN",
  })
  void parse_withUnit_readsPrintedForms_keepingTheScale(String text, String value, AmountUnit unit) {
    Amount amount = Amount.parse(text, TEN_THOUSAND_YUAN);
    assertThat(amount.value()).isEqualTo(new BigDecimal(value));
    assertThat(amount.unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "422.69万元|422.69|TEN_THOUSAND_YUAN",
      "4226900元|4226900|YUAN",
      "12.5千元|12.5|THOUSAND_YUAN",
      "0.0422亿元|0.0422|HUNDRED_MILLION_YUAN",
      "<p>１１.６万元</p>|11.6|TEN_THOUSAND_YUAN",
  })
  void parse_textNamingItsUnit(String text, String value, AmountUnit unit) {
    assertThat(Amount.parse(text)).isEqualTo(Amount.of(new BigDecimal(value), unit));
  }

  @ParameterizedTest(name = "\"{0}\" fails at {1}")
  @CsvSource(delimiter = '|', value = {
      "abc|0",
      "12a|2",
      "1e5|1",
      "1E-3|1",
      "12.3x|4",
      "N/A|0",
      "$100|0",
      "''|0",
      "'   '|0",
      "-|0",
  })
  void parse_notAnAmount_pointsAtTheFirstUnreadableCharacter(String text, int index) {
    assertThatThrownBy(() -> Amount.parse(text, TEN_THOUSAND_YUAN))
        .isInstanceOfSatisfying(ValueFormatException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo(index);
          assertThat(e.getText()).isEqualTo(text);
          assertThat(e.getMessage()).contains("not an amount").contains("at index " + index);
        });
  }

  @Test
  void parse_withoutUnitAndNoneGiven_pointsAtTheEnd() {
    assertThatThrownBy(() -> Amount.parse("422.69"))
        .isInstanceOfSatisfying(ValueFormatException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo(6);
          assertThat(e.getMessage()).contains("names no unit");
        });
  }

  @ParameterizedTest(name = "\"{0}\" names 元 at {1}")
  @CsvSource(delimiter = '|', value = {
      "11.6元|4",
      "'  11.6元'|6",
      "<p>11.6元</p>|7",
      "１１．６ 元|5",
  })
  void parse_otherUnitThanExpected_pointsAtThePrintedUnit(String text, int index) {
    assertThatThrownBy(() -> Amount.parse(text, TEN_THOUSAND_YUAN))
        .isInstanceOfSatisfying(ValueFormatException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo(index);
          assertThat(text.charAt(e.getErrorIndex())).isEqualTo('元');
          assertThat(e.getMessage()).contains("元").contains("万元");
        });
  }

  @Test
  void parse_beyondTheBounds_isAValueFormatException() {
    assertThatThrownBy(() -> Amount.parse("1" + "0".repeat(Amount.MAX_INTEGER_DIGITS) + "元"))
        .isInstanceOf(ValueFormatException.class);
    assertThatThrownBy(() -> Amount.parse("0." + "0".repeat(Amount.MAX_SCALE) + "1元"))
        .isInstanceOf(ValueFormatException.class);
  }

  @Test
  void parse_veryLongInput_isRefusedWithAShortenedText() {
    String text = "1".repeat(100_000) + "元";
    assertThatThrownBy(() -> Amount.parse(text))
        .isInstanceOfSatisfying(ValueFormatException.class,
            e -> assertThat(e.getText()).hasSize(ValueFormatException.MAX_TEXT + 1).endsWith("…"));
  }

  @Test
  void parse_refusesNull_namingTheParameter() {
    assertThatThrownBy(() -> Amount.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Amount.parse(null, YUAN)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  //----- accessors -----
  @Test
  void scale_isThePrintedNumberOfDecimals() {
    assertThat(WAN_11_6.scale()).isEqualTo(1);
    assertThat(WAN_11_60.scale()).isEqualTo(2);
    assertThat(YUAN_10000.scale()).isZero();
  }

  @Test
  void halfUnit_isHalfOfTheLastPrintedDecimal() {
    assertThat(WAN_422_69.halfUnit()).isEqualTo(new BigDecimal("0.005"));
    assertThat(WAN_11_6.halfUnit()).isEqualTo(new BigDecimal("0.05"));
    assertThat(YUAN_10000.halfUnit()).isEqualTo(new BigDecimal("0.5"));
    assertThat(Amount.ofWan("-3.25").halfUnit()).isEqualTo(new BigDecimal("0.005"));
    assertThat(Amount.of(new BigDecimal("1." + "0".repeat(Amount.MAX_SCALE)), YUAN).halfUnit())
        .isEqualTo(new BigDecimal("5E-" + (Amount.MAX_SCALE + 1)));
  }

  @Test
  void isNegative_andIsZero_ignoreTheScale() {
    assertThat(Amount.ofWan("-0.01").isNegative()).isTrue();
    assertThat(Amount.ofWan("0.00").isNegative()).isFalse();
    assertThat(Amount.ofWan("-0").isNegative()).isFalse();
    assertThat(Amount.ofWan("0.00").isZero()).isTrue();
    assertThat(Amount.ofWan("0").isZero()).isTrue();
    assertThat(Amount.ofWan("0.01").isZero()).isFalse();
  }

  @Test
  void toYuan_isExact() {
    assertThat(WAN_422_69.toYuan()).isEqualTo(new BigDecimal("4226900.00"));
    assertThat(Amount.parse("0.0422亿元").toYuan()).isEqualByComparingTo("4220000");
    assertThat(Amount.parse("12.5千元").toYuan()).isEqualByComparingTo("12500");
    assertThat(YUAN_10000.toYuan()).isEqualTo(new BigDecimal("10000"));
  }

  //----- plus, minus -----
  @Test
  void plus_isExact_withTheLargerScale() {
    assertThat(WAN_11_6.plus(Amount.ofWan("0.55"))).isEqualTo(Amount.ofWan("12.15"));
    assertThat(WAN_11_6.plus(Amount.ofWan("4"))).isEqualTo(Amount.ofWan("15.6"));
    assertThat(Amount.ofWan("0.55").plus(Amount.ofWan("4.85")).plus(Amount.ofWan("53.83")).plus(WAN_11_6))
        .isEqualTo(Amount.ofWan("70.83"));
  }

  @Test
  void minus_isExact_andMayGoNegative() {
    assertThat(Amount.ofWan("424.06").minus(WAN_422_69)).isEqualTo(Amount.ofWan("1.37"));
    assertThat(WAN_422_69.minus(Amount.ofWan("424.06"))).isEqualTo(Amount.ofWan("-1.37"));
    assertThat(Amount.ofWan("526.59").minus(Amount.ofWan("424.06"))).isEqualTo(Amount.ofWan("102.53"));
  }

  @Test
  void plusAndMinus_refuseAnotherUnit_namingBoth() {
    assertThatThrownBy(() -> WAN_1.plus(YUAN_10000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("万元").hasMessageContaining("元");
    assertThatThrownBy(() -> WAN_1.minus(YUAN_10000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plusAndMinus_refuseResultsBeyondTheBounds() {
    Amount largest = Amount.of(new BigDecimal("9".repeat(Amount.MAX_INTEGER_DIGITS)), YUAN);
    assertThatThrownBy(() -> largest.plus(Amount.of(BigDecimal.ONE, YUAN))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Amount.of(largest.value().negate(), YUAN).minus(Amount.of(BigDecimal.ONE, YUAN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plusAndMinus_refuseNull_namingTheParameter() {
    assertThatThrownBy(() -> WAN_1.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> WAN_1.minus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
  }

  @Test
  void property_plusThenMinus_givesTheSameValue() {
    Property.forAll("a + b - b = a", 0xA30_0001L, 10_000, random -> new Amount[] {randomAmount(random, YUAN),
        randomAmount(random, YUAN)}, pair -> {
          Amount a = pair[0];
          Amount b = pair[1];
          Amount sum;
          try {
            sum = a.plus(b);
          } catch (IllegalArgumentException e) {
            return; // beyond the bounds; refused, as checked elsewhere
          }
          assertThat(sum.minus(b).isEqual(a)).isTrue();
          assertThat(sum.scale()).isEqualTo(Math.max(a.scale(), b.scale()));
          assertThat(sum.value()).isEqualTo(a.value().add(b.value()));
        });
  }

  //----- compareTo, isEqual -----
  @Test
  void isEqual_ignoresTheScaleAndConvertsUnits_whereasEqualsDoesNot() {
    assertThat(WAN_11_6.isEqual(WAN_11_60)).isTrue();
    assertThat(WAN_11_6).isNotEqualTo(WAN_11_60);
    assertThat(WAN_1.isEqual(YUAN_10000)).isTrue();
    assertThat(WAN_1).isNotEqualTo(YUAN_10000);
    assertThat(Amount.parse("0.0001亿元").isEqual(Amount.parse("10千元"))).isTrue();
    assertThat(WAN_11_6.isEqual(Amount.ofWan("11.61"))).isFalse();
  }

  @Test
  void compareTo_ordersByWorthAcrossUnits() {
    List<Amount> amounts = new ArrayList<>(List.of(WAN_1, Amount.of(new BigDecimal("9999.99"), YUAN),
        Amount.parse("10.01千元"), Amount.ofWan("-1"), Amount.parse("0.0001亿元")));
    Collections.sort(amounts);
    assertThat(amounts).containsExactly(Amount.ofWan("-1"), Amount.of(new BigDecimal("9999.99"), YUAN), WAN_1,
        Amount.parse("0.0001亿元"), Amount.parse("10.01千元"));
    assertThat(WAN_1.compareTo(YUAN_10000)).isZero();
    assertThat(Amount.parse("1亿元").compareTo(Amount.parse("9999.99万元"))).isPositive();
    assertThatThrownBy(() -> WAN_1.compareTo(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
  }

  @Test
  void property_compareTo_agreesWithTheWorthInYuan() {
    AmountUnit[] units = AmountUnit.values();
    Property.forAll("compareTo is comparison in yuan", 0xA30_0002L, 10_000,
        random -> new Amount[] {randomAmount(random, units[random.nextInt(units.length)]),
            randomAmount(random, units[random.nextInt(units.length)])},
        pair -> {
          int expected = Integer.signum(pair[0].toYuan().compareTo(pair[1].toYuan()));
          assertThat(Integer.signum(pair[0].compareTo(pair[1]))).isEqualTo(expected);
          assertThat(Integer.signum(pair[1].compareTo(pair[0]))).isEqualTo(-expected);
          assertThat(pair[0].isEqual(pair[1])).isEqualTo(expected == 0);
        });
  }

  //----- equals, hashCode, toString -----
  @Test
  void equalsAndHashCode_areSensitiveToScaleAndUnit() {
    new EqualsTester()
        .addEqualityGroup(WAN_11_6, Amount.ofWan("11.6"), Amount.of(new BigDecimal("11.6"), TEN_THOUSAND_YUAN))
        .addEqualityGroup(WAN_11_60, Amount.parse("11.60万元"))
        .addEqualityGroup(Amount.of(new BigDecimal("11.6"), YUAN))
        .addEqualityGroup(Amount.of(new BigDecimal("11.6"), THOUSAND_YUAN))
        .addEqualityGroup(Amount.of(new BigDecimal("11.6"), HUNDRED_MILLION_YUAN))
        .addEqualityGroup(Amount.ofWan("-11.6"))
        .addEqualityGroup(WAN_1)
        .addEqualityGroup(YUAN_10000)
        .testEquals();
  }

  @Test
  void toString_printsTheValueAsPrintedWithItsUnit() {
    assertThat(WAN_422_69).hasToString("422.69万元");
    assertThat(WAN_11_6).hasToString("11.6万元");
    assertThat(Amount.of(new BigDecimal("1E+3"), YUAN)).hasToString("1000元");
    assertThat(Amount.of(new BigDecimal("0.000001"), YUAN)).hasToString("0.000001元");
    assertThat(Amount.ofWan("-1.37")).hasToString("-1.37万元");
  }

  @Test
  void property_toStringThenParse_givesAnEqualAmount() {
    AmountUnit[] units = AmountUnit.values();
    Property.forAll("parse(toString) round trip", 0xA30_0003L, 12_000,
        random -> randomAmount(random, units[random.nextInt(units.length)]),
        amount -> {
          Amount back = Amount.parse(amount.toString());
          assertThat(back).isEqualTo(amount);
          assertThat(back.scale()).isEqualTo(amount.scale());
          assertThat(Amount.parse(amount.toString(), amount.unit())).isEqualTo(amount);
          assertThat(Amount.parse(amount.value().toPlainString(), amount.unit())).isEqualTo(amount);
        });
  }

  @Test
  void serialization_keepsValueScaleAndUnit() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(WAN_11_6);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(WAN_11_6);
    }
  }

  //-----------------------------------------------------------------------
  /** A random amount within the bounds: 0 to 18 integer digits, 0 to 12 decimals, either sign. */
  static Amount randomAmount(SplittableRandom random, AmountUnit unit) {
    int integerDigits = random.nextInt(0, Amount.MAX_INTEGER_DIGITS + 1);
    int scale = random.nextInt(0, Amount.MAX_SCALE + 1);
    StringBuilder digits = new StringBuilder(integerDigits == 0 ? "0" : "");
    for (int i = 0; i < integerDigits; i++) {
      digits.append(random.nextInt(i == 0 ? 1 : 0, 10));
    }
    if (scale > 0) {
      digits.append('.');
      for (int i = 0; i < scale; i++) {
        digits.append(random.nextInt(10));
      }
    }
    BigDecimal value = new BigDecimal(digits.toString());
    return Amount.of(random.nextBoolean() ? value.negate() : value, unit);
  }
}

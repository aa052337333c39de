package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {
  private static final Quantity MORE_THAN_55_TIMES = new Quantity(new BigDecimal("55"), "次", Qualifier.MORE_THAN);

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent() {
    RecordContract.of(Quantity.class, MORE_THAN_55_TIMES, new Quantity(new BigDecimal("4000"), "人次", Qualifier.EXACT))
        .assertEqualsAndHashCode();
  }

  @Test
  void equals_isSensitiveToThePrintedScale() {
    new EqualsTester()
        .addEqualityGroup(new Quantity(new BigDecimal("95"), "%", Qualifier.EXACT),
            new Quantity(new BigDecimal("95"), "%", Qualifier.EXACT),
            new Quantity(BigDecimal.valueOf(95), "%", Qualifier.EXACT))
        .addEqualityGroup(new Quantity(new BigDecimal("95.0"), "%", Qualifier.EXACT))
        .addEqualityGroup(new Quantity(new BigDecimal("95"), null, Qualifier.EXACT))
        .testEquals();
  }

  @Test
  void constructor_refusesNullNumberOrQualifier_namingThem_andAcceptsAMissingUnit() {
    RecordContract.of(Quantity.class, MORE_THAN_55_TIMES, new Quantity(new BigDecimal("4000"), "人次", Qualifier.EXACT))
        .assertNullHostility();
  }

  //----- isPercent -----
  @Test
  void isPercent_forThePercentSignAnd百分比Only() {
    assertThat(new Quantity(BigDecimal.TEN, "%", Qualifier.EXACT).isPercent()).isTrue();
    assertThat(new Quantity(BigDecimal.TEN, "百分比", Qualifier.EXACT).isPercent()).isTrue();
    assertThat(new Quantity(BigDecimal.TEN, "百分点", Qualifier.EXACT).isPercent()).isFalse();
    assertThat(new Quantity(BigDecimal.TEN, "个", Qualifier.EXACT).isPercent()).isFalse();
    assertThat(new Quantity(BigDecimal.TEN, null, Qualifier.EXACT).isPercent()).isFalse();
  }

  //----- toString -----
  @Test
  void toString_printsQualifierNumberAndUnit_withThePrintedScale() {
    assertThat(MORE_THAN_55_TIMES).hasToString("超55次");
    assertThat(new Quantity(new BigDecimal("95.50"), "%", Qualifier.EXACT)).hasToString("95.50%");
    assertThat(new Quantity(new BigDecimal("5"), "天", Qualifier.LESS_THAN)).hasToString("不足5天");
    assertThat(new Quantity(new BigDecimal("100"), "人", Qualifier.APPROXIMATELY)).hasToString("约100人");
    assertThat(new Quantity(new BigDecimal("1E+3"), null, Qualifier.EXACT)).hasToString("1000");
    assertThat(new Quantity(new BigDecimal("-5"), "%", Qualifier.EXACT)).hasToString("-5%");
  }

  @Test
  void toString_isReadBackByTheParserAsTheSameQuantity() {
    for (Quantity q : new Quantity[] {MORE_THAN_55_TIMES, new Quantity(new BigDecimal("95.50"), "%", Qualifier.EXACT),
        new Quantity(new BigDecimal("5"), "天", Qualifier.LESS_THAN),
        new Quantity(new BigDecimal("100"), "人", Qualifier.APPROXIMATELY)}) {
      assertThat(IndicatorValue.parse(q.toString()).quantities()).as(q.toString()).containsExactly(q);
    }
  }

  @Test
  void constructor_messagesNameTheParameter() {
    assertThatThrownBy(() -> new Quantity(null, "次", Qualifier.EXACT)).hasMessage("number");
    assertThatThrownBy(() -> new Quantity(BigDecimal.ONE, "次", null)).hasMessage("qualifier");
  }
}

package io.github.jixiao.core;

import static io.github.jixiao.core.TestForms.wan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FundRowTest {
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<FundRow> contract() {
    return RecordContract.of(FundRow.class, TestForms.fullFundRow(), TestForms.otherFundRow());
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent_includingTheScaleOfAmounts() {
    contract().assertEqualsAndHashCode();
    assertThat(FundRow.of(wan("11.6"), null, null)).isNotEqualTo(FundRow.of(wan("11.60"), null, null));
  }

  @Test
  void everyColumn_isOptional() {
    contract().assertNullHostility();
  }

  @Test
  void builder_withNothingSet_buildsTheBlankRow() {
    contract().assertBuilder();
    assertThat(new FundRowBuilder().build()).isEqualTo(FundRow.blank());
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  //----- factories -----
  @Test
  void blank_hasEveryColumnBlank() {
    assertThat(FundRow.blank()).isEqualTo(new FundRow(null, null, null, null, null, null, null));
  }

  @Test
  void of_setsTheThreeAmountColumnsOnly() {
    FundRow row = FundRow.of(wan("64.94"), wan("39.46"), null);
    assertThat(row.initialBudget()).isEqualTo(wan("64.94"));
    assertThat(row.annualBudget()).isEqualTo(wan("39.46"));
    assertThat(row.executed()).isNull();
    assertThat(row.weight()).isNull();
    assertThat(row.executionRate()).isNull();
    assertThat(row.score()).isNull();
    assertThat(row.note()).isNull();
  }

  //----- isBlank -----
  @Test
  void isBlank_trueOnlyWhenEveryColumnIsBlank() {
    assertThat(FundRow.blank().isBlank()).isTrue();
    assertThat(FundRow.of(null, null, null).isBlank()).isTrue();
    assertThat(FundRow.blank().withInitialBudget(wan("0")).isBlank()).isFalse();
    assertThat(FundRow.blank().withAnnualBudget(wan("1")).isBlank()).isFalse();
    assertThat(FundRow.blank().withExecuted(wan("1")).isBlank()).isFalse();
    assertThat(FundRow.blank().withWeight(BigDecimal.TEN).isBlank()).isFalse();
    assertThat(FundRow.blank().withExecutionRate(Percentage.parse("0%")).isBlank()).isFalse();
    assertThat(FundRow.blank().withScore(BigDecimal.ZERO).isBlank()).isFalse();
    assertThat(FundRow.blank().withNote("").isBlank()).isFalse();
  }

  //----- Bean Validation -----
  @Test
  void validation_acceptsAFullRow_andABlankOne() {
    assertThat(validation.violations(TestForms.fullFundRow())).isEmpty();
    assertThat(validation.violations(FundRow.blank())).isEmpty();
  }

  @Test
  void validation_negativeColumns_areOneViolationEach() {
    FundRow row = TestForms.fullFundRow()
        .withExecuted(wan("-39.46"))
        .withExecutionRate(Percentage.parse("-100%"))
        .withWeight(new BigDecimal("-10"))
        .withScore(new BigDecimal("-1"));
    assertThat(validation.violations(row)).containsExactly(
        "executed NonNegative", "executionRate NonNegative", "score PositiveOrZero", "weight PositiveOrZero");
  }

  @Test
  void validation_overLongNote_isOneViolation() {
    assertThat(validation.violations(FundRow.blank().withNote("注".repeat(FormLimits.MAX_TEXT_LENGTH + 1))))
        .containsExactly("note Size");
  }
}

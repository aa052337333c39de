package io.github.jixiao.core;

import static io.github.jixiao.core.TestForms.wan;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DepartmentFundsTest {
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<DepartmentFunds> contract() {
    return RecordContract.of(DepartmentFunds.class, TestForms.fullFunds(), TestForms.otherFunds());
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent() {
    contract().assertEqualsAndHashCode();
  }

  @Test
  void everyComponent_isOptional() {
    contract().assertNullHostility();
    for (RecordComponent c : DepartmentFunds.class.getRecordComponents()) {
      assertThat(RecordContract.isNullable(c)).as(c.getName()).isTrue();
    }
  }

  @Test
  void builder_withNothingSet_buildsTheEmptyBlock() {
    contract().assertBuilder();
    assertThat(new DepartmentFundsBuilder().build()).isEqualTo(DepartmentFunds.empty());
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  //----- the constructor kept from before the explanation fields -----
  @Test
  void fourteenArgumentConstructor_leavesTheExplanationsUnprinted() {
    DepartmentFunds f = TestForms.fullFunds();
    DepartmentFunds old = new DepartmentFunds(f.initialBudgetRevenue(), f.adjustedBudgetRevenue(),
        f.annualAdjustedBudget(), f.actualExpenditure(), f.generalPublicBudgetPortion(),
        f.governmentFundBudgetPortion(), f.stateCapitalOperationBudgetPortion(), f.otherPortion(),
        f.budgetCompletionRate(), f.budgetAdjustmentRate(), f.totalFunds(), f.basicExpenditure(),
        f.projectExpenditure(), f.otherExpenditure());
    assertThat(old.budgetCompletionExplanation()).isNull();
    assertThat(old.budgetAdjustmentExplanation()).isNull();
    assertThat(old).isEqualTo(f.withBudgetCompletionExplanation(null).withBudgetAdjustmentExplanation(null));
  }

  //----- empty() -----
  @Test
  void empty_hasNothingPrinted_andMissingIsNotZero() {
    DepartmentFunds empty = DepartmentFunds.empty();
    for (RecordComponent c : DepartmentFunds.class.getRecordComponents()) {
      assertThat(get(empty, c)).as(c.getName()).isNull();
    }
  }

  //----- Bean Validation -----
  @Test
  void validation_acceptsTheSampleBlock_andTheEmptyOne() {
    assertThat(validation.violations(TestForms.tianheFunds())).isEmpty();
    assertThat(validation.violations(TestForms.fullFunds())).isEmpty();
    assertThat(validation.violations(DepartmentFunds.empty())).isEmpty();
  }

  @Test
  void validation_eachNegativeAmountOrRate_isExactlyOneViolationAtItsName() throws Exception {
    DepartmentFunds full = TestForms.fullFunds();
    int checked = 0;
    for (RecordComponent c : DepartmentFunds.class.getRecordComponents()) {
      Object negative;
      if (c.getType() == Amount.class) {
        negative = wan("-0.01");
      } else if (c.getType() == Percentage.class) {
        negative = Percentage.parse("-0.01%");
      } else {
        continue;
      }
      String wither = "with" + Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
      DepartmentFunds changed = (DepartmentFunds) DepartmentFunds.class.getMethod(wither, c.getType())
          .invoke(full, negative);
      assertThat(validation.violations(changed)).as(c.getName()).containsExactly(c.getName() + " NonNegative");
      checked++;
    }
    assertThat(checked).isEqualTo(10);
  }

  @Test
  void validation_zeroAmounts_areValid() {
    DepartmentFunds zero = TestForms.tianheFunds().withActualExpenditure(wan("0.00"))
        .withBudgetCompletionRate(Percentage.parse("0%"));
    assertThat(validation.violations(zero)).isEmpty();
  }

  @Test
  void validation_negativeFundTableCell_isOneViolationAtTheRow() {
    DepartmentFunds funds = TestForms.fullFunds().withProjectExpenditure(FundRow.of(null, wan("-2"), null));
    assertThat(validation.violations(funds)).containsExactly("projectExpenditure.annualBudget NonNegative");
  }

  private static Object get(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}

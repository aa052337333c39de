package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CategoryWeightTest {
  private static final CategoryWeight OUTPUT_50 =
      new CategoryWeight(IndicatorLevel1.OUTPUT, null, "产出指标(50分)", new BigDecimal("50"), new BigDecimal("48.5"));
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<CategoryWeight> contract() {
    return RecordContract.of(CategoryWeight.class,
        OUTPUT_50.withLevel2(IndicatorLevel2.QUANTITY),
        new CategoryWeight(IndicatorLevel1.INPUT, IndicatorLevel2.BUDGET_ALLOCATION, "投入", new BigDecimal("13"),
            new BigDecimal("12")));
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent_includingTheScaleOfTheWeight() {
    contract().assertEqualsAndHashCode();
    assertThat(OUTPUT_50.withWeight(new BigDecimal("50.0"))).isNotEqualTo(OUTPUT_50);
  }

  @Test
  void constructor_refusesANullLabel_namingIt_andAcceptsUnrecognisedCategoriesAndMissingFigures() {
    contract().assertNullHostility();
  }

  @Test
  void builder_requiresTheLabel() {
    contract().assertBuilder();
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  //----- Bean Validation -----
  @Test
  void validation_faultsAreReportedAtTheirComponents() {
    assertThat(validation.violations(OUTPUT_50)).isEmpty();
    assertThat(validation.violations(OUTPUT_50.withLabel(""))).containsExactly("label NotBlank");
    assertThat(validation.violations(OUTPUT_50.withWeight(new BigDecimal("-50")))).containsExactly("weight PositiveOrZero");
    assertThat(validation.violations(OUTPUT_50.withScore(new BigDecimal("-1")))).containsExactly("score PositiveOrZero");
  }
}

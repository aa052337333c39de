package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyIndicatorTest {
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<KeyIndicator> contract() {
    return RecordContract.of(KeyIndicator.class,
        new KeyIndicator("非公企业党组织", IndicatorValue.parse("≥800家"), IndicatorValue.parse("854家")),
        new KeyIndicator("举办天河区非公企业党组织书记培训班", IndicatorValue.parse("10期"), IndicatorValue.parse("12期")));
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent() {
    contract().assertEqualsAndHashCode();
  }

  @Test
  void constructor_refusesANullName_namingIt_andAcceptsMissingTargetAndCompletion() {
    contract().assertNullHostility();
  }

  @Test
  void builder_requiresTheName() {
    contract().assertBuilder();
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  //----- of -----
  @Test
  void of_parsesTheCompletion_andLeavesTheTargetMissing() {
    KeyIndicator indicator = KeyIndicator.of("非公企业党组织", "854家");
    assertThat(indicator.target()).isNull();
    assertThat(indicator.completion()).isEqualTo(IndicatorValue.parse("854家"));
    assertThat(indicator.completion().number()).isEqualByComparingTo("854");
    assertThat(indicator.completion().unit()).isEqualTo("家");
  }

  @Test
  void of_keepsProseCompletionsAsText() {
    KeyIndicator indicator = KeyIndicator.of("举办天河区工商联（总商会）第八次会员代表大会", "2021年9月13日圆满举办");
    assertThat(indicator.completion().number()).isNull();
    assertThat(indicator.completion().raw()).isEqualTo("2021年9月13日圆满举办");
  }

  @Test
  void of_refusesNulls_namingTheParameter() {
    assertThatThrownBy(() -> KeyIndicator.of(null, "12次")).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> KeyIndicator.of("名称", null)).isInstanceOf(NullPointerException.class).hasMessage("raw");
  }

  //----- Bean Validation -----
  @Test
  void validation_blankName_andOverLongValues_areOneViolationEach() {
    assertThat(validation.violations(KeyIndicator.of(" ", "12次"))).containsExactly("name NotBlank");
    IndicatorValue longValue = IndicatorValue.parse("次".repeat(FormLimits.MAX_TEXT_LENGTH + 1));
    KeyIndicator tooLong = new KeyIndicator("名称", longValue, longValue);
    assertThat(validation.violations(tooLong)).containsExactly("completion PrintedLength", "target PrintedLength");
    IndicatorValue limit = IndicatorValue.parse("次".repeat(FormLimits.MAX_TEXT_LENGTH));
    assertThat(validation.violations(new KeyIndicator("名称", limit, limit))).isEmpty();
  }
}

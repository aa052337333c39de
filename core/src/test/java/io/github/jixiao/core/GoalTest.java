package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GoalTest {
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<Goal> contract() {
    return RecordContract.of(Goal.class, Goal.of(1, "思想引领，推进“两个健康”发展"), Goal.of(7, "积极做好统筹兼顾，配合落实各项工作"));
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnNumberAndText_includingTrailingPunctuation() {
    contract().assertEqualsAndHashCode();
    assertThat(Goal.of(5, "强化担当，致力倡导公益慈善")).isNotEqualTo(Goal.of(5, "强化担当，致力倡导公益慈善。"));
  }

  @Test
  void constructor_refusesANullText_namingIt() {
    contract().assertNullHostility();
    assertThatThrownBy(() -> Goal.of(1, null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void builder_requiresNumberAndText() {
    contract().assertBuilder();
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  //----- of -----
  @Test
  void of_keepsTheTextAsPrinted() {
    Goal goal = Goal.of(6, "强化担当，致力倡导公益慈善。");
    assertThat(goal.number()).isEqualTo(6);
    assertThat(goal.text()).isEqualTo("强化担当，致力倡导公益慈善。");
  }

  //----- Bean Validation -----
  @Test
  void validation_numberBelowOne_isOneViolation() {
    assertThat(validation.violations(Goal.of(0, "目标"))).containsExactly("number Positive");
    assertThat(validation.violations(Goal.of(-1, "目标"))).containsExactly("number Positive");
    assertThat(validation.violations(Goal.of(1, "目标"))).isEmpty();
  }

  @Test
  void validation_blankText_isOneViolation() {
    assertThat(validation.violations(Goal.of(1, " "))).containsExactly("text NotBlank");
  }
}

package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnnualGoalsTest {
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<AnnualGoals> contract() {
    return RecordContract.of(AnnualGoals.class, TestForms.tianheGoals(),
        new AnnualGoals(List.of(Goal.of(1, "目标一"), Goal.of(2, "目标二")), "完成情况"));
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent() {
    contract().assertEqualsAndHashCode();
  }

  @Test
  void constructor_refusesANullGoalList_namingIt_andAcceptsAMissingNarrative() {
    contract().assertNullHostility();
  }

  @Test
  void goals_areCopiedDefensively_unmodifiable_andRefuseNullElements() {
    contract().assertListsCopiedAndUnmodifiable();
  }

  @Test
  void builder_fromCopiesEveryComponent() {
    contract().assertBuilder();
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  @Test
  void sample_keepsTheDuplicatedGoalsFiveAndSixApart() {
    List<Goal> goals = TestForms.tianheGoals().expectedGoals();
    assertThat(goals).hasSize(7);
    assertThat(goals.get(4)).isNotEqualTo(goals.get(5));
    assertThat(goals.get(5).text()).isEqualTo("强化担当，致力倡导公益慈善。");
  }

  //----- empty() -----
  @Test
  void empty_hasNoGoalsAndNoNarrative() {
    assertThat(AnnualGoals.empty().expectedGoals()).isEmpty();
    assertThat(AnnualGoals.empty().goalCompletionNarrative()).isNull();
    assertThat(new AnnualGoalsBuilder().build()).isEqualTo(AnnualGoals.empty());
  }

  //----- Bean Validation -----
  @Test
  void validation_blankGoalText_isOneViolationAtItsIndex() {
    AnnualGoals goals = new AnnualGoals(List.of(Goal.of(1, "目标"), Goal.of(2, "")), null);
    assertThat(validation.violations(goals)).containsExactly("expectedGoals[1].text NotBlank");
  }

  @Test
  void validation_overLongNarrative_isOneViolation() {
    AnnualGoals goals = AnnualGoals.empty().withGoalCompletionNarrative("文".repeat(FormLimits.MAX_TEXT_LENGTH + 1));
    assertThat(validation.violations(goals)).containsExactly("goalCompletionNarrative Size");
    assertThat(validation.violations(TestForms.tianheGoals())).isEmpty();
  }
}

package io.github.jixiao.core;

import static io.github.jixiao.core.TestForms.wan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MainTaskTest {
  private static final MainTask TASK_1 = TestForms.tianheTasks().get(0);
  private static final MainTask TASK_4 = TestForms.tianheTasks().get(3);
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<MainTask> contract() {
    return RecordContract.of(MainTask.class, TASK_1, TASK_4);
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent() {
    contract().assertEqualsAndHashCode();
  }

  @Test
  void equals_isSensitiveToThePrintedScaleOfTheAmount() {
    assertThat(TASK_4.withAmount(wan("11.60"))).isNotEqualTo(TASK_4);
  }

  @Test
  void constructor_refusesNullRequiredComponents_namingThem_andAcceptsNullOptionalOnes() {
    contract().assertNullHostility();
  }

  @Test
  void keyIndicators_areCopiedDefensively_unmodifiable_andRefuseNullElements() {
    contract().assertListsCopiedAndUnmodifiable();
  }

  @Test
  void builder_requiresIndexAndExpectedGoal() {
    contract().assertBuilder();
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  @Test
  void sample_task1_readsEveryCountOfItsIndicators() {
    List<KeyIndicator> indicators = TASK_1.keyIndicators();
    assertThat(indicators).extracting(KeyIndicator::name)
        .containsExactly("党组理论学习中心组学习", "党组织活动", "“百场党课进千家商会万家民企”理想信念教育宣讲会");
    assertThat(indicators.get(1).completion()).isNotNull();
    assertThat(indicators.get(1).completion().quantities()).hasSize(9);
    assertThat(TASK_1.amount()).isEqualTo(wan("0.55"));
  }

  //----- Bean Validation -----
  @Test
  void validation_acceptsEverySampleTask() {
    for (MainTask task : TestForms.tianheTasks()) {
      assertThat(validation.violations(task)).as("task %s", task.index()).isEmpty();
    }
  }

  @Test
  void validation_faultsAreReportedAtTheirPaths() {
    assertThat(validation.violations(TASK_1.withIndex(0))).containsExactly("index Positive");
    assertThat(validation.violations(TASK_1.withExpectedGoal(""))).containsExactly("expectedGoal NotBlank");
    assertThat(validation.violations(TASK_1.withAmount(wan("-0.55")))).containsExactly("amount NonNegative");
    assertThat(validation.violations(TASK_1.withAmount(null))).isEmpty();
    assertThat(validation.violations(TASK_1.withKeyIndicators(KeyIndicator.of("", "12次"))))
        .containsExactly("keyIndicators[0].name NotBlank");
  }
}

package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InjectionsTest {
  @Test
  void truncated_endsAfterALetter_beforeTheEnd() {
    ForAll.forAll(r -> Injections.truncated(r, "部门整体运行平稳，各项工作有序推进。")).cases(500).check(t -> {
      assertThat("部门整体运行平稳，各项工作有序推进。").startsWith(t);
      assertThat(t.length()).isBetween(2, 17);
      assertThat(Character.isLetter(t.charAt(t.length() - 1))).isTrue();
    });
  }

  @Test
  void anomaliesOfTheOtherForm_areRefused() {
    assertThatThrownBy(() -> Injections.department(Anomaly.GRADE_MISMATCH, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("department");
    assertThatThrownBy(() -> Injections.project(Anomaly.DUPLICATE_GOAL, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("project");
  }

  @Test
  void repeatedNarrative_isLongerThanTheRepeatedPassageLength() {
    ForAll.forAll(Anomaly.NARRATIVE_REPEATED::department).cases(300).check(form -> {
      String goal = form.annualGoals().goalCompletionNarrative();
      String overall = form.overallPerformanceNarrative();
      String longest = goal.length() > overall.length() ? goal : overall;
      assertThat(longest.length()).isGreaterThan(40);
    });
  }
}

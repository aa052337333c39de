package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddACustomRuleTest {
  @Test
  void main_runsTheLambdaRuleAndThePackFoundByServiceLoader() {
    String printed = Capture.stdout(() -> AddACustomRule.main(new String[0]));
    assertThat(printed).contains("WARNING LOCAL-01 annualGoals.expectedGoals ")
        .contains("INFO LOCAL-02 mainTasks[0].amount ");
    assertThat(printed).doesNotContain("LOCAL-02 mainTasks[1]");
  }
}

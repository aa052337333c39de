package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathsTest {
  @Test
  void rowPaths_renderTheModelsPropertyNames_withinAndBeyondTheResolvedRows() {
    for (int i : new int[] {0, 31, 32, 100}) {
      assertThat(Paths.keyIndicator(i, 3, "completion")).hasToString("mainTasks[" + i + "].keyIndicators[3].completion");
      assertThat(Paths.keyProjectIndicator(i, 6, "actual")).hasToString("keyProjects[" + i + "].indicators[6].actual");
      assertThat(Paths.keyProjectTotal(i, "note")).hasToString("keyProjects[" + i + "].funds.total.note");
      assertThat(Paths.task(i, "amount")).hasToString("mainTasks[" + i + "].amount");
    }
  }

  @Test
  void rowPaths_areTheParsedPaths() {
    assertThat(Paths.keyIndicator(2, 1, "target")).isEqualTo(FindingPath.of("mainTasks[2].keyIndicators[1].target"));
    assertThat(Paths.keyProjectTotal(40, "executed")).isEqualTo(FindingPath.of("keyProjects[40].funds.total.executed"));
  }

  @Test
  void resolvedRowPaths_areBuiltOnce() {
    assertThat(Paths.keyIndicator(5, 0, "name")).isSameAs(Paths.keyIndicator(5, 0, "name"));
    assertThat(Paths.keyProjectTotal(3, "annualBudget")).isSameAs(Paths.keyProjectTotal(3, "annualBudget"));
  }
}

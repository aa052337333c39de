package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PathsTest {
  /** Groups and items inside, at the edges of and beyond the kept blocks (8, 16, 32, 64 items; 32 groups). */
  private static final int[] EDGES = {0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 100};

  @Test
  void rowPaths_renderTheModelsPropertyNames_withinAndBeyondTheResolvedRows() {
    for (int i : EDGES) {
      assertThat(Paths.keyIndicatorCompletion(i, 3)).hasToString("mainTasks[" + i + "].keyIndicators[3].completion");
      assertThat(Paths.keyIndicatorTarget(i, 3)).hasToString("mainTasks[" + i + "].keyIndicators[3].target");
      assertThat(Paths.keyProjectIndicator(i, 6, "actual")).hasToString("keyProjects[" + i + "].indicators[6].actual");
      assertThat(Paths.keyProjectTotal(i, "note")).hasToString("keyProjects[" + i + "].funds.total.note");
      assertThat(Paths.taskAmount(i)).hasToString("mainTasks[" + i + "].amount");
      assertThat(Paths.taskExpectedGoal(i)).hasToString("mainTasks[" + i + "].expectedGoal");
      assertThat(Paths.taskKeyIndicators(i)).hasToString("mainTasks[" + i + "].keyIndicators");
    }
  }

  @Test
  void rowPaths_areTheParsedPaths() {
    assertThat(Paths.keyIndicatorTarget(2, 1)).isEqualTo(FindingPath.of("mainTasks[2].keyIndicators[1].target"));
    assertThat(Paths.keyProjectTotal(40, "executed")).isEqualTo(FindingPath.of("keyProjects[40].funds.total.executed"));
  }

  @Test
  void rowPaths_atEveryEdgeOfTheKeptBlocks_areTheParsedPaths() {
    for (int group : EDGES) {
      for (int item : EDGES) {
        assertThat(Paths.keyIndicatorCompletion(group, item))
            .isEqualTo(FindingPath.of("mainTasks[" + group + "].keyIndicators[" + item + "].completion"));
        assertThat(Paths.keyIndicatorTarget(group, item))
            .isEqualTo(FindingPath.of("mainTasks[" + group + "].keyIndicators[" + item + "].target"));
      }
      assertThat(Paths.taskAmount(group)).isEqualTo(FindingPath.of("mainTasks[" + group + "].amount"));
    }
  }

  @Test
  void keyProjectFundCells_numberRowsThenColumns() {
    for (int project : EDGES) {
      for (int r = 0; r < Paths.PROJECT_FUND_ROWS.length; r++) {
        for (int c = 0; c < Paths.FUND_COLUMNS.length; c++) {
          assertThat(Paths.keyProjectFundCell(project, r * 3 + c)).hasToString("keyProjects[" + project + "].funds."
              + Paths.PROJECT_FUND_ROWS[r] + "." + Paths.FUND_COLUMNS[c]);
        }
      }
    }
    assertThat(Paths.keyProjectFundCell(0, 20)).hasToString("keyProjects[0].funds.otherFunds.executed");
  }

  @Test
  void departmentFundCells_followTheColumns() {
    assertThat(Paths.TOTAL_FUNDS_CELLS).extracting(FindingPath::toString).containsExactly(
        "funds.totalFunds.initialBudget", "funds.totalFunds.annualBudget", "funds.totalFunds.executed");
    assertThat(Paths.OTHER_EXPENDITURE_CELLS[2]).hasToString("funds.otherExpenditure.executed");
  }

  @Test
  void resolvedRowPaths_areBuiltOnce() {
    assertThat(Paths.keyIndicatorCompletion(5, 0)).isSameAs(Paths.keyIndicatorCompletion(5, 0));
    assertThat(Paths.keyIndicatorTarget(5, 40)).isSameAs(Paths.keyIndicatorTarget(5, 40));
    assertThat(Paths.keyProjectFundCell(3, 7)).isSameAs(Paths.keyProjectFundCell(3, 7));
    assertThat(Paths.keyProjectTotal(3, "annualBudget")).isSameAs(Paths.keyProjectTotal(3, "annualBudget"));
  }

  @Test
  void aBlockGrownForALaterRow_keepsTheEarlierRowsPaths() {
    FindingPath early = Paths.keyIndicatorCompletion(9, 2);
    assertThat(Paths.keyIndicatorCompletion(9, 50)).hasToString("mainTasks[9].keyIndicators[50].completion");
    assertThat(Paths.keyIndicatorCompletion(9, 2)).isSameAs(early);
  }

  @Test
  void rowPaths_askedFromManyThreadsAtOnce_areAlwaysTheParsedPaths() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long seed = 7_001L + t;
        Callable<Integer> job = () -> {
          SplittableRandom random = new SplittableRandom(seed);
          int checked = 0;
          for (int k = 0; k < 2_000; k++) {
            int group = random.nextInt(40);
            int item = random.nextInt(70);
            assertThat(Paths.keyIndicatorTarget(group, item)).hasToString(
                "mainTasks[" + group + "].keyIndicators[" + item + "].target");
            int cell = random.nextInt(21);
            assertThat(Paths.keyProjectFundCell(group, cell)).hasToString("keyProjects[" + group + "].funds."
                + Paths.PROJECT_FUND_ROWS[cell / 3] + "." + Paths.FUND_COLUMNS[cell % 3]);
            checked++;
          }
          return checked;
        };
        done.add(pool.submit(job));
      }
      for (Future<Integer> f : done) {
        assertThat(f.get()).isEqualTo(2_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

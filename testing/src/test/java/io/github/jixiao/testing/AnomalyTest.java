package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The anomaly catalogue itself; that each anomaly is caught by its rule, and by no other, is tested against the rules
 * in {@code jixiao-rules} ({@code AnomaliesCaughtByRulesTest}).
 */
class AnomalyTest {
  @Test
  void everyAnomaly_namesARuleCode_anEvidenceTag_andAFormType() {
    for (Anomaly a : Anomaly.values()) {
      assertThat(a.ruleCode()).as(a.toString()).matches("DW-[FTGKN]-0[1-9]|FMT-0[12]|PRJ-[WSDVF]-0[1-5]");
      assertThat(a.evidence()).isIn("[V]", "[R]", "[P]", "[I]");
      assertThat(a.formType()).isEqualTo(a.ruleCode().startsWith("PRJ-") ? ProjectSelfEvaluation.class
          : DepartmentSelfEvaluation.class);
      assertThat(a.alsoCaughtBy()).doesNotContain(a.ruleCode())
          .allMatch(code -> code.startsWith("PRJ-") == a.ruleCode().startsWith("PRJ-"));
    }
  }

  @Test
  void departmentAndProjectAnomalies_partitionTheCatalogue_inItsOrder() {
    List<Anomaly> all = new ArrayList<>(Anomaly.departmentAnomalies());
    all.addAll(Anomaly.projectAnomalies());
    assertThat(all).containsExactly(Anomaly.values());
    assertThat(Anomaly.departmentAnomalies()).hasSize(28);
    assertThat(Anomaly.projectAnomalies()).hasSize(21);
  }

  @Test
  void caughtBy_listsTheAnomaliesOfARule() {
    assertThat(Anomaly.caughtBy("DW-F-06")).containsExactly(Anomaly.NEGATIVE_AMOUNT,
        Anomaly.AMOUNT_WITH_THREE_DECIMALS);
    assertThat(Anomaly.caughtBy("PRJ-W-01")).containsExactly(Anomaly.WEIGHTS_OVER_100);
    assertThat(Anomaly.caughtBy("XX-00")).isEmpty();
    assertThatThrownBy(() -> Anomaly.caughtBy(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @EnumSource(Anomaly.class)
  void generate_isDeterministic_ofTheFormType_andDiffersFromTheWellFormedForm(Anomaly a) {
    for (long seed = 0; seed < 200; seed++) {
      Record form = a.generate(new SplittableRandom(seed));
      assertThat(form).isInstanceOf(a.formType()).isEqualTo(a.generate(new SplittableRandom(seed)));
      Record wellFormed = a.formType() == DepartmentSelfEvaluation.class
          ? FormGenerators.department(new SplittableRandom(seed))
          : FormGenerators.scoredProject(new SplittableRandom(seed));
      assertThat(form).isNotEqualTo(wellFormed);
    }
  }

  @Test
  void department_andProject_refuseAnomaliesOfTheOtherForm() {
    SplittableRandom r = new SplittableRandom(1);
    assertThat(Anomaly.DUPLICATE_GOAL.department(r).annualGoals().expectedGoals()).hasSizeGreaterThan(1);
    assertThat(Anomaly.GRADE_MISMATCH.project(r).grade()).isNotNull();
    assertThatThrownBy(() -> Anomaly.DUPLICATE_GOAL.project(r)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DW-G-01").hasMessageContaining("department");
    assertThatThrownBy(() -> Anomaly.GRADE_MISMATCH.department(r)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PRJ-S-05");
    assertThatThrownBy(() -> Anomaly.GRADE_MISMATCH.generate(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anomalies_canBeShrunkByTheRunner_staying_anomalous() {
    PropertyFailure f = org.assertj.core.api.Assertions.catchThrowableOfType(PropertyFailure.class,
        () -> ForAll.forAll(Anomaly.DUPLICATE_GOAL::department).check(form -> {
          List<String> texts = form.annualGoals().expectedGoals().stream().map(g -> g.text().strip()).toList();
          assertThat(texts).hasSizeLessThan(2);
        }));
    DepartmentSelfEvaluation shrunk = (DepartmentSelfEvaluation) f.shrunkCase();
    assertThat(shrunk.annualGoals().expectedGoals()).hasSize(2);
  }
}

package io.github.jixiao.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.testing.SampleForms;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The three implementations of the 12 checks agree, finding for finding, on the sample and the batch corpus. */
class AgreementTest {
  static final Validator HV = HvChecks.validator();

  static void assertAgree(DepartmentSelfEvaluation form, String label) {
    List<String> plain = PlainChecks.check(form).stream().sorted().toList();
    assertThat(HvChecks.findings(HV.validate(form))).as("hv, %s", label).isEqualTo(plain);
    assertThat(JixiaoChecks.failures(JixiaoChecks.TWELVE.audit(form))).as("jixiao, %s", label).isEqualTo(plain);
  }

  @Test
  void sample_allAgree() {
    DepartmentSelfEvaluation sample = SampleForms.tianhe2021();
    assertAgree(sample, "sample");
    assertThat(PlainChecks.check(sample)).containsExactlyInAnyOrder("DW-G-01 annualGoals.expectedGoals[5]",
        "BENCH-12 keyProjects[0].indicators[3].actual");
  }

  @Test
  void batch_allAgree_withDefectsOfEveryCheck() {
    List<DepartmentSelfEvaluation> forms = DepartmentForms.generate(42, 2_000);
    Map<String, Integer> byCode = new TreeMap<>();
    for (int i = 0; i < forms.size(); i++) {
      assertAgree(forms.get(i), "form " + i);
      for (String f : PlainChecks.check(forms.get(i))) {
        byCode.merge(f.substring(0, f.indexOf(' ')), 1, Integer::sum);
      }
    }
    assertThat(byCode).containsOnlyKeys("DW-F-01", "DW-F-02", "DW-F-04", "DW-F-05", "DW-F-06", "DW-T-01", "DW-T-02",
        "DW-G-01", "DW-K-01", "BENCH-09", "BENCH-10", "BENCH-12");
  }

  @Test
  void generate_isDeterministic() {
    assertThat(DepartmentForms.generate(7, 50)).isEqualTo(DepartmentForms.generate(7, 50));
  }
}

package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.testing.ForAll;
import io.github.jixiao.testing.FormGenerators;
import io.github.jixiao.testing.ModelJson;
import org.junit.jupiter.api.Test;

/**
 * Properties of the JSON form on the {@link ForAll} runner: for every generated form, write → read gives an equal
 * object (equality is scale-sensitive: 11.6 ≠ 11.60), and the JSON that {@code jixiao-testing} prints for failing
 * forms ({@link ModelJson}) is a form document this codec reads back to the same form. A failure names the seed
 * ({@code -Djixiao.seed=<seed> -Djixiao.cases=1} replays it) and shows the shrunk form.
 */
class FormJsonPropertyTest {
  private static final int CASES = 10_000;
  private static final FormJson JSON = FormJson.standard();

  @Test
  void writeThenReadGivesAnEqualForm_forTenThousandArbitraryDepartmentForms() {
    ForAll.forAll(r -> new RandomForms(r).department())
        .named("department form survives write → read").cases(CASES / 2).seed(20_211_231L)
        .check(form -> assertThat(JSON.readDepartment(JSON.write(form))).isEqualTo(form));
  }

  @Test
  void writeThenReadGivesAnEqualForm_forTenThousandArbitraryProjectForms() {
    ForAll.forAll(r -> new RandomForms(r).project())
        .named("project form survives write → read").cases(CASES / 2).seed(20_211_232L)
        .check(form -> assertThat(JSON.readProject(JSON.write(form))).isEqualTo(form));
  }

  @Test
  void theTestingKitsJson_isAFormDocumentThatReadsBackToTheSameForm() {
    ForAll.forAll(FormGenerators::department).named("ModelJson mirrors FormJson (department)").cases(2_000)
        .check(form -> {
          DepartmentSelfEvaluation back = JSON.readDepartment(ModelJson.document(form));
          assertThat(back).isEqualTo(form);
        });
    ForAll.forAll(r -> new RandomForms(r).department()).named("ModelJson mirrors FormJson (arbitrary)")
        .cases(1_000).check(form -> assertThat(JSON.readDepartment(ModelJson.document(form))).isEqualTo(form));
    ForAll.forAll(r -> new RandomForms(r).project()).named("ModelJson mirrors FormJson (arbitrary project)")
        .cases(1_000).check(form -> {
          ProjectSelfEvaluation back = JSON.readProject(ModelJson.document(form));
          assertThat(back).isEqualTo(form);
        });
  }
}

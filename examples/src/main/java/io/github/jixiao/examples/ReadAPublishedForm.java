package io.github.jixiao.examples;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.io.FormJson;
import io.github.jixiao.io.FormReadException;
import io.github.jixiao.io.FormReader;
import io.github.jixiao.io.ReadResult;
import io.github.jixiao.io.ReadWarning;
import io.github.jixiao.io.UnmappedContent;
import io.github.jixiao.testing.SampleForms;
import java.util.Locale;

/**
 * Reads the sample form as published (tab-separated text with {@code <p>} residue), prints what was read, what the
 * reader warns about and did not read into the form, then writes the JSON form and reads it back.
 */
public final class ReadAPublishedForm {
  private ReadAPublishedForm() {}

  /**
   * Runs the example.
   *
   * @param args not used
   * @throws FormReadException never for the sample
   */
  public static void main(String[] args) throws FormReadException {
    ReadResult result = FormReader.standard().read(SampleForms.tianhe2021Text());
    DepartmentSelfEvaluation form = result.department().orElseThrow();
    System.out.println(form.departmentName() + " " + form.evaluationYear() + " " + result.layout());
    System.out.println(form.mainTasks().size() + " tasks, " + form.keyProjects().get(0).indicators().size()
        + " key-project indicators, " + result.unmapped().size() + " unmapped");
    for (ReadWarning w : result.warnings()) {
      System.out.println(w.message(Locale.ENGLISH));
    }
    // cells the reader could not map to the model (none in the sample): nothing given is dropped silently
    for (UnmappedContent u : result.unmapped()) {
      System.out.println(u.message(Locale.ENGLISH));
    }
    String json = FormJson.standard().write(form);
    System.out.println("JSON round trip equal: " + FormJson.standard().readDepartment(json).equals(form));
  }
}

package io.github.jixiao.io;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link FormReader} read from a published form: the form, the layout it recognised, everything it could not
 * map (with positions), and warnings (with positions).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param document the form read, not null
 * @param layout the published layout recognised, not null
 * @param unmapped every cell or sentence that was not mapped to the model, in order of appearance, not null
 * @param warnings what the caller should check, in order of appearance, not null
 */
public record ReadResult(FormDocument document, FormLayout layout, List<UnmappedContent> unmapped,
    List<ReadWarning> warnings) {
  /**
   * Creates a result.
   *
   * @param document not null
   * @param layout not null
   * @param unmapped not null, copied
   * @param warnings not null, copied
   */
  public ReadResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(layout, "layout");
    unmapped = List.copyOf(unmapped);
    warnings = List.copyOf(warnings);
  }

  /**
   * Returns the department-wide form, if that is what was read.
   *
   * @return the form, or empty for a project form
   */
  public Optional<DepartmentSelfEvaluation> department() {
    return Optional.ofNullable(document.department());
  }

  /**
   * Returns the project form, if that is what was read.
   *
   * @return the form, or empty for a department form
   */
  public Optional<ProjectSelfEvaluation> project() {
    return Optional.ofNullable(document.project());
  }

  /**
   * Returns the warnings with a given code.
   *
   * @param code the code, not null
   * @return the warnings, in order, never null
   */
  public List<ReadWarning> warnings(ReadWarning.Code code) {
    Objects.requireNonNull(code, "code");
    return warnings.stream().filter(w -> w.code() == code).toList();
  }
}

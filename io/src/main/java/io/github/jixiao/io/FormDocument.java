package io.github.jixiao.io;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A form of either family, as read from JSON or from a published form: exactly one of {@link #department()} and
 * {@link #project()} is present.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param department the department-wide form, or null when this is a project form
 * @param project the project form, or null when this is a department form
 * @param ignoredFields JSON Pointers of the unknown fields that were skipped because the reader was asked to allow
 *     them; empty otherwise, never null
 */
public record FormDocument(@Nullable DepartmentSelfEvaluation department, @Nullable ProjectSelfEvaluation project,
    List<String> ignoredFields) {

  /** The family of a form. */
  public enum Kind {
    /** 部门整体支出绩效自评表: {@link DepartmentSelfEvaluation}. */
    DEPARTMENT,
    /** 项目支出绩效自评表: {@link ProjectSelfEvaluation}. */
    PROJECT
  }

  /**
   * Creates a document.
   *
   * @param department may be null
   * @param project may be null
   * @param ignoredFields not null, copied
   * @throws IllegalArgumentException unless exactly one form is given
   */
  public FormDocument {
    if ((department == null) == (project == null)) {
      throw new IllegalArgumentException("exactly one of department and project must be given");
    }
    ignoredFields = List.copyOf(ignoredFields);
  }

  /**
   * Obtains a document holding a department-wide form.
   *
   * @param department the form, not null
   * @return the document, never null
   */
  public static FormDocument of(DepartmentSelfEvaluation department) {
    return new FormDocument(Objects.requireNonNull(department, "department"), null, List.of());
  }

  /**
   * Obtains a document holding a project form.
   *
   * @param project the form, not null
   * @return the document, never null
   */
  public static FormDocument of(ProjectSelfEvaluation project) {
    return new FormDocument(null, Objects.requireNonNull(project, "project"), List.of());
  }

  /**
   * Returns the family of the form held.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return department != null ? Kind.DEPARTMENT : Kind.PROJECT;
  }
}

package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.ProjectSelfEvaluation;

/**
 * A way of scoring a project self-evaluation form out of 100 (评分模型). Implementations are stateless and
 * thread-safe, and discovered by their {@link #id()} through {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.github.jixiao.rules.scoring.ScoringModel} (and {@code provides} it in a module
 * descriptor) to make it available from {@link ScoringModels#byId(String)}.
 *
 * <p>A model must be pure: the same form and profile give an equal {@link ScoreCard}, whatever the clock, the
 * default locale or the thread.
 */
public interface ScoringModel {
  /**
   * Returns the stable identifier of the model, such as {@code national-2020}.
   *
   * @return the identifier, never null
   */
  String id();

  /**
   * Returns a one-line description of the model and its source.
   *
   * @return the description, never null
   */
  String description();

  /**
   * Scores a project form.
   *
   * @param project the form, not null
   * @param profile the conventions to apply (weights, execution-rate basis, strategies, bands), not null
   * @return the score card, never null
   */
  ScoreCard score(ProjectSelfEvaluation project, ScoringProfile profile);
}

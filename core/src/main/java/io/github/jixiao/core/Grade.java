package io.github.jixiao.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation grade (评价等级) printed on a form or computed from its total score: 优, 良, 中, 差.
 *
 * <p>The score bands belong to the scoring profile (they are configurable), not to this enum.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Grade {
  /** 优: excellent (nationally 90 ≤ s ≤ 100). */
  EXCELLENT("优", "优秀"),
  /** 良: good (nationally 80 ≤ s &lt; 90). */
  GOOD("良", "良好"),
  /** 中: fair (nationally 60 ≤ s &lt; 80). */
  FAIR("中", "中等", "一般", "合格"),
  /** 差: poor (nationally s &lt; 60). */
  POOR("差", "较差", "不合格");

  private final String label;
  private final String[] aliases;

  Grade(String label, String... aliases) {
    this.label = label;
    this.aliases = aliases;
  }

  /**
   * Returns the one-character Chinese label, such as {@code 优}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Finds the grade printed as {@code text}: {@code 优}, {@code 优秀}, {@code 良好} … or a constant name.
   *
   * @param text the printed grade, not null
   * @return the grade, or empty if the text names none
   */
  public static Optional<Grade> fromLabel(String text) {
    Objects.requireNonNull(text, "text");
    String key = Labels.key(text);
    for (Grade grade : values()) {
      if (grade.name().equals(key) || Labels.matches(key, grade.label, grade.aliases)) {
        return Optional.of(grade);
      }
    }
    return Optional.empty();
  }
}

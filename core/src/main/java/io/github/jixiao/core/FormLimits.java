package io.github.jixiao.core;

/**
 * Size limits of the model (上限), enforced by the Bean Validation constraints on the records and by the readers, so
 * that a hostile input cannot make a form balloon memory or processing time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormLimits {
  /** The longest name or label: department, project, indicator names (500 characters). */
  public static final int MAX_NAME_LENGTH = 500;
  /** The longest free text: narratives, goals, deviation analyses, indicator values (20 000 characters). */
  public static final int MAX_TEXT_LENGTH = 20_000;
  /** The most items in any list of a form: goals, tasks, indicators, projects (1 000). */
  public static final int MAX_ITEMS = 1_000;
  /** The earliest evaluation year accepted (1990). */
  public static final int MIN_YEAR = 1990;
  /** The latest evaluation year accepted (2100). */
  public static final int MAX_YEAR = 2100;

  private FormLimits() {}
}

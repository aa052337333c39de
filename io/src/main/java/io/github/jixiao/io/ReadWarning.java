package io.github.jixiao.io;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Something a reader noticed while reading a published form that the caller should know (读取警告): a figure with an
 * unusual scale, a label seen twice with different values, a required block that is missing, a cell that could not
 * be read. Each warning says where: the 1-based line and column of the input.
 *
 * <p>The message is rendered late, from the {@link #code() code} and {@link #arguments() arguments}, in the locale the
 * caller asks for ({@link #message(Locale)}; English and Chinese are shipped).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code what was noticed, not null
 * @param arguments the message arguments (label, text, figure), not null
 * @param line the 1-based line, or 0 when the warning concerns the whole input
 * @param column the 1-based column, or 0 when the warning concerns the whole input
 */
public record ReadWarning(Code code, List<String> arguments, int line, int column) {

  /** What a warning is about. Codes are stable; new ones may be added. */
  public enum Code {
    /** An amount printed with other than two decimals (万元 amounts carry two), such as {@code 11.6}. */
    UNUSUAL_SCALE,
    /** A label printed twice with different values; the first value is kept, the second is unmapped content. */
    CONFLICTING_VALUES,
    /** A block the form should have was not found (department or project name, fund block, indicators). */
    MISSING_BLOCK,
    /** A cell under a label could not be read as the value the label announces; the cell is unmapped content. */
    UNREADABLE_VALUE,
    /** An indicator or fund row is incomplete, as when the published text is cut off inside it. */
    INCOMPLETE_ROW,
    /** Cells whose boundaries were lost (flattened text) were assigned by the layout's column order; check them. */
    AMBIGUOUS_CELLS,
    /** A text or list is longer than the model's limits ({@link io.github.jixiao.core.FormLimits}). */
    OVER_MODEL_LIMIT,
    /** More warnings were found than {@link ReaderLimits#maxWarnings()}; the argument is how many were dropped. */
    TOO_MANY_WARNINGS,
    /**
     * A table column whose heading the reader does not know: its cells are unmapped content, and the columns after it
     * keep their own headings (arguments: the table's label, the heading).
     */
    UNKNOWN_COLUMN,
    /**
     * An indicator-table heading the reader does not know, printed where the indicator name is (after the category
     * columns, no 三级指标 heading in the table): the column is read as the indicator names (arguments: the table's
     * label, the heading).
     */
    NAME_COLUMN_ASSUMED,
    /**
     * A fund-table row whose label the reader does not know, between rows it knows (such as 其中：上级补助): its label
     * and cells are unmapped content (arguments: the table's label, the row's label).
     */
    UNKNOWN_ROW
  }

  private static final String BUNDLE = "io.github.jixiao.io.ReaderMessages";

  /**
   * Creates a warning.
   *
   * @param code not null
   * @param arguments not null, copied
   * @param line 0 or more
   * @param column 0 or more
   */
  public ReadWarning {
    Objects.requireNonNull(code, "code");
    arguments = List.copyOf(arguments);
  }

  /**
   * Renders the message in a locale: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the locale, not null
   * @return the message, with the position, never null
   */
  public String message(Locale locale) {
    return render(locale, code.name(), arguments.toArray(), line, column);
  }

  /** Renders the reader's message {@code key} with its arguments and, for a line above 0, the position. */
  static String render(Locale locale, String key, Object[] arguments, int line, int column) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Objects.requireNonNull(locale, "locale"),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    MessageFormat format = new MessageFormat(bundle.getString(key), locale);
    String text = format.format(arguments);
    if (line > 0) {
      text = MessageFormat.format(bundle.getString("position"), text, String.valueOf(line), String.valueOf(column));
    }
    return text;
  }

  /**
   * Returns the message in English.
   *
   * @return the message, never null
   */
  @Override
  public String toString() {
    return code + ": " + message(Locale.ROOT);
  }
}

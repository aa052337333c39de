package io.github.jixiao.io;

import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when input yields nothing usable as a form (无法读取): it is empty, binary, not a form at all, over a
 * {@link ReaderLimits limit}, or (for JSON) not a valid form document.
 *
 * <p>The exception is checked, and extends {@link IOException} as Jackson's and the JDK's parse errors do: refusing
 * an input is an expected outcome when an auditor reads hundreds of files gathered from the web, and the compiler
 * should make every caller decide what to do with it; one {@code catch (IOException e)} covers it together with the
 * failures of reading a file. Published text that is malformed but still holds part of a form is never refused: it
 * gives a {@link ReadResult} with warnings. No unchecked exception escapes the readers for any input.
 *
 * <p>The exception says why ({@link #reason()}) and where: a 1-based {@link #line()} and {@link #column()} of the
 * input when known (0 otherwise) and, for JSON, the {@link #path() JSON Pointer} of the offending value and the
 * offending {@link #field() field}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why an input was refused. */
  public enum Reason {
    /** The input is empty or holds only white space and markup. */
    EMPTY,
    /** The input is binary (NUL bytes, control characters, undecodable bytes), not text. */
    BINARY,
    /** The input is text, but no label of a self-evaluation form was found in it. */
    NOT_A_FORM,
    /** The input exceeds a {@link ReaderLimits limit}. */
    LIMIT_EXCEEDED,
    /** JSON: the text is not well-formed JSON. */
    MALFORMED_JSON,
    /** JSON: the document's {@code formatVersion} is missing or not one this library reads. */
    UNSUPPORTED_VERSION,
    /** JSON: a field the format does not define (rejected unless unknown fields are allowed). */
    UNKNOWN_FIELD,
    /** JSON: a required field is missing. */
    MISSING_FIELD,
    /** JSON: a value has the wrong type, is out of range or cannot be read (such as a decimal with an exponent). */
    INVALID_VALUE,
    /**
     * The reader itself failed on this input: a defect of the library, never a property of the input. The cause is
     * attached; please report it with the input. The fuzz tests assert that no input leads here.
     */
    READER_FAILURE
  }

  private final Reason reason;
  private final int line;
  private final int column;
  private final @Nullable String path;
  private final @Nullable String field;

  /**
   * Creates an exception.
   *
   * @param reason why the input was refused, not null
   * @param message what was found, not null; the position is appended
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the JSON Pointer of the offending value, or null
   * @param field the offending field name, or null
   */
  public FormReadException(Reason reason, String message, int line, int column, @Nullable String path,
      @Nullable String field) {
    super(render(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(message, "message"), line, column,
        path));
    this.reason = reason;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.path = path;
    this.field = field;
  }

  /**
   * Creates an exception for published text.
   *
   * @param reason why the input was refused, not null
   * @param message what was found, not null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   */
  public FormReadException(Reason reason, String message, int line, int column) {
    this(reason, message, line, column, null, null);
  }

  private static String render(Reason reason, String message, int line, int column, @Nullable String path) {
    StringBuilder sb = new StringBuilder(reason.name()).append(": ").append(message);
    if (path != null) {
      sb.append(" (at ").append(path.isEmpty() ? "/" : path).append(')');
    }
    if (line > 0) {
      sb.append(" [line ").append(line).append(", column ").append(column).append(']');
    }
    return sb.toString();
  }

  /**
   * Returns why the input was refused.
   *
   * @return the reason, never null
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the 1-based line where the problem was found.
   *
   * @return the line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column where the problem was found.
   *
   * @return the column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON Pointer of the offending value, such as {@code /department/funds}.
   *
   * @return the path, or null for published text
   */
  public @Nullable String path() {
    return path;
  }

  /**
   * Returns the offending field, such as the unknown field's name.
   *
   * @return the field, or null when the problem is not about one field
   */
  public @Nullable String field() {
    return field;
  }
}

package io.github.jixiao.core;

/**
 * Thrown when printed text cannot be read as the value asked for (格式错误), such as {@code Amount.parse("abc")}.
 *
 * <p>The exception carries the offending text and the index of the first character that could not be read, so a
 * caller can point a user at the exact place. Parsers that must never fail, such as
 * {@link IndicatorValue#parse(CharSequence)}, do not throw it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValueFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that was read, shortened to {@value #MAX_TEXT} characters. */
  private final String text;
  /** The index into the text of the first character that could not be read. */
  private final int errorIndex;

  /** The longest text kept in the exception; longer input is cut so that a hostile input cannot balloon logs. */
  public static final int MAX_TEXT = 200;

  /**
   * Creates an exception.
   *
   * @param message what was expected, not null
   * @param text the text that was read, not null
   * @param errorIndex the index of the first character that could not be read, 0 or more
   */
  public ValueFormatException(String message, CharSequence text, int errorIndex) {
    super(message + ": \"" + shorten(text) + "\" (at index " + errorIndex + ")");
    this.text = shorten(text);
    this.errorIndex = errorIndex;
  }

  private static String shorten(CharSequence text) {
    return text.length() <= MAX_TEXT ? text.toString() : text.subSequence(0, MAX_TEXT) + "…";
  }

  /**
   * Returns the text that could not be read, cut to {@value #MAX_TEXT} characters.
   *
   * @return the text, never null
   */
  public String getText() {
    return text;
  }

  /**
   * Returns the index of the first character that could not be read.
   *
   * @return the index, 0 or more
   */
  public int getErrorIndex() {
    return errorIndex;
  }
}

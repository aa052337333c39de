package io.github.jixiao.io;

/** Small text helpers of this package. */
final class Texts {
  /** The longest text quoted in a message. */
  static final int MAX_QUOTE = 60;

  private Texts() {}

  /** Returns the text cut to {@link #MAX_QUOTE} characters for quoting in a message. */
  static String shorten(CharSequence text) {
    return text.length() <= MAX_QUOTE ? text.toString() : text.subSequence(0, MAX_QUOTE) + "…";
  }
}

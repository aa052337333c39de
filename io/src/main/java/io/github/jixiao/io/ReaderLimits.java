package io.github.jixiao.io;

/**
 * Limits on the input a reader accepts (输入上限), so that hostile or broken input cannot exhaust memory or time.
 * Both {@link FormReader} and {@link FormJson} honour them.
 *
 * <p>The defaults ({@link #defaults()}) accept every published form seen so far with a wide margin: 16 Mi characters
 * of input, a million cells, 64 levels of nesting. Input over a limit is refused with a {@link FormReadException}
 * whose reason is {@link FormReadException.Reason#LIMIT_EXCEEDED}; nothing is silently cut.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param maxInputChars the longest input, in characters (HTML and JSON: of the whole document); at least 1
 * @param maxCells the most cells (text) or JSON values a document may hold; at least 1
 * @param maxNestingDepth the deepest nesting of HTML elements or JSON arrays and objects; at least 1
 * @param maxNumberLength the longest number, in characters, read as a number (longer digit runs stay text in published
 *     forms and are refused in JSON); at least 1
 * @param maxWarnings the most warnings a read result carries; further warnings are counted in one final warning;
 *     at least 1
 */
public record ReaderLimits(int maxInputChars, int maxCells, int maxNestingDepth, int maxNumberLength,
    int maxWarnings) {

  /** The default longest input: 16 Mi characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 16 * 1024 * 1024;
  /** The default most cells or JSON values: one million. */
  public static final int DEFAULT_MAX_CELLS = 1_000_000;
  /** The default deepest nesting: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default longest number: 40 characters (an amount has at most 18 integer and 12 decimal digits). */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 40;
  /** The default most warnings: 1 000. */
  public static final int DEFAULT_MAX_WARNINGS = 1_000;

  private static final ReaderLimits DEFAULTS = new ReaderLimits(DEFAULT_MAX_INPUT_CHARS, DEFAULT_MAX_CELLS,
      DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_WARNINGS);

  /**
   * Creates limits.
   *
   * @param maxInputChars at least 1
   * @param maxCells at least 1
   * @param maxNestingDepth at least 1
   * @param maxNumberLength at least 1
   * @param maxWarnings at least 1
   * @throws IllegalArgumentException if a limit is below 1
   */
  public ReaderLimits {
    requirePositive(maxInputChars, "maxInputChars");
    requirePositive(maxCells, "maxCells");
    requirePositive(maxNestingDepth, "maxNestingDepth");
    requirePositive(maxNumberLength, "maxNumberLength");
    requirePositive(maxWarnings, "maxWarnings");
  }

  private static void requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " (" + value + ") must be at least 1");
    }
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults, never null
   */
  public static ReaderLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these limits with another longest input.
   *
   * @param chars the longest input in characters, at least 1
   * @return the new limits, never null
   */
  public ReaderLimits withMaxInputChars(int chars) {
    return new ReaderLimits(chars, maxCells, maxNestingDepth, maxNumberLength, maxWarnings);
  }

  /**
   * Returns these limits with another most cells.
   *
   * @param cells the most cells or JSON values, at least 1
   * @return the new limits, never null
   */
  public ReaderLimits withMaxCells(int cells) {
    return new ReaderLimits(maxInputChars, cells, maxNestingDepth, maxNumberLength, maxWarnings);
  }

  /**
   * Returns these limits with another deepest nesting.
   *
   * @param depth the deepest nesting, at least 1
   * @return the new limits, never null
   */
  public ReaderLimits withMaxNestingDepth(int depth) {
    return new ReaderLimits(maxInputChars, maxCells, depth, maxNumberLength, maxWarnings);
  }

  /**
   * Returns these limits with another longest number.
   *
   * @param length the longest number in characters, at least 1
   * @return the new limits, never null
   */
  public ReaderLimits withMaxNumberLength(int length) {
    return new ReaderLimits(maxInputChars, maxCells, maxNestingDepth, length, maxWarnings);
  }

  /**
   * Returns these limits with another most warnings.
   *
   * @param warnings the most warnings, at least 1
   * @return the new limits, never null
   */
  public ReaderLimits withMaxWarnings(int warnings) {
    return new ReaderLimits(maxInputChars, maxCells, maxNestingDepth, maxNumberLength, warnings);
  }
}

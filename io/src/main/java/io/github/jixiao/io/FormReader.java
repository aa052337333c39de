package io.github.jixiao.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads self-evaluation forms as governments publish them (发布表读取) into the jixiao model.
 *
 * <pre>{@code
 * ReadResult result = FormReader.standard().read(Path.of("tianhe-2021.txt"));
 * DepartmentSelfEvaluation form = result.department().orElseThrow();
 * result.warnings().forEach(w -> System.out.println(w.message(Locale.CHINESE)));
 * result.unmapped().forEach(u -> System.out.println(u.line() + ":" + u.column() + " " + u.text()));
 * }</pre>
 *
 * <p>Accepted input:
 * <ul>
 *   <li>text copied or extracted from published pages and documents: cells tab-separated, {@code |}-separated, one
 *       per line or per paragraph, whitespace-flattened into long lines with no separators (the column order of the
 *       national project table then tells which cell is which), or run-on OCR text with not even spaces; office
 *       metadata, OCR noise and page markers in front or between are kept as unmapped content;</li>
 *   <li>HTML, a whole page or a fragment holding the form's table ({@link #readHtml(String)});</li>
 *   <li>both form families (部门整体支出绩效自评表 and 项目支出绩效自评表) in the national 2020 layout and the regional
 *       variants of Sichuan 2023, Beijing Haidian 2016, the Guizhou department fund table, the Hunan department
 *       indicator table and the Guangzhou department form with its prose key project.</li>
 * </ul>
 *
 * <p>Reading is driven by labels, through a {@link LabelTable} of synonyms, not by positions. What was printed is
 * kept as printed ({@code 11.6} stays 11.6). Nothing is dropped: every cell or sentence not mapped to the model is in
 * {@link ReadResult#unmapped()} with its line and column, and {@link ReadResult#warnings()} lists what to check
 * (unusual scales, conflicting duplicates, missing blocks, unreadable cells), each with line and column.
 *
 * <p>Only input that holds nothing usable is refused, with a {@link FormReadException} that says why and where:
 * empty, binary, no form labels, or over the {@link ReaderLimits}. The time taken grows linearly with the input.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormReader {
  private static final FormReader STANDARD = new FormReader(ReaderLimits.defaults(), LabelTable.standard());

  private final ReaderLimits limits;
  private final LabelTable labels;

  private FormReader(ReaderLimits limits, LabelTable labels) {
    this.limits = limits;
    this.labels = labels;
  }

  /**
   * Returns the reader with the default limits and the built-in label table.
   *
   * @return the reader, never null
   */
  public static FormReader standard() {
    return STANDARD;
  }

  /**
   * Returns a reader like this one with other limits.
   *
   * @param limits the limits, not null
   * @return the reader, never null
   */
  public FormReader withLimits(ReaderLimits limits) {
    return new FormReader(Objects.requireNonNull(limits, "limits"), labels);
  }

  /**
   * Returns a reader like this one with another label table.
   *
   * @param labels the table, not null
   * @return the reader, never null
   */
  public FormReader withLabels(LabelTable labels) {
    return new FormReader(limits, Objects.requireNonNull(labels, "labels"));
  }

  /**
   * Returns the limits in force.
   *
   * @return the limits, never null
   */
  public ReaderLimits limits() {
    return limits;
  }

  /**
   * Returns the label table in use.
   *
   * @return the table, never null
   */
  public LabelTable labels() {
    return labels;
  }

  //-----------------------------------------------------------------------
  /**
   * Reads a published form, as HTML if it looks like HTML (a doctype, an {@code <html>} element or a
   * {@code <table>}), as text otherwise.
   *
   * @param input the text or HTML, not null
   * @return what was read, never null
   * @throws FormReadException if nothing usable is found: empty, binary, not a form, or over a limit
   */
  public ReadResult read(String input) throws FormReadException {
    Objects.requireNonNull(input, "input");
    return looksLikeHtml(input) ? readHtml(input) : readText(input);
  }

  /**
   * Reads a published form from text.
   *
   * @param text the text, not null
   * @return what was read, never null
   * @throws FormReadException if nothing usable is found: empty, binary, not a form, or over a limit
   */
  public ReadResult readText(String text) throws FormReadException {
    Objects.requireNonNull(text, "text");
    check(text);
    ReadContext ctx = new ReadContext(limits, labels);
    try {
      TextSource.Cells cells = TextSource.split(text, ctx);
      return assemble(cells, ctx);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(e);
    }
  }

  /**
   * Reads a published form from an HTML page or fragment holding its table.
   *
   * @param html the HTML, not null
   * @return what was read, never null
   * @throws FormReadException if nothing usable is found: empty, binary, not a form, or over a limit
   */
  public ReadResult readHtml(String html) throws FormReadException {
    Objects.requireNonNull(html, "html");
    check(html);
    ReadContext ctx = new ReadContext(limits, labels);
    try {
      TextSource.Cells cells = HtmlSource.split(html, ctx);
      if (cells.cells().isEmpty()) {
        throw new FormReadException(FormReadException.Reason.EMPTY, "the HTML holds no text", 1, 1);
      }
      return assemble(cells, ctx);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(e);
    }
  }

  /**
   * Reads a published form from bytes: UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, or
   * GB18030 (which includes GBK and GB2312) when the bytes are not UTF-8.
   *
   * @param bytes the bytes, not null
   * @return what was read, never null
   * @throws FormReadException if the bytes are binary or hold nothing usable
   */
  public ReadResult read(byte[] bytes) throws FormReadException {
    Objects.requireNonNull(bytes, "bytes");
    return read(decode(bytes));
  }

  /**
   * Reads a published form from a stream, which is read to its end (at most four bytes per allowed character) but
   * not closed.
   *
   * @param in the stream, not null
   * @return what was read, never null
   * @throws FormReadException if the input holds nothing usable or is over a limit
   * @throws IOException if the stream fails
   */
  public ReadResult read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    long max = (long) limits.maxInputChars() * 4;
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
          "the input is longer than " + max + " bytes", 0, 0);
    }
    return read(bytes);
  }

  /**
   * Reads a published form from a file.
   *
   * @param file the file, not null
   * @return what was read, never null
   * @throws FormReadException if the file holds nothing usable or is over a limit
   * @throws IOException if the file cannot be read
   */
  public ReadResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long max = (long) limits.maxInputChars() * 4;
    if (Files.size(file) > max) {
      throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
          "the file " + file + " is longer than " + max + " bytes", 0, 0);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  //-----------------------------------------------------------------------
  private ReadResult assemble(TextSource.Cells cells, ReadContext ctx) throws FormReadException {
    FormAssembler assembler = new FormAssembler(new java.util.ArrayList<>(cells.cells()), cells.mode(),
        cells.rowsMeaningful(), ctx);
    FormDocument doc = assembler.assemble();
    return new ReadResult(doc, assembler.layout(), ctx.finishUnmapped(), ctx.finishWarnings());
  }

  private static FormReadException failure(Throwable e) {
    FormReadException f = new FormReadException(FormReadException.Reason.READER_FAILURE,
        "the reader failed on this input (" + e + "); please report it with the input", 0, 0);
    f.initCause(e);
    return f;
  }

  static boolean looksLikeHtml(String s) {
    int limit = Math.min(s.length(), 4096);
    String head = s.substring(0, limit).toLowerCase(Locale.ROOT);
    return head.contains("<!doctype html") || head.contains("<html") || s.toLowerCase(Locale.ROOT).contains("<table");
  }

  /** Refuses input over the size limit, binary input and empty input, saying where. */
  private void check(String text) throws FormReadException {
    if (text.length() > limits.maxInputChars()) {
      int[] at = LineIndex.of(text).lineColumn(limits.maxInputChars());
      throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED, "the input has " + text.length()
          + " characters, more than the limit of " + limits.maxInputChars(), at[0], at[1]);
    }
    int controls = 0;
    int replacements = 0;
    int firstControl = -1;
    boolean content = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (content && c >= 0x20 && c != 0x7f && c != '\ufffd') {
        continue;
      }
      if (c == 0) {
        int[] at = LineIndex.of(text).lineColumn(i);
        throw new FormReadException(FormReadException.Reason.BINARY, "the input holds a NUL character", at[0], at[1]);
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
        controls++;
        if (firstControl < 0) {
          firstControl = i;
        }
      } else if (c == '\ufffd') {
        replacements++;
        if (firstControl < 0) {
          firstControl = i;
        }
      } else if (!content && c == '<' && i + 1 < text.length()
          && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/' || text.charAt(i + 1) == '!')) {
        int close = text.indexOf('>', i);
        if (close < 0) {
          content = true;
        } else {
          i = close;
        }
      } else if (!content && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        content = true;
      }
    }
    if (controls > Math.max(8, text.length() / 100) || replacements > Math.max(8, text.length() / 20)) {
      int[] at = LineIndex.of(text).lineColumn(firstControl);
      throw new FormReadException(FormReadException.Reason.BINARY, "the input holds " + controls
          + " control characters and " + replacements + " undecodable characters; it is not text", at[0], at[1]);
    }
    if (!content) {
      throw new FormReadException(FormReadException.Reason.EMPTY, "the input holds no text", 1, 1);
    }
  }

  private String decode(byte[] bytes) throws FormReadException {
    long max = (long) limits.maxInputChars() * 4;
    if (bytes.length > max) {
      throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
          "the input is longer than " + max + " bytes", 0, 0);
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        int[] at = byteLineColumn(bytes, i);
        throw new FormReadException(FormReadException.Reason.BINARY, "the input holds a NUL byte at offset " + i,
            at[0], at[1]);
      }
    }
    try {
      return decodeStrict(bytes, 0, StandardCharsets.UTF_8);
    } catch (CharacterCodingException utf8) {
      try {
        return decodeStrict(bytes, 0, Charset.forName("GB18030"));
      } catch (CharacterCodingException gb) {
        int offset = utf8 instanceof MalformedInputException ? firstBadUtf8(bytes) : 0;
        int[] at = byteLineColumn(bytes, offset);
        throw new FormReadException(FormReadException.Reason.BINARY,
            "the bytes are neither UTF-8 nor GB18030 text (first bad byte at offset " + offset + ")", at[0], at[1]);
      }
    }
  }

  private static String strict(byte[] bytes, int offset, Charset charset) throws FormReadException {
    try {
      return decodeStrict(bytes, offset, charset);
    } catch (CharacterCodingException e) {
      throw new FormReadException(FormReadException.Reason.BINARY,
          "the bytes after the " + charset + " byte order mark are not " + charset, 1, 1);
    }
  }

  private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
  }

  private static int firstBadUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
      if (n < 0 || i + n >= bytes.length + (n == 0 ? 1 : 0)) {
        return i;
      }
      for (int k = 1; k <= n; k++) {
        if (i + k >= bytes.length || (bytes[i + k] & 0xc0) != 0x80) {
          return i;
        }
      }
      i += n + 1;
    }
    return 0;
  }

  private static int[] byteLineColumn(byte[] bytes, int index) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < index && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        col = 1;
      } else if ((bytes[i] & 0xc0) != 0x80) {
        col++;
      }
    }
    return new int[] {line, col};
  }
}

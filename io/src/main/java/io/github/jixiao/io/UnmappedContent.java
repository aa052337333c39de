package io.github.jixiao.io;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cell or sentence of a published form that the reader did not map to the model (未映射内容), kept so that nothing
 * given is silently dropped: office metadata in front of a form, a label the model has no field for (报表编号), a
 * template placeholder row (指标2), text after a value that was read, a page marker of an OCR extraction.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param text the text exactly as printed, not null
 * @param line the 1-based line where it starts
 * @param column the 1-based column where it starts
 * @param context the label or block it was found under (such as {@code 报表编号} or {@code 绩效指标}), or null at the
 *     top of the form
 */
public record UnmappedContent(String text, int line, int column, @Nullable String context) {
  /**
   * Creates an unmapped content entry.
   *
   * @param text not null
   * @param line 1 or more
   * @param column 1 or more
   * @param context may be null
   */
  public UnmappedContent {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Renders a one-line note saying what was not read, where, and its context, in a locale: Chinese for {@code zh},
   * English otherwise. A long text is cut after its first 60 characters, and each run of white space (line breaks
   * too) is shown as one space.
   *
   * @param locale the locale, not null
   * @return the note, with the position, never null
   */
  public String message(Locale locale) {
    String quoted = Texts.shorten(HtmlSource.collapseSpaces(text));
    return context == null
        ? ReadWarning.render(locale, "unmapped", new Object[] {quoted}, line, column)
        : ReadWarning.render(locale, "unmappedUnder", new Object[] {quoted, Texts.shorten(context)}, line, column);
  }
}

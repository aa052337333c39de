package io.github.jixiao.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Something in the published text that is not a value of the form but says how carelessly it was produced (格式问题):
 * HTML residue, a stray separator line, a label broken by a space. Readers record these; the format rules report
 * them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what kind of irregularity, not null
 * @param location where it was seen: a model path such as {@code keyProjects[0]} or a position such as
 *     {@code line 42}, not blank
 * @param text the offending text exactly as printed, such as {@code <p>} or {@code 任务涉 及}, not blank
 */
@Value.Builder
public record SourceIrregularity(
    Kind kind,
    @NotBlank @Size(max = FormLimits.MAX_NAME_LENGTH) String location,
    @NotBlank @Size(max = FormLimits.MAX_TEXT_LENGTH) String text) implements WithSourceIrregularity {

  /** The kinds of irregularity. */
  public enum Kind {
    /** HTML markup left in the text, such as {@code <p>}. */
    MARKUP_RESIDUE,
    /** A line of dashes or separators that belongs to no cell, such as a trailing {@code ------------}. */
    STRAY_SEPARATOR_LINE,
    /** A label broken by stray white space, such as {@code 任务涉 及}. */
    BROKEN_LABEL,
    /** Characters that are evidently scanning or encoding noise. */
    GARBLED_TEXT
  }

  /**
   * Creates an irregularity.
   *
   * @param kind not null
   * @param location not null
   * @param text not null
   */
  public SourceIrregularity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Obtains an irregularity.
   *
   * @param kind not null
   * @param location not null
   * @param text not null
   * @return the irregularity, never null
   */
  public static SourceIrregularity of(Kind kind, String location, String text) {
    return new SourceIrregularity(kind, location, text);
  }
}

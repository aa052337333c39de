package io.github.jixiao.cli;

import io.github.jixiao.io.ReadWarning;
import io.github.jixiao.io.UnmappedContent;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --no-reader-notes} option of the commands that read forms, and the printing it governs (a mixin). */
final class ReaderNotes {
  @Option(names = "--no-reader-notes",
      description = "Do not print on standard error what the reader noted on a published form: its warnings and "
          + "the content it could not read into the form.")
  boolean off;

  /**
   * Prints the reader's notes on one input to {@code err}, unless the option turned them off: one line each,
   * {@code jixiao: FILE: message}, its warnings, then what it did not read into the form, in the order of the text.
   */
  void print(PrintWriter err, Inputs.Loaded input, Locale locale) {
    if (off) {
      return;
    }
    for (ReadWarning w : input.warnings()) {
      err.println("jixiao: " + input.file() + ": " + w.message(locale));
    }
    for (UnmappedContent u : input.unmapped()) {
      err.println("jixiao: " + input.file() + ": " + u.message(locale));
    }
  }
}

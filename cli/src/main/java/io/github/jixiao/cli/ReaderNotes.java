package io.github.jixiao.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --no-reader-notes} option of the commands that read forms, and the printing it governs (a mixin). */
final class ReaderNotes {
  @Option(names = "--no-reader-notes",
      description = "Do not print on standard error what the reader noted on a published form: its warnings and "
          + "the content it could not read into the form.")
  boolean off;

  /** Prints the reader's notes on one input to {@code err}, unless the option turned them off. */
  void print(PrintWriter err, Inputs.Loaded input, Locale locale) {
    if (!off) {
      input.printNotes(err, locale);
    }
  }
}

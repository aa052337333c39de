package io.github.jixiao.cli;

import java.util.Locale;

/** Option values shared by the commands. */
final class Options {
  private Options() {}

  /** {@code --locale zh|en}. */
  enum Lang {
    zh(Locale.SIMPLIFIED_CHINESE), en(Locale.ENGLISH);

    final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }
  }

  /** {@code --format}. */
  enum Format { text, json, csv, markdown }

  /** {@code --qualitative}. */
  enum Qualitative { AS_PRINTED, FULL, FLOOR }

  /** {@code --fail-on}: a severity, or NONE to never fail on findings. */
  enum FailOn { ERROR, WARNING, INFO, NONE }
}

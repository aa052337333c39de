package io.github.jixiao.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Percentage;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Late rendering of messages from keys and arguments; never consults the default locale. */
final class Messages {
  static final String BUNDLE = "io.github.jixiao.rules.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  static String render(@Nullable String bundle, String key, Object[] args, Locale locale) {
    String pattern = lookup(bundle, key, locale);
    if (pattern == null && bundle != null) {
      pattern = lookup(null, key, locale);
    }
    if (pattern == null) {
      return args.length == 0 ? key : key + " " + List.of(texts(args));
    }
    if (args.length == 0) {
      return pattern.replace("''", "'");
    }
    return new MessageFormat(pattern, locale).format(texts(args));
  }

  private static @Nullable String lookup(@Nullable String bundle, String key, Locale locale) {
    String base = bundle == null ? BUNDLE : bundle;
    ClassLoader loader = bundle == null ? Messages.class.getClassLoader() : contextOrOwn();
    try {
      ResourceBundle rb = ResourceBundle.getBundle(base, locale, loader, NO_FALLBACK);
      return rb.containsKey(key) ? rb.getString(key) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static ClassLoader contextOrOwn() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return cl != null ? cl : Messages.class.getClassLoader();
  }

  /** Turns arguments into text: numbers as printed, never through the locale's number format. */
  static Object[] texts(Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] = text(args[i]);
    }
    return out;
  }

  static String text(@Nullable Object o) {
    if (o == null) {
      return "—";
    }
    if (o instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (o instanceof Amount || o instanceof Percentage || o instanceof Interval) {
      return o.toString();
    }
    if (o instanceof FindingPath p) {
      return p.isRoot() ? "(form)" : p.toString();
    }
    if (o instanceof Collection<?> c) {
      StringJoiner j = new StringJoiner(", ");
      for (Object e : c) {
        j.add(text(e));
      }
      return j.toString();
    }
    return String.valueOf(o);
  }
}

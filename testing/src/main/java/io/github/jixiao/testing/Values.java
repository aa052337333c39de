package io.github.jixiao.testing;

import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.PerformanceIndicator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads indicator values for the generators of department forms, remembering the texts already read: those forms
 * repeat the same few thousand texts ({@code ≥12次}, {@code 95%}), and reading one was most of the cost of generating
 * a form. (The decimal targets of project rows rarely repeat and are read each time.)
 * {@link IndicatorValue} is immutable and equal for equal texts, so a remembered value is the value parsing would
 * give. At most {@value #CAPACITY} texts are remembered; the rest are read each time.
 *
 * <p>This class is thread-safe.
 */
final class Values {
  static final int CAPACITY = 50_000;
  private static final Map<String, IndicatorValue> READ = new ConcurrentHashMap<>();
  private static final Map<String, Optional<String>> UNITS = new ConcurrentHashMap<>();

  private Values() {}

  /** The number of texts remembered. */
  static int size() {
    return READ.size();
  }

  /** {@link IndicatorValue#parse(CharSequence)}, remembered. */
  static IndicatorValue parse(String text) {
    IndicatorValue v = READ.get(text);
    if (v == null) {
      v = IndicatorValue.parse(text);
      if (READ.size() < CAPACITY) {
        READ.putIfAbsent(text, v);
      }
    }
    return v;
  }

  /** {@link PerformanceIndicator#unitInName(String)}, remembered (names come from small pools). */
  static @Nullable String unitInName(String name) {
    Optional<String> unit = UNITS.get(name);
    if (unit == null) {
      unit = Optional.ofNullable(PerformanceIndicator.unitInName(name));
      if (UNITS.size() < CAPACITY) {
        UNITS.putIfAbsent(name, unit);
      }
    }
    return unit.orElse(null);
  }
}

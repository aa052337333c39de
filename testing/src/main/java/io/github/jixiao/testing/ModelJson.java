package io.github.jixiao.testing;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A small, self-contained JSON rendering of model values, for failure reports of property tests: the failing form as
 * readable JSON without a JSON library on the test class path.
 *
 * <p>It mirrors, but is not, the JSON form of {@code jixiao-io} ({@code io.github.jixiao.io.FormJson}): the same
 * field names (record components, in declaration order), nulls left out, lists always written, decimals as strings
 * with their printed digits ({@code "11.6"}, {@code "100.00"}), an {@link Amount} as
 * {@code {"value": "422.69", "unit": "TEN_THOUSAND_YUAN"}}, a {@link Percentage} as the string of its percent points
 * ({@code "99.68"}), an {@link IndicatorValue} as its raw text ({@code "≥50个"}), years as numbers, dates as ISO
 * strings and enums by name; {@link #document(DepartmentSelfEvaluation)} wraps a form as a form document
 * ({@code {"formatVersion": 1, "department": {…}}}). {@code jixiao-testing} cannot use {@code FormJson} itself,
 * because the tests of {@code jixiao-io} use {@code jixiao-testing}. The output is meant for people; to exchange
 * forms between systems use {@code FormJson}, which also reads them back and checks the format.
 *
 * <p>Values other than model types are rendered too, so that any case of a property can be reported: records of any
 * package (their components, reflectively), collections and arrays as JSON arrays, maps as objects (keys as strings),
 * {@link Optional} as its value or null, numbers as numbers (non-finite doubles as strings), and anything else as the
 * string of its {@code toString()}. Nesting deeper than {@value #MAX_DEPTH} levels is cut off with {@code "…"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelJson {
  /** The deepest nesting rendered; deeper values are written as {@code "…"}. */
  public static final int MAX_DEPTH = 32;
  /** The format version written by {@link #document(DepartmentSelfEvaluation)}, as in {@code FormJson}. */
  static final int FORMAT_VERSION = 1;

  private ModelJson() {}

  /**
   * Renders a department form as a form document, {@code {"formatVersion": 1, "department": {…}}}, indented by two
   * spaces.
   *
   * @param form the form, not null
   * @return the JSON text, never null
   */
  public static String document(DepartmentSelfEvaluation form) {
    return document("department", Objects.requireNonNull(form, "form"));
  }

  /**
   * Renders a project form as a form document, {@code {"formatVersion": 1, "project": {…}}}, indented by two spaces.
   *
   * @param form the form, not null
   * @return the JSON text, never null
   */
  public static String document(ProjectSelfEvaluation form) {
    return document("project", Objects.requireNonNull(form, "form"));
  }

  private static String document(String field, Record form) {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"formatVersion\": ").append(FORMAT_VERSION).append(",\n  ");
    string(out, field);
    out.append(": ");
    write(out, form, 1);
    return out.append("\n}").toString();
  }

  /**
   * Renders any value as JSON, indented by two spaces: a form as its form document, any other value as described in
   * the class documentation.
   *
   * @param value the value, may be null (rendered {@code null})
   * @return the JSON text, never null
   */
  public static String toJson(@Nullable Object value) {
    if (value instanceof DepartmentSelfEvaluation d) {
      return document(d);
    }
    if (value instanceof ProjectSelfEvaluation p) {
      return document(p);
    }
    StringBuilder out = new StringBuilder();
    write(out, value, 0);
    return out.toString();
  }

  //-----------------------------------------------------------------------
  private static void write(StringBuilder out, @Nullable Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (depth > MAX_DEPTH) {
      string(out, "…");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (value instanceof BigDecimal d) {
      string(out, d.toPlainString());
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d)) {
        out.append(value);
      } else {
        string(out, value.toString());
      }
    } else if (value instanceof Amount a) {
      out.append("{\"value\": ");
      string(out, a.value().toPlainString());
      out.append(", \"unit\": ");
      string(out, a.unit().name());
      out.append('}');
    } else if (value instanceof Percentage p) {
      string(out, p.percent().toPlainString());
    } else if (value instanceof IndicatorValue v) {
      string(out, v.raw());
    } else if (value instanceof Year y) {
      out.append(y.getValue());
    } else if (value instanceof LocalDate d) {
      string(out, d.toString());
    } else if (value instanceof Enum<?> e) {
      string(out, e.name());
    } else if (value instanceof Optional<?> o) {
      write(out, o.orElse(null), depth);
    } else if (value instanceof Collection<?> c) {
      array(out, c.toArray(), depth);
    } else if (value.getClass().isArray()) {
      Object[] items = new Object[Array.getLength(value)];
      for (int i = 0; i < items.length; i++) {
        items[i] = Array.get(value, i);
      }
      array(out, items, depth);
    } else if (value instanceof Map<?, ?> m) {
      map(out, m, depth);
    } else if (value instanceof Record r) {
      record(out, r, depth);
    } else {
      string(out, value.toString());
    }
  }

  private static void array(StringBuilder out, Object[] items, int depth) {
    if (items.length == 0) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < items.length; i++) {
      out.append(i == 0 ? "\n" : ",\n");
      indent(out, depth + 1);
      write(out, items[i], depth + 1);
    }
    out.append('\n');
    indent(out, depth);
    out.append(']');
  }

  private static void map(StringBuilder out, Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(out, depth + 1);
      string(out, String.valueOf(e.getKey()));
      out.append(": ");
      write(out, e.getValue(), depth + 1);
    }
    out.append('\n');
    indent(out, depth);
    out.append('}');
  }

  private static void record(StringBuilder out, Record value, int depth) {
    RecordComponent[] components = value.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      try {
        values[i] = read(components[i], value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        string(out, value.toString());
        return;
      }
    }
    out.append('{');
    boolean first = true;
    for (int i = 0; i < components.length; i++) {
      if (values[i] == null) {
        continue;
      }
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(out, depth + 1);
      string(out, components[i].getName());
      out.append(": ");
      write(out, values[i], depth + 1);
    }
    if (first) {
      out.append('}');
      return;
    }
    out.append('\n');
    indent(out, depth);
    out.append('}');
  }

  private static @Nullable Object read(RecordComponent component, Record value)
      throws ReflectiveOperationException {
    Method accessor = component.getAccessor();
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException e) {
      // a record that is not public, such as one nested privately in a test class
      accessor.setAccessible(true);
      return accessor.invoke(value);
    }
  }

  private static void indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /** Writes a JSON string: quotes, backslashes, control characters and the line separators escaped. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '\u007F') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

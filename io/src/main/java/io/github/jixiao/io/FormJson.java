package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of the model (JSON 格式): writes every model type and reads it back exactly.
 *
 * <p>A form document looks like this (fields in model order; a field that is null, meaning "not printed", is left
 * out; lists are always written):
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "department": {
 *     "title": "部门整体支出绩效自评表",
 *     "departmentName": "广州市天河区工商业联合会",
 *     "consolidated": true,
 *     "evaluationYear": 2021,
 *     "amountUnit": "TEN_THOUSAND_YUAN",
 *     "layout": "DEPARTMENT_GUANGZHOU",
 *     "funds": {
 *       "initialBudgetRevenue": { "value": "526.59", "unit": "TEN_THOUSAND_YUAN" },
 *       "budgetCompletionRate": "99.68",
 *       …
 *     },
 *     …
 *   }
 * }
 * }</pre>
 *
 * <p>Encoding of values, chosen so that nothing printed is lost in any language:
 * <ul>
 *   <li>decimals (weights, scores) are JSON <em>strings</em> holding the printed digits ({@code "11.6"},
 *       {@code "100.00"}); JSON numbers are read as binary floating point by most libraries and would lose the printed
 *       scale, on which the tolerance rules depend. No exponent is written or accepted;</li>
 *   <li>an {@link Amount} is {@code {"value": "<decimal>", "unit": "<AmountUnit>"}}; a {@link Percentage} is the
 *       decimal string of its percent points ({@code "99.68"} for 99.68%);</li>
 *   <li>an {@link IndicatorValue} is its raw text; everything else about it is read again from that text;</li>
 *   <li>years are JSON integers, dates ISO-8601 strings ({@code "2022-02-03"}), enums their constant names.</li>
 * </ul>
 *
 * <p>Reading is strict by default: a field the format does not define is refused with a
 * {@link FormReadException} naming the field and its JSON Pointer ({@link FormReadException.Reason#UNKNOWN_FIELD});
 * {@link #allowingUnknownFields()} skips such fields instead and lists them in
 * {@link FormDocument#ignoredFields()}. Duplicate fields, a missing or newer {@code formatVersion}, missing required
 * fields, wrong types and out-of-range values are refused with the position (line, column, pointer). The
 * {@link ReaderLimits} bound the input size, the nesting depth, the number of values and the length of numbers.
 *
 * <p>The JSON Schema (draft 2020-12) of the document is {@link #schema()}; every document this class writes validates
 * against it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormJson {
  /** The format version written in {@code formatVersion}; documents of a higher version are refused. */
  public static final int FORMAT_VERSION = 1;

  /** The class-path resource holding the JSON Schema of the form document. */
  public static final String SCHEMA_RESOURCE = "/io/github/jixiao/io/form-document.schema.json";

  private static final String CORE_PACKAGE = "io.github.jixiao.core";
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
  private static final Map<Class<?>, RecordType> RECORDS = new ConcurrentHashMap<>();
  private static final FormJson STANDARD = new FormJson(ReaderLimits.defaults(), false);

  private final ReaderLimits limits;
  private final boolean allowUnknownFields;
  private final JsonFactory factory;

  private FormJson(ReaderLimits limits, boolean allowUnknownFields) {
    this.limits = limits;
    this.allowUnknownFields = allowUnknownFields;
    this.factory = JsonTree.factory(limits);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the standard codec: default limits, unknown fields refused.
   *
   * @return the codec, never null
   */
  public static FormJson standard() {
    return STANDARD;
  }

  /**
   * Returns a codec like this one that skips unknown fields instead of refusing them; the skipped fields are listed
   * in {@link FormDocument#ignoredFields()}.
   *
   * @return the lenient codec, never null
   */
  public FormJson allowingUnknownFields() {
    return new FormJson(limits, true);
  }

  /**
   * Returns a codec like this one with other limits.
   *
   * @param limits the limits, not null
   * @return the codec, never null
   */
  public FormJson withLimits(ReaderLimits limits) {
    return new FormJson(Objects.requireNonNull(limits, "limits"), allowUnknownFields);
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
   * Returns true if unknown fields are skipped rather than refused.
   *
   * @return whether unknown fields are allowed
   */
  public boolean allowsUnknownFields() {
    return allowUnknownFields;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the form document, as shipped in {@value #SCHEMA_RESOURCE}.
   *
   * @return the schema text, never null
   */
  public static String schema() {
    try (InputStream in = FormJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Writes a department form as a form document.
   *
   * @param form the form, not null
   * @return the JSON text, never null
   */
  public String write(DepartmentSelfEvaluation form) {
    return write(FormDocument.of(form));
  }

  /**
   * Writes a project form as a form document.
   *
   * @param form the form, not null
   * @return the JSON text, never null
   */
  public String write(ProjectSelfEvaluation form) {
    return write(FormDocument.of(form));
  }

  /**
   * Writes a form document (its ignored fields are not written).
   *
   * @param document the document, not null
   * @return the JSON text, never null
   */
  public String write(FormDocument document) {
    StringWriter out = new StringWriter();
    try {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a form document to a writer, pretty-printed.
   *
   * @param document the document, not null
   * @param out where to write, not null; not closed
   * @throws IOException if the writer fails
   */
  public void write(FormDocument document, Writer out) throws IOException {
    Objects.requireNonNull(document, "document");
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      if (document.department() != null) {
        g.writeFieldName("department");
        writeValue(g, document.department(), DepartmentSelfEvaluation.class);
      } else {
        g.writeFieldName("project");
        writeValue(g, document.project(), ProjectSelfEvaluation.class);
      }
      g.writeEndObject();
    }
  }

  /**
   * Writes one value of any model type (a record of {@code io.github.jixiao.core}, {@link Amount},
   * {@link Percentage}, {@link IndicatorValue}, an enum, a string, a decimal, a year or a date) as a JSON fragment,
   * without the document envelope.
   *
   * @param value the value, not null
   * @return the JSON text, never null
   * @throws IllegalArgumentException if the type is not a model type
   */
  public String writeValue(Object value) {
    Objects.requireNonNull(value, "value");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(out)) {
      writeValue(g, value, value.getClass());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  //-----------------------------------------------------------------------
  /**
   * Reads a form document.
   *
   * @param json the JSON text, not null
   * @return the document, never null
   * @throws FormReadException if the text is not a valid form document; the exception names the reason and position
   */
  public FormDocument read(String json) throws FormReadException {
    Objects.requireNonNull(json, "json");
    if (json.length() > limits.maxInputChars()) {
      throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
          "the JSON input has " + json.length() + " characters, more than the limit of " + limits.maxInputChars(), 0,
          0, "", null);
    }
    return read(new StringReader(json));
  }

  /**
   * Reads a form document from a reader (not closed).
   *
   * @param json the JSON text, not null
   * @return the document, never null
   * @throws FormReadException if the text is not a valid form document, is over a limit, or cannot be read
   */
  public FormDocument read(Reader json) throws FormReadException {
    Objects.requireNonNull(json, "json");
    JsonTree.Node root = JsonTree.parse(factory, json, limits);
    Context ctx = new Context();
    Obj doc = new Obj(ctx, root, "");
    JsonTree.Node version = doc.take("formatVersion");
    if (version == null) {
      throw new FormReadException(FormReadException.Reason.UNSUPPORTED_VERSION,
          "the document has no \"formatVersion\" (this library writes " + FORMAT_VERSION + ")", root.line,
          root.column, "", "formatVersion");
    }
    if (version.type != JsonTree.Type.NUMBER || !INTEGER.matcher(Objects.requireNonNull(version.text)).matches()) {
      throw ctx.invalid(version, "/formatVersion", "formatVersion", "must be an integer");
    }
    int v = Integer.parseInt(version.text);
    if (v < 1 || v > FORMAT_VERSION) {
      throw new FormReadException(FormReadException.Reason.UNSUPPORTED_VERSION,
          "formatVersion " + v + " is not supported (this library reads 1 to " + FORMAT_VERSION + ")", version.line,
          version.column, "/formatVersion", "formatVersion");
    }
    JsonTree.Node department = doc.take("department");
    JsonTree.Node project = doc.take("project");
    doc.finish();
    if ((department == null) == (project == null)) {
      throw new FormReadException(FormReadException.Reason.MISSING_FIELD,
          "the document must hold exactly one of \"department\" and \"project\"", root.line, root.column, "",
          department == null ? "department" : "project");
    }
    if (department != null) {
      DepartmentSelfEvaluation form =
          (DepartmentSelfEvaluation) readValue(ctx, department, DepartmentSelfEvaluation.class, "/department");
      return new FormDocument(form, null, ctx.ignored);
    }
    ProjectSelfEvaluation form =
        (ProjectSelfEvaluation) readValue(ctx, Objects.requireNonNull(project), ProjectSelfEvaluation.class,
            "/project");
    return new FormDocument(null, form, ctx.ignored);
  }

  /**
   * Reads a form document that must hold a department form.
   *
   * @param json the JSON text, not null
   * @return the form, never null
   * @throws FormReadException if the text is not a valid department form document
   */
  public DepartmentSelfEvaluation readDepartment(String json) throws FormReadException {
    FormDocument doc = read(json);
    if (doc.department() == null) {
      throw new FormReadException(FormReadException.Reason.MISSING_FIELD,
          "the document holds a project form, not a department form", 0, 0, "", "department");
    }
    return doc.department();
  }

  /**
   * Reads a form document that must hold a project form.
   *
   * @param json the JSON text, not null
   * @return the form, never null
   * @throws FormReadException if the text is not a valid project form document
   */
  public ProjectSelfEvaluation readProject(String json) throws FormReadException {
    FormDocument doc = read(json);
    if (doc.project() == null) {
      throw new FormReadException(FormReadException.Reason.MISSING_FIELD,
          "the document holds a department form, not a project form", 0, 0, "", "project");
    }
    return doc.project();
  }

  /**
   * Reads one value of a model type from a JSON fragment, as written by {@link #writeValue(Object)}.
   *
   * @param <T> the type
   * @param json the JSON text, not null
   * @param type the model type, not null
   * @return the value, never null
   * @throws FormReadException if the text is not a valid value of the type
   * @throws IllegalArgumentException if the type is not a model type
   */
  public <T> T readValue(String json, Class<T> type) throws FormReadException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    requireModelType(type);
    if (json.length() > limits.maxInputChars()) {
      throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
          "the JSON input has " + json.length() + " characters, more than the limit of " + limits.maxInputChars(), 0,
          0, "", null);
    }
    JsonTree.Node root = JsonTree.parse(factory, new StringReader(json), limits);
    Context ctx = new Context();
    if (root.type == JsonTree.Type.NULL) {
      throw ctx.invalid(root, "", null, "must not be null");
    }
    return type.cast(readValue(ctx, root, type, ""));
  }

  //-----------------------------------------------------------------------
  private static void requireModelType(Class<?> type) {
    boolean ok = type == String.class || type == BigDecimal.class || type == Amount.class
        || type == Percentage.class || type == IndicatorValue.class || type == Year.class || type == LocalDate.class
        || (type.isEnum() && type.getPackageName().equals(CORE_PACKAGE))
        || (type.isRecord() && type.getPackageName().equals(CORE_PACKAGE));
    if (!ok) {
      throw new IllegalArgumentException("not a model type: " + type.getName());
    }
  }

  private void writeValue(JsonGenerator g, Object value, Type declared) throws IOException {
    Class<?> type = value.getClass();
    if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof BigDecimal d) {
      g.writeString(d.toPlainString());
    } else if (value instanceof Amount a) {
      g.writeStartObject();
      g.writeStringField("value", a.value().toPlainString());
      g.writeStringField("unit", a.unit().name());
      g.writeEndObject();
    } else if (value instanceof Percentage p) {
      g.writeString(p.percent().toPlainString());
    } else if (value instanceof IndicatorValue v) {
      g.writeString(v.raw());
    } else if (value instanceof Year y) {
      g.writeNumber(y.getValue());
    } else if (value instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (value instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (value instanceof List<?> list) {
      Type element = declared instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : Object.class;
      g.writeStartArray();
      for (Object item : list) {
        writeValue(g, item, element);
      }
      g.writeEndArray();
    } else if (type.isRecord() && type.getPackageName().equals(CORE_PACKAGE)) {
      RecordType rt = recordType(type);
      g.writeStartObject();
      for (Component c : rt.components) {
        Object v;
        try {
          v = c.component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + c.name, e);
        }
        if (v != null) {
          g.writeFieldName(c.name);
          writeValue(g, v, c.component.getGenericType());
        }
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a model type: " + type.getName());
    }
  }

  private @Nullable Object readValue(Context ctx, JsonTree.Node node, Type declared, String path)
      throws FormReadException {
    Class<?> type = declared instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) declared;
    String field = path.isEmpty() ? null : path.substring(path.lastIndexOf('/') + 1);
    if (type == String.class) {
      return ctx.string(node, path, field);
    }
    if (type == boolean.class || type == Boolean.class) {
      if (node.type != JsonTree.Type.BOOLEAN) {
        throw ctx.invalid(node, path, field, "must be true or false, was " + node.type.describe());
      }
      return Boolean.parseBoolean(node.text);
    }
    if (type == int.class || type == Integer.class) {
      return ctx.integer(node, path, field);
    }
    if (type == BigDecimal.class) {
      return ctx.decimal(node, path, field);
    }
    if (type == Amount.class) {
      Obj o = new Obj(ctx, node, path);
      JsonTree.Node value = o.require("value");
      JsonTree.Node unit = o.require("unit");
      o.finish();
      BigDecimal d = ctx.decimal(value, path + "/value", "value");
      AmountUnit u = (AmountUnit) ctx.enumValue(unit, AmountUnit.class, path + "/unit", "unit");
      try {
        return Amount.of(d, u);
      } catch (IllegalArgumentException e) {
        throw ctx.invalid(value, path + "/value", "value", e.getMessage());
      }
    }
    if (type == Percentage.class) {
      BigDecimal d = ctx.decimal(node, path, field);
      try {
        return Percentage.of(d);
      } catch (IllegalArgumentException e) {
        throw ctx.invalid(node, path, field, e.getMessage());
      }
    }
    if (type == IndicatorValue.class) {
      return IndicatorValue.parse(ctx.string(node, path, field));
    }
    if (type == Year.class) {
      int y = ctx.integer(node, path, field);
      if (y < Year.MIN_VALUE || y > Year.MAX_VALUE) {
        throw ctx.invalid(node, path, field, "is not a year");
      }
      return Year.of(y);
    }
    if (type == LocalDate.class) {
      String s = ctx.string(node, path, field);
      try {
        return LocalDate.parse(s);
      } catch (DateTimeException e) {
        throw ctx.invalid(node, path, field, "must be an ISO-8601 date such as 2022-02-03, was \""
            + Texts.shorten(s) + "\"");
      }
    }
    if (type.isEnum()) {
      return ctx.enumValue(node, type, path, field);
    }
    if (type == List.class) {
      if (node.type != JsonTree.Type.ARRAY) {
        throw ctx.invalid(node, path, field, "must be an array, was " + node.type.describe());
      }
      Type element = ((ParameterizedType) declared).getActualTypeArguments()[0];
      List<Object> items = new ArrayList<>(node.items.size());
      for (int i = 0; i < node.items.size(); i++) {
        JsonTree.Node item = node.items.get(i);
        if (item.type == JsonTree.Type.NULL) {
          throw ctx.invalid(item, path + "/" + i, field, "list items must not be null");
        }
        items.add(readValue(ctx, item, element, path + "/" + i));
      }
      return items;
    }
    if (type.isRecord()) {
      return readRecord(ctx, node, recordType(type), path);
    }
    throw new IllegalArgumentException("not a model type: " + type.getName());
  }

  private Object readRecord(Context ctx, JsonTree.Node node, RecordType rt, String path) throws FormReadException {
    Obj o = new Obj(ctx, node, path);
    Object[] args = new Object[rt.components.size()];
    for (int i = 0; i < args.length; i++) {
      Component c = rt.components.get(i);
      JsonTree.Node value = o.take(c.name);
      String childPath = path + "/" + c.name;
      if (value == null || value.type == JsonTree.Type.NULL) {
        if (c.list) {
          args[i] = List.of();
        } else if (c.nullable) {
          args[i] = null;
        } else {
          throw new FormReadException(FormReadException.Reason.MISSING_FIELD,
              "required field \"" + c.name + "\" of " + rt.type.getSimpleName() + " is "
                  + (value == null ? "missing" : "null"),
              value == null ? node.line : value.line, value == null ? node.column : value.column, childPath, c.name);
        }
      } else {
        args[i] = readValue(ctx, value, c.component.getGenericType(), childPath);
      }
    }
    o.finish();
    try {
      return rt.constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw ctx.invalid(node, path, null, rt.type.getSimpleName() + " refused the values: " + cause.getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + rt.type.getName(), e);
    }
  }

  private static RecordType recordType(Class<?> type) {
    return RECORDS.computeIfAbsent(type, RecordType::new);
  }

  //-----------------------------------------------------------------------
  /** One record component and what the reader needs to know about it. */
  private static final class Component {
    final RecordComponent component;
    final String name;
    final boolean nullable;
    final boolean list;

    Component(RecordComponent component) {
      this.component = component;
      this.name = component.getName();
      this.nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
      this.list = component.getType() == List.class;
    }
  }

  /** A model record type: its components in order and its canonical constructor. */
  private static final class RecordType {
    final Class<?> type;
    final List<Component> components;
    final Constructor<?> constructor;

    RecordType(Class<?> type) {
      this.type = type;
      RecordComponent[] rc = type.getRecordComponents();
      List<Component> list = new ArrayList<>();
      for (RecordComponent c : rc) {
        list.add(new Component(c));
      }
      this.components = List.copyOf(list);
      try {
        this.constructor = type.getDeclaredConstructor(Arrays.stream(rc).map(RecordComponent::getType)
            .toArray(Class<?>[]::new));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record without canonical constructor: " + type.getName(), e);
      }
    }
  }

  /** The state of one read: the fields skipped as unknown. */
  private final class Context {
    final List<String> ignored = new ArrayList<>();

    FormReadException invalid(JsonTree.Node node, String path, @Nullable String field, String what) {
      return new FormReadException(FormReadException.Reason.INVALID_VALUE,
          (field == null ? "value" : "\"" + field + "\"") + " " + what, node.line, node.column, path, field);
    }

    String string(JsonTree.Node node, String path, @Nullable String field) throws FormReadException {
      if (node.type != JsonTree.Type.STRING) {
        throw invalid(node, path, field, "must be a string, was " + node.type.describe());
      }
      return Objects.requireNonNull(node.text);
    }

    int integer(JsonTree.Node node, String path, @Nullable String field) throws FormReadException {
      if (node.type != JsonTree.Type.NUMBER || !INTEGER.matcher(Objects.requireNonNull(node.text)).matches()) {
        throw invalid(node, path, field, "must be an integer of at most 9 digits, was "
            + (node.type == JsonTree.Type.NUMBER ? node.text : node.type.describe()));
      }
      return Integer.parseInt(node.text);
    }

    BigDecimal decimal(JsonTree.Node node, String path, @Nullable String field) throws FormReadException {
      if (node.type == JsonTree.Type.NUMBER) {
        throw invalid(node, path, field, "must be a decimal string such as \"11.6\", was the number " + node.text
            + " (write decimals as strings so that their printed scale survives every JSON library)");
      }
      String s = string(node, path, field);
      if (s.length() > limits.maxNumberLength()) {
        throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
            "\"" + field + "\" has " + s.length() + " characters, more than the limit of " + limits.maxNumberLength(),
            node.line, node.column, path, field);
      }
      if (!DECIMAL.matcher(s).matches()) {
        throw invalid(node, path, field, "must be a decimal such as \"11.6\" (digits, an optional '-' and '.', no "
            + "exponent), was \"" + Texts.shorten(s) + "\"");
      }
      return new BigDecimal(s);
    }

    Enum<?> enumValue(JsonTree.Node node, Class<?> type, String path, @Nullable String field)
        throws FormReadException {
      String s = string(node, path, field);
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(s)) {
          return (Enum<?>) constant;
        }
      }
      throw invalid(node, path, field, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was \""
          + Texts.shorten(s) + "\"");
    }
  }

  /** An object being read: fields are taken one by one, and whatever is left over is unknown. */
  private final class Obj {
    private final Context ctx;
    private final JsonTree.Node node;
    private final String path;
    private final Set<String> taken = new HashSet<>();

    Obj(Context ctx, JsonTree.Node node, String path) throws FormReadException {
      if (node.type != JsonTree.Type.OBJECT) {
        String field = path.isEmpty() ? null : path.substring(path.lastIndexOf('/') + 1);
        throw ctx.invalid(node, path, field, "must be an object, was " + node.type.describe());
      }
      this.ctx = ctx;
      this.node = node;
      this.path = path;
    }

    JsonTree.@Nullable Node take(String name) {
      taken.add(name);
      return node.fields.get(name);
    }

    JsonTree.Node require(String name) throws FormReadException {
      JsonTree.Node value = take(name);
      if (value == null || value.type == JsonTree.Type.NULL) {
        throw new FormReadException(FormReadException.Reason.MISSING_FIELD,
            "required field \"" + name + "\" is " + (value == null ? "missing" : "null"),
            value == null ? node.line : value.line, value == null ? node.column : value.column, path + "/" + name,
            name);
      }
      return value;
    }

    void finish() throws FormReadException {
      for (Map.Entry<String, JsonTree.Node> e : node.fields.entrySet()) {
        if (!taken.contains(e.getKey())) {
          String pointer = path + "/" + escape(e.getKey());
          if (allowUnknownFields) {
            ctx.ignored.add(pointer);
          } else {
            List<String> known = new ArrayList<>(taken);
            known.sort(null);
            throw new FormReadException(FormReadException.Reason.UNKNOWN_FIELD,
                "unknown field \"" + Texts.shorten(e.getKey()) + "\" in " + (path.isEmpty() ? "the document" : path)
                    + "; known fields: " + known,
                e.getValue().line, e.getValue().column, path, e.getKey());
          }
        }
      }
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

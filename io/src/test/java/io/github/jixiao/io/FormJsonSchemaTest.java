package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema agrees with the reader and the writer of {@link FormJson}. */
class FormJsonSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(FormJson.schema(), InputFormat.JSON,
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  private static Set<ValidationMessage> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  private static boolean readerAccepts(String json) {
    try {
      FormJson.standard().read(json);
      return true;
    } catch (FormReadException e) {
      return false;
    }
  }

  @Test
  void schemaDeclaresDraft2020_12() throws Exception {
    JsonNode schema = MAPPER.readTree(FormJson.schema());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/properties/formatVersion/const").asInt()).isEqualTo(FormJson.FORMAT_VERSION);
  }

  @Test
  void everyWrittenDocumentValidatesForTwoThousandGeneratedForms() {
    for (int i = 0; i < 2_000; i++) {
      RandomForms random = new RandomForms(7_000L + i);
      String json = i % 2 == 0 ? FormJson.standard().write(random.department())
          : FormJson.standard().write(random.project());
      assertThat(validate(json)).as("seed %d:%n%s", 7_000L + i, json).isEmpty();
    }
  }

  @Test
  void everyRecordOfTheModelHasADefinitionWithTheSameFieldsAndRequiredFields() throws Exception {
    JsonNode defs = MAPPER.readTree(FormJson.schema()).get("$defs");
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(DepartmentSelfEvaluation.class, ProjectSelfEvaluation.class));
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      String name = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
      JsonNode def = defs.get(name);
      assertThat(def).as("definition of %s", type.getSimpleName()).isNotNull();
      Set<String> properties = new LinkedHashSet<>();
      def.get("properties").fieldNames().forEachRemaining(properties::add);
      Set<String> required = new LinkedHashSet<>();
      def.get("required").forEach(n -> required.add(n.asText()));
      Set<String> components = new LinkedHashSet<>();
      Set<String> requiredComponents = new LinkedHashSet<>();
      for (RecordComponent c : type.getRecordComponents()) {
        components.add(c.getName());
        boolean nullable = c.getAnnotatedType().isAnnotationPresent(Nullable.class);
        if (!nullable && c.getType() != List.class) {
          requiredComponents.add(c.getName());
        }
        Class<?> inner = c.getType();
        Type generic = c.getGenericType();
        if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> el) {
          inner = el;
        }
        if (inner.isRecord()) {
          todo.push(inner);
        }
      }
      assertThat(properties).as("fields of %s", name).containsExactlyElementsOf(components);
      assertThat(required).as("required fields of %s", name).containsExactlyInAnyOrderElementsOf(requiredComponents);
      assertThat(def.get("additionalProperties").asBoolean(true)).as("%s refuses unknown fields", name).isFalse();
    }
    assertThat(seen).hasSize(12);
  }

  @Test
  void schemaAndReaderAgreeOnMutatedDocuments() throws Exception {
    SplittableRandom random = new SplittableRandom(42);
    int rejectedByBoth = 0;
    for (int i = 0; i < 600; i++) {
      RandomForms forms = new RandomForms(90_000L + i);
      String json = i % 2 == 0 ? FormJson.standard().write(forms.department())
          : FormJson.standard().write(forms.project());
      ObjectNode doc = (ObjectNode) MAPPER.readTree(json);
      String mutation = mutate(doc, random);
      String mutated = MAPPER.writeValueAsString(doc);
      boolean schemaAccepts = validate(mutated).isEmpty();
      assertThat(readerAccepts(mutated)).as("mutation %s of seed %d:%n%s", mutation, 90_000L + i, mutated)
          .isEqualTo(schemaAccepts);
      if (!schemaAccepts) {
        rejectedByBoth++;
      }
    }
    assertThat(rejectedByBoth).isGreaterThan(300);
  }

  /** Applies one random change to a random object of the document and says which. */
  private static String mutate(ObjectNode doc, SplittableRandom random) {
    List<ObjectNode> objects = new java.util.ArrayList<>();
    collect(doc, objects);
    ObjectNode target = objects.get(random.nextInt(objects.size()));
    int kind = random.nextInt(7);
    switch (kind) {
      case 0:
        target.put("unknownField", "x");
        return "unknown field";
      case 1: {
        Iterator<String> names = target.fieldNames();
        if (names.hasNext()) {
          String first = names.next();
          target.remove(first);
          return "removed " + first;
        }
        return "nothing";
      }
      case 2: {
        for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          JsonNode v = target.get(name);
          if (v.isTextual() && v.asText().matches("-?[0-9]+(\\.[0-9]+)?")) {
            target.put(name, new java.math.BigDecimal(v.asText()));
            return "decimal string " + name + " as number";
          }
        }
        return "nothing";
      }
      case 3: {
        for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          if (target.get(name).isTextual()) {
            target.put(name, 12);
            return "string " + name + " as number";
          }
        }
        return "nothing";
      }
      case 4:
        doc.put("formatVersion", 2);
        return "format version 2";
      case 5: {
        for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          if (target.get(name).isArray()) {
            target.set(name, MAPPER.createObjectNode());
            return "array " + name + " as object";
          }
        }
        return "nothing";
      }
      default:
        for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          if (target.get(name).isTextual()) {
            target.put(name, (String) null);
            return "null " + name;
          }
        }
        return "nothing";
    }
  }

  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode o) {
      out.add(o);
      o.elements().forEachRemaining(child -> collect(child, out));
    } else if (node instanceof ArrayNode a) {
      a.elements().forEachRemaining(child -> collect(child, out));
    }
  }

  @Test
  void schemaRefusesWhatTheReaderRefuses() {
    String base = FormJson.standard().write(new RandomForms(1).project());
    assertThat(validate(base)).isEmpty();
    String noVersion = base.replaceFirst("\"formatVersion\" : 1,", "");
    assertThat(validate(noVersion)).isNotEmpty();
    assertThatThrownBy(() -> FormJson.standard().read(noVersion)).isInstanceOf(FormReadException.class);
  }
}

package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON tree that remembers where each value was, read with Jackson's streaming parser under {@link ReaderLimits}.
 * Numbers keep their JSON text, so no precision is lost before the model reads them.
 */
final class JsonTree {
  /** The kind of a JSON value. */
  enum Type {
    OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL;

    String describe() {
      return switch (this) {
        case OBJECT -> "an object";
        case ARRAY -> "an array";
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "null";
      };
    }
  }

  /** One JSON value with its position. */
  static final class Node {
    final Type type;
    final int line;
    final int column;
    /** The string's value, the number's JSON text, or "true"/"false"; null for containers and null. */
    final @Nullable String text;
    final Map<String, Node> fields;
    final List<Node> items;

    Node(Type type, int line, int column, @Nullable String text, Map<String, Node> fields, List<Node> items) {
      this.type = type;
      this.line = line;
      this.column = column;
      this.text = text;
      this.fields = fields;
      this.items = items;
    }
  }

  private JsonTree() {}

  static JsonFactory factory(ReaderLimits limits) {
    return new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.maxInputChars())
            .maxDocumentLength(limits.maxInputChars())
            .maxNameLength(Math.min(limits.maxInputChars(), 50_000))
            .build())
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** Parses one JSON document; refuses trailing content. */
  static Node parse(JsonFactory factory, Reader in, ReaderLimits limits) throws FormReadException {
    try (JsonParser p = factory.createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new FormReadException(FormReadException.Reason.EMPTY, "the JSON input is empty", 1, 1, "", null);
      }
      int[] count = {0};
      Node root = read(p, first, limits, count);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new FormReadException(FormReadException.Reason.MALFORMED_JSON,
            "content after the end of the JSON document", at.getLineNr(), at.getColumnNr(), "", null);
      }
      return root;
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation();
      throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED, e.getOriginalMessage(),
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "", null);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new FormReadException(FormReadException.Reason.MALFORMED_JSON, e.getOriginalMessage(),
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "", null);
    } catch (FormReadException e) {
      throw e;
    } catch (IOException e) {
      throw new FormReadException(FormReadException.Reason.MALFORMED_JSON, "cannot read the JSON input: " + e, 0, 0,
          "", null);
    }
  }

  private static Node read(JsonParser p, JsonToken token, ReaderLimits limits, int[] count) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (++count[0] > limits.maxCells()) {
      throw new FormReadException(FormReadException.Reason.LIMIT_EXCEEDED,
          "the JSON document holds more than " + limits.maxCells() + " values", line, column, "", null);
    }
    switch (token) {
      case START_OBJECT: {
        Map<String, Node> fields = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation nameAt = p.currentTokenLocation();
          Node value = read(p, p.nextToken(), limits, count);
          if (fields.putIfAbsent(name, value) != null) {
            throw new FormReadException(FormReadException.Reason.MALFORMED_JSON,
                "duplicate field \"" + Texts.shorten(name) + "\"", nameAt.getLineNr(), nameAt.getColumnNr(), null,
                name);
          }
        }
        if (t != JsonToken.END_OBJECT) {
          throw new FormReadException(FormReadException.Reason.MALFORMED_JSON, "unexpected " + t, line, column);
        }
        return new Node(Type.OBJECT, line, column, null, fields, List.of());
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new FormReadException(FormReadException.Reason.MALFORMED_JSON, "unexpected end of input", line,
                column);
          }
          items.add(read(p, t, limits, count));
        }
        return new Node(Type.ARRAY, line, column, null, Map.of(), items);
      }
      case VALUE_STRING:
        return new Node(Type.STRING, line, column, p.getText(), Map.of(), List.of());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node(Type.NUMBER, line, column, p.getText(), Map.of(), List.of());
      case VALUE_TRUE:
        return new Node(Type.BOOLEAN, line, column, "true", Map.of(), List.of());
      case VALUE_FALSE:
        return new Node(Type.BOOLEAN, line, column, "false", Map.of(), List.of());
      case VALUE_NULL:
        return new Node(Type.NULL, line, column, null, Map.of(), List.of());
      default:
        throw new FormReadException(FormReadException.Reason.MALFORMED_JSON, "unexpected " + token, line, column);
    }
  }
}

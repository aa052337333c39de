package io.github.jixiao.cli;

import io.github.jixiao.io.FormDocument;
import io.github.jixiao.io.FormJson;
import io.github.jixiao.io.FormReadException;
import io.github.jixiao.io.FormReader;
import io.github.jixiao.io.ReadResult;
import io.github.jixiao.io.ReadWarning;
import io.github.jixiao.io.ReaderLimits;
import io.github.jixiao.io.UnmappedContent;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Finds the files to read and reads each into a form, detecting text, HTML or JSON by content. */
final class Inputs {
  private Inputs() {}

  /**
   * One input: a file and what could be read from it, or why nothing could, with what the reader noted: its warnings
   * and the content it could not map to the model (both empty for JSON and for a file that could not be read).
   */
  record Loaded(String file, @Nullable FormDocument document, @Nullable String error, List<ReadWarning> warnings,
      List<UnmappedContent> unmapped) {
    Loaded {
      warnings = List.copyOf(warnings);
      unmapped = List.copyOf(unmapped);
    }

    static Loaded read(String file, FormDocument document) {
      return new Loaded(file, document, null, List.of(), List.of());
    }

    static Loaded read(String file, ReadResult result) {
      return new Loaded(file, result.document(), null, result.warnings(), result.unmapped());
    }

    static Loaded failed(String file, String error) {
      return new Loaded(file, null, error, List.of(), List.of());
    }
  }

  /**
   * Expands the arguments: a file stays, a directory becomes its regular, non-hidden files, recursively, sorted by
   * path. A missing argument is kept, so that reading it reports the error in its place.
   */
  static List<Path> expand(List<Path> arguments) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        try (Stream<Path> walk = Files.walk(argument)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !isHidden(argument, p))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(argument);
      }
    }
    return files;
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one file; never throws: a file that cannot be read gives an error saying why and where. */
  static Loaded load(Path file) {
    String name = file.toString();
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > ReaderLimits.defaults().maxInputChars() * 4L) {
        return Loaded.failed(name, "too large: " + bytes.length + " bytes");
      }
      if (looksLikeJson(bytes)) {
        String json = decodeUtf8(bytes);
        if (json == null) {
          return Loaded.failed(name, "not UTF-8 text");
        }
        return Loaded.read(name, FormJson.standard().read(json));
      }
      return Loaded.read(name, FormReader.standard().read(bytes));
    } catch (NoSuchFileException e) {
      return Loaded.failed(name, "no such file");
    } catch (FormReadException e) {
      return Loaded.failed(name, String.valueOf(e.getMessage()));
    } catch (IOException e) {
      return Loaded.failed(name, "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      return Loaded.failed(name, "cannot read: " + e);
    }
  }

  /** JSON is what starts with '{' after an optional byte order mark and white space. */
  static boolean looksLikeJson(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i < bytes.length && bytes[i] == '{';
  }

  private static @Nullable String decodeUtf8(byte[] bytes) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}

package io.github.jixiao.io;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An HTML source with every start tag marked with its position, so that the elements of a page parsed without
 * position tracking still say where they start.
 *
 * <p>One scan over the source finds the start tags as the HTML tokeniser does: comments ({@code <!-- -->}, ending at
 * the first {@code -->} or {@code --!>}), CDATA sections, doctypes and other markup declarations, processing
 * instructions and end tags are passed over, attribute values are read with their quotes, and the text of
 * {@code script}, {@code style}, {@code textarea}, {@code title} and the other raw-text elements is passed over to
 * its end tag. Right after the name of each start tag the scan inserts an attribute {@value #KEY}{@code ="n"}, where n
 * is the tag's number in {@link #start(int)}, {@link #end(int)} and {@link #name(int)}.
 *
 * <p>The attribute is inserted where the name ends (before white space, {@code /}, {@code >}, or the end of the
 * input), as the first attribute of the tag, quoted: it never changes how the tag or anything after it is read. An
 * element made from a marked tag carries the mark; an element the parser implies, or makes from a tag this scan did
 * not see, carries none, and a clone of a formatting element carries the mark of the element it was cloned from. The
 * user of the marks checks for both, and for marks that ended up in text, and falls back to tracked positions.
 *
 * <p>A source that already holds the mark's character, U+FDD0 (a noncharacter, kept for internal use), is not marked.
 */
final class SourceMarks {
  /** The attribute name of the marks: a Unicode noncharacter, which published pages do not hold. */
  static final String KEY = "\ufdd0";
  static final char MARK = '\ufdd0';

  private static final String[] RAW_TEXT = {"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea",
      "title"};

  private final String source;
  private final String marked;
  private final int[] starts;
  private final int[] ends;
  private final String[] names;
  private final int count;
  private final LineIndex lines;

  private SourceMarks(String source, String marked, int[] starts, int[] ends, String[] names, int count,
      LineIndex lines) {
    this.source = source;
    this.marked = marked;
    this.starts = starts;
    this.ends = ends;
    this.names = names;
    this.count = count;
    this.lines = lines;
  }

  /** Marks the start tags of a source; null when the source holds the mark's character. */
  static @Nullable SourceMarks of(String source) {
    if (source.indexOf(MARK) >= 0) {
      return null;
    }
    int n = source.length();
    StringBuilder out = new StringBuilder(n + n / 8 + 16);
    int[] starts = new int[64];
    int[] ends = new int[64];
    String[] names = new String[64];
    int count = 0;
    int copied = 0;
    int i = source.indexOf('<');
    while (i >= 0 && i < n) {
      int next;
      if (source.startsWith("<!--", i)) {
        next = commentEnd(source, i + 4);
      } else if (source.startsWith("<![CDATA[", i)) {
        int close = source.indexOf("]]>", i + 9);
        next = close < 0 ? n : close + 3;
      } else if (i + 1 < n && (source.charAt(i + 1) == '!' || source.charAt(i + 1) == '?')) {
        next = afterGreaterThan(source, i + 2);
      } else if (i + 1 < n && source.charAt(i + 1) == '/') {
        next = i + 2 < n && isAsciiLetter(source.charAt(i + 2)) ? tagEnd(source, nameEnd(source, i + 2))
            : afterGreaterThan(source, i + 2);
        next = next < 0 ? n : next;
      } else if (i + 1 < n && isAsciiLetter(source.charAt(i + 1))) {
        int nameEnd = nameEnd(source, i + 1);
        String name = source.substring(i + 1, nameEnd).toLowerCase(Locale.ENGLISH);
        int end = tagEnd(source, nameEnd);
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
          names = Arrays.copyOf(names, count * 2);
        }
        starts[count] = i;
        ends[count] = end;
        names[count] = name;
        out.append(source, copied, nameEnd).append(' ').append(KEY).append("=\"").append(count).append('"');
        copied = nameEnd;
        count++;
        next = end < 0 ? n : rawTextEnd(source, name, end);
      } else {
        next = i + 1;
      }
      i = next >= n ? -1 : source.indexOf('<', next);
    }
    out.append(source, copied, n);
    return new SourceMarks(source, out.toString(), starts, ends, names, count, LineIndex.of(source));
  }

  /** The source with its marks, to be parsed. */
  String marked() {
    return marked;
  }

  /** The source as given. */
  String source() {
    return source;
  }

  /** How many start tags were marked. */
  int count() {
    return count;
  }

  /** Where tag n starts: the index of its {@code <} in the source. */
  int start(int n) {
    return starts[n];
  }

  /** Where tag n ends: the index after its {@code >}, or -1 when the source ends inside it. */
  int end(int n) {
    return ends[n];
  }

  /** The name of tag n in lower case, as the parser names its element. */
  String name(int n) {
    return names[n];
  }

  /** The {line, column} of an index of the source, both from 1. */
  int[] lineColumn(int index) {
    return lines.lineColumn(index);
  }

  //-----------------------------------------------------------------------
  /** The end of a comment whose text starts at {@code from} (after {@code <!--}): {@code -->}, {@code --!>}. */
  private static int commentEnd(String s, int from) {
    if (s.startsWith(">", from)) {
      return from + 1;
    }
    if (s.startsWith("->", from)) {
      return from + 2;
    }
    int a = s.indexOf("-->", from);
    int b = s.indexOf("--!>", from);
    if (a < 0 && b < 0) {
      return s.length();
    }
    return a >= 0 && (b < 0 || a < b) ? a + 3 : b + 4;
  }

  private static int afterGreaterThan(String s, int from) {
    int close = s.indexOf('>', from);
    return close < 0 ? s.length() : close + 1;
  }

  /** The end of a tag name: the first white space, {@code /} or {@code >}, or the end of the input. */
  private static int nameEnd(String s, int from) {
    int i = from;
    while (i < s.length() && !isNameEnd(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNameEnd(char c) {
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ' || c == '/' || c == '>';
  }

  private static boolean isSpace(char c) {
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
  }

  /** The index after the {@code >} that ends a tag whose attributes start at {@code from}; -1 at the end of input. */
  private static int tagEnd(String s, int from) {
    int n = s.length();
    int i = from;
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c) || c == '/') {
        i++;
        continue;
      }
      if (c == '>') {
        return i + 1;
      }
      // an attribute name (its first character may be '='), then an optional value
      i++;
      while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>' && s.charAt(i) != '=') {
        i++;
      }
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i < n && s.charAt(i) == '=') {
        i++;
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
          int close = s.indexOf(s.charAt(i), i + 1);
          if (close < 0) {
            return -1;
          }
          i = close + 1;
        } else {
          while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
            i++;
          }
        }
      }
    }
    return -1;
  }

  /** After the start tag of a raw-text element, the index of its end tag; else {@code from}. */
  private static int rawTextEnd(String s, String name, int from) {
    boolean raw = false;
    for (String r : RAW_TEXT) {
      if (r.equals(name)) {
        raw = true;
        break;
      }
    }
    if (!raw && !name.equals("plaintext")) {
      return from;
    }
    if (name.equals("plaintext")) {
      return s.length();
    }
    int i = from;
    while ((i = s.indexOf("</", i)) >= 0) {
      int end = i + 2 + name.length();
      if (s.regionMatches(true, i + 2, name, 0, name.length())
          && (end == s.length() || isNameEnd(s.charAt(end)))) {
        return i;
      }
      i += 2;
    }
    return s.length();
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}

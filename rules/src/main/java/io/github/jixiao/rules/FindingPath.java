package io.github.jixiao.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stable path to a place in a form, such as {@code funds.budgetCompletionRate}, {@code mainTasks[3].amount} or
 * {@code keyProjects[0].indicators[6].actual}: property names of the model's records, and zero-based list indexes.
 *
 * <p>{@link #toString()} gives that text and {@link #parse(CharSequence)} reads it back to an equal path. The
 * {@linkplain #root() root} (the form itself) prints as the empty string.
 *
 * <p>Paths are built from a parent with {@link #property(String)} and {@link #index(int)}. Children are memoised, so
 * a rule that asks for {@code mainTasks[3].amount} on every audit gets the same instance and allocates nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FindingPath implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int INDEX_CACHE = 64;
  /** How many property children of one path are memoised. */
  private static final int PROPERTY_CACHE = 16;
  private static final FindingPath ROOT = new FindingPath(null, null, -1, 0);

  private final @Nullable FindingPath parent;
  /** The property name, or null for an index node and for the root. */
  private final @Nullable String name;
  /** The index, or -1 for a property node and for the root. */
  private final int index;
  private final int depth;
  private transient volatile @Nullable FindingPath @Nullable [] indexChildren;
  /**
   * Memoised property children: an open-addressing table of {@code [name, child]} pairs at the slot of the name's
   * hash, at most half full; replaced, never changed, when a child is added.
   */
  private transient volatile Object @Nullable [] propertyChildren;

  private FindingPath(@Nullable FindingPath parent, @Nullable String name, int index, int depth) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.depth = depth;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the root path: the form itself, printed as the empty string.
   *
   * @return the root, never null
   */
  public static FindingPath root() {
    return ROOT;
  }

  /**
   * Returns the path of a property of the form, such as {@code of("funds")}; {@code of("funds.actualExpenditure")}
   * is parsed.
   *
   * @param path a property name or a path in the text form, not null
   * @return the path, never null
   * @throws IllegalArgumentException if the text is not a path
   */
  public static FindingPath of(String path) {
    return parse(path);
  }

  /**
   * Parses the text form: property names joined by dots, each optionally followed by {@code [n]} indexes.
   *
   * @param text the text, such as {@code mainTasks[3].amount}, not null; empty for the root
   * @return the path, never null
   * @throws IllegalArgumentException if the text is not a path; the message says at which character
   */
  public static FindingPath parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    FindingPath p = ROOT;
    int i = 0;
    int n = s.length();
    while (i < n) {
      int start = i;
      while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
        i++;
      }
      if (i == start || !Character.isJavaIdentifierStart(s.charAt(start))) {
        throw new IllegalArgumentException("not a path: \"" + s + "\": property name expected at character " + start);
      }
      p = p.property(s.substring(start, i));
      while (i < n && s.charAt(i) == '[') {
        int close = s.indexOf(']', i);
        if (close < 0 || close == i + 1) {
          throw new IllegalArgumentException("not a path: \"" + s + "\": index expected at character " + (i + 1));
        }
        int value = 0;
        for (int k = i + 1; k < close; k++) {
          char c = s.charAt(k);
          if (c < '0' || c > '9' || value > (Integer.MAX_VALUE - 9) / 10) {
            throw new IllegalArgumentException("not a path: \"" + s + "\": bad index at character " + k);
          }
          value = value * 10 + (c - '0');
        }
        p = p.index(value);
        i = close + 1;
      }
      if (i < n) {
        if (s.charAt(i) != '.' || i == n - 1) {
          throw new IllegalArgumentException("not a path: \"" + s + "\": '.' expected at character " + i);
        }
        i++;
      }
    }
    return p;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the path of a property below this one, such as {@code funds} → {@code funds.actualExpenditure}.
   *
   * @param property the record component name, a Java identifier, not null
   * @return the child path, never null
   * @throws IllegalArgumentException if the name is not a Java identifier
   */
  public FindingPath property(String property) {
    // kept small enough to be inlined: the rules pass string literals, which identity finds at their hash's slot
    Object[] table = propertyChildren;
    if (table != null && property != null) {
      int mask = (table.length >> 1) - 1;
      int h = property.hashCode();
      for (int i = (h ^ h >>> 16) & mask; ; i = (i + 1) & mask) {
        Object name = table[i << 1];
        if (name == property) {
          return (FindingPath) table[(i << 1) + 1];
        }
        if (name == null) {
          break;
        }
      }
    }
    return propertyByName(property);
  }

  /** The child found by comparing names, or created, and memoised while fewer than {@link #PROPERTY_CACHE} are. */
  private FindingPath propertyByName(String property) {
    Objects.requireNonNull(property, "property");
    Object[] table = propertyChildren;
    int count = 0;
    if (table != null) {
      for (int i = 0; i < table.length; i += 2) {
        if (table[i] != null) {
          if (property.equals(table[i])) {
            return (FindingPath) table[i + 1];
          }
          count++;
        }
      }
    }
    requireIdentifier(property);
    FindingPath child = new FindingPath(this, property, -1, depth + 1);
    if (count < PROPERTY_CACHE) {
      // copy on write, at most half full so that a probe always ends at an empty slot
      int pairs = 4;
      while (pairs < 2 * (count + 1)) {
        pairs <<= 1;
      }
      Object[] grown = new Object[2 * pairs];
      if (table != null) {
        for (int i = 0; i < table.length; i += 2) {
          if (table[i] != null) {
            insert(grown, (String) table[i], table[i + 1]);
          }
        }
      }
      insert(grown, property, child);
      propertyChildren = grown;
    }
    return child;
  }

  private static void insert(Object[] table, String name, Object child) {
    int mask = (table.length >> 1) - 1;
    int h = name.hashCode();
    int i = (h ^ h >>> 16) & mask;
    while (table[i << 1] != null) {
      i = (i + 1) & mask;
    }
    table[i << 1] = name;
    table[(i << 1) + 1] = child;
  }

  /**
   * Returns the path of a list element below this one, such as {@code mainTasks} → {@code mainTasks[3]}.
   *
   * @param index the zero-based index, 0 or more
   * @return the child path, never null
   * @throws IllegalArgumentException if the index is negative or this is the root
   */
  public FindingPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index (" + index + ") must be 0 or more");
    }
    if (this == ROOT) {
      throw new IllegalArgumentException("the root has no index");
    }
    if (index >= INDEX_CACHE) {
      return new FindingPath(this, null, index, depth + 1);
    }
    FindingPath[] cache = indexChildren;
    if (cache == null) {
      cache = new FindingPath[INDEX_CACHE];
      indexChildren = cache;
    }
    FindingPath child = cache[index];
    if (child == null) {
      child = new FindingPath(this, null, index, depth + 1);
      cache[index] = child;
    }
    return child;
  }

  /**
   * Returns this path followed by a path relative to it: {@code keyProjects[0]} resolving
   * {@code indicators[6].actual} gives {@code keyProjects[0].indicators[6].actual}.
   *
   * @param relative the path relative to this one, not null
   * @return the combined path, never null
   */
  public FindingPath resolve(FindingPath relative) {
    Objects.requireNonNull(relative, "relative");
    if (this == ROOT) {
      return relative;
    }
    if (relative == ROOT) {
      return this;
    }
    FindingPath base = resolve(Objects.requireNonNull(relative.parent));
    return relative.name != null ? base.property(relative.name) : base.index(relative.index);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns true if this is the root path (the form itself).
   *
   * @return whether root
   */
  public boolean isRoot() {
    return this == ROOT || depth == 0;
  }

  /**
   * Returns the parent path.
   *
   * @return the parent, or null for the root
   */
  public @Nullable FindingPath parent() {
    return parent;
  }

  /**
   * Returns the property name of the last element.
   *
   * @return the name, or null when the last element is an index or this is the root
   */
  public @Nullable String propertyName() {
    return name;
  }

  /**
   * Returns the index of the last element.
   *
   * @return the index, or -1 when the last element is a property or this is the root
   */
  public int indexValue() {
    return index;
  }

  /**
   * Returns the elements from the first to this one, root excluded: {@code mainTasks[3].amount} gives
   * {@code mainTasks}, {@code mainTasks[3]}, {@code mainTasks[3].amount}.
   *
   * @return the elements, unmodifiable, never null
   */
  public List<FindingPath> elements() {
    List<FindingPath> list = new ArrayList<>(depth);
    for (FindingPath p = this; p != null && p.depth > 0; p = p.parent) {
      list.add(p);
    }
    Collections.reverse(list);
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns true if this path equals {@code other} or lies below it.
   *
   * @param other the other path, not null
   * @return whether this path starts with the other
   */
  public boolean startsWith(FindingPath other) {
    Objects.requireNonNull(other, "other");
    FindingPath p = this;
    while (p != null && p.depth > other.depth) {
      p = p.parent;
    }
    return other.equals(p);
  }

  private static void requireIdentifier(String s) {
    boolean ok = !s.isEmpty() && Character.isJavaIdentifierStart(s.charAt(0));
    for (int i = 1; ok && i < s.length(); i++) {
      ok = Character.isJavaIdentifierPart(s.charAt(i));
    }
    if (!ok) {
      throw new IllegalArgumentException("property (" + s + ") must be a Java identifier");
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether two paths name the same place.
   *
   * @param obj the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof FindingPath)) {
      return false;
    }
    FindingPath a = this;
    FindingPath b = (FindingPath) obj;
    if (a.depth != b.depth) {
      return false;
    }
    while (a != null && b != null && a != b) {
      if (a.index != b.index || !Objects.equals(a.name, b.name)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (FindingPath p = this; p != null && p.depth > 0; p = p.parent) {
      h = h * 31 + (p.name != null ? p.name.hashCode() : p.index + 1);
    }
    return h;
  }

  /**
   * Returns the text form, such as {@code mainTasks[3].amount}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the text, empty for the root, never null
   */
  @Override
  public String toString() {
    if (depth == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(depth * 12);
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent != null && parent.depth > 0) {
      parent.append(sb);
    }
    if (name != null) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(name);
    } else {
      sb.append('[').append(index).append(']');
    }
  }

  private Object readResolve() {
    return depth == 0 ? ROOT : this;
  }
}

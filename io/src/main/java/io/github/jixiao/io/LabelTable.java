package io.github.jixiao.io;

import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The table of label synonyms the {@link FormReader} recognises (标签同义词表): for each {@link FormField}, the
 * labels under which published forms print it.
 *
 * <p>Matching is tolerant: a printed label is first brought to its canonical key (NFKC, so full-width forms fold;
 * traditional characters mapped to simplified; white space removed, so {@code 任务涉 及} matches {@code 任务涉及};
 * markup such as {@code <p>} removed; a leading ordinal and trailing colons dropped). The key matches a synonym
 * exactly, or after dropping a parenthesised suffix ({@code 年初预算数(A)}, {@code 项目资金(万元)}), a leading
 * {@code 其中:}, or an inline value after a colon ({@code 填报日期:2022年2月3日}).
 *
 * <p>Users can extend the table with the synonyms of their region: {@code LabelTable.standard().withSynonym(
 * FormField.TARGET_COLUMN, "年度目标值")}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelTable {
  private static final Pattern UNIT = Pattern.compile("^(?:金额)?单位:(元|千元|万元|亿元)$");
  private static final Pattern SUFFIX = Pattern.compile("^(.+?)\\(([^()]{1,20})\\)$");
  private static final int MAX_TITLE_PREFIX = 24;
  /** Cells longer than this are no label (they may still start with one before a colon). */
  private static final int MAX_LABEL_CHARS = 120;
  /** Cells longer than this, without a colon, are no label: no key is computed for them. */
  private static final int MAX_KEYED_CHARS = 60;
  private static final LabelTable STANDARD = new LabelTable(defaults());

  private final Map<FormField, List<String>> synonyms;
  private final Map<String, FormField> byKey;
  private final int size;
  private final Trie trie;
  private final List<String> titleKeys;
  private final List<FormField> titleFields;

  private LabelTable(Map<FormField, List<String>> synonyms) {
    this.synonyms = synonyms;
    Map<String, FormField> keys = new HashMap<>();
    int n = 0;
    Trie t = new Trie();
    for (Map.Entry<FormField, List<String>> e : synonyms.entrySet()) {
      for (String s : e.getValue()) {
        String key = LabelKey.of(s);
        FormField previous = keys.putIfAbsent(key, e.getKey());
        if (previous != null && previous != e.getKey()) {
          throw new IllegalArgumentException("synonym \"" + s + "\" of " + e.getKey() + " is already a synonym of "
              + previous);
        }
        n++;
        if (key.length() >= 4 && e.getKey() != FormField.AMOUNT_UNIT) {
          t.add(key, e.getKey());
        }
      }
    }
    this.byKey = keys;
    this.size = n;
    this.trie = t;
    List<String> tk = new ArrayList<>();
    List<FormField> tf = new ArrayList<>();
    for (FormField title : new FormField[] {FormField.DEPARTMENT_TITLE, FormField.PROJECT_TITLE}) {
      for (String syn : synonyms.get(title)) {
        tk.add(LabelKey.of(syn));
        tf.add(title);
      }
    }
    this.titleKeys = List.copyOf(tk);
    this.titleFields = List.copyOf(tf);
  }

  private static Map<FormField, List<String>> defaults() {
    Map<FormField, List<String>> map = new EnumMap<>(FormField.class);
    for (FormField f : FormField.values()) {
      map.put(f, f.synonyms());
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the built-in table.
   *
   * @return the table, never null
   */
  public static LabelTable standard() {
    return STANDARD;
  }

  /**
   * Returns a table with one more synonym for a field.
   *
   * @param field the field, not null
   * @param label the label as printed, not blank
   * @return the new table, never null
   * @throws IllegalArgumentException if the label is blank or already a synonym of another field
   */
  public LabelTable withSynonym(FormField field, String label) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(label, "label");
    if (LabelKey.of(label).isEmpty()) {
      throw new IllegalArgumentException("label must not be blank");
    }
    Map<FormField, List<String>> map = new EnumMap<>(synonyms);
    List<String> list = new ArrayList<>(map.get(field));
    list.add(label);
    map.put(field, List.copyOf(list));
    return new LabelTable(Collections.unmodifiableMap(map));
  }

  /**
   * Returns the number of synonyms in the table, over all fields.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the synonyms of a field.
   *
   * @param field the field, not null
   * @return the synonyms, unmodifiable, never null
   */
  public List<String> synonyms(FormField field) {
    return synonyms.get(Objects.requireNonNull(field, "field"));
  }

  /**
   * Finds the field a printed label introduces, with the tolerance described in the class documentation.
   *
   * @param printed the label as printed, such as {@code 年初预算数(A)} or {@code 任务涉 及}, not null
   * @return the field, or empty if the text is no label of this table
   */
  public Optional<FormField> lookup(String printed) {
    Match m = match(Objects.requireNonNull(printed, "printed"));
    return m == null ? Optional.empty() : Optional.of(m.field());
  }

  //-----------------------------------------------------------------------
  /** A label found in a cell: the field, a parenthesised suffix, an inline value after a colon, a title prefix. */
  record Match(FormField field, @Nullable String suffix, @Nullable String inline, @Nullable String prefix) {}

  /** Matches a cell, using its cached key. */
  @Nullable Match match(Cell cell) {
    String printed = cell.text;
    if (printed.indexOf(':') >= 0 || printed.indexOf('：') >= 0) {
      return match(printed);
    }
    if (printed.length() > MAX_KEYED_CHARS) {
      return null;
    }
    String key = cell.key();
    if (key.isEmpty() || key.length() > 80) {
      return null;
    }
    return matchKey(key);
  }

  @Nullable Match match(String printed) {
    if (printed.length() > MAX_LABEL_CHARS) {
      int colon = printed.indexOf(':');
      int wide = printed.indexOf('：');
      colon = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
      if (colon <= 0 || colon > 40) {
        return null;
      }
      Match left = matchKey(LabelKey.of(printed.substring(0, colon)));
      return left != null && left.inline() == null && left.field().kind().takesValue()
          ? new Match(left.field(), left.suffix(), printed.substring(colon + 1).strip(), null) : null;
    }
    String key = LabelKey.of(printed);
    if (key.isEmpty() || key.length() > 80) {
      return null;
    }
    Match m = matchKey(key);
    if (m != null) {
      return m;
    }
    int colon = printed.indexOf(':') >= 0 ? printed.indexOf(':') : printed.indexOf('：');
    if (colon > 0 && colon < printed.length() - 1) {
      Match left = matchKey(LabelKey.of(printed.substring(0, colon)));
      if (left != null && left.inline() == null && left.field().kind().takesValue()) {
        return new Match(left.field(), left.suffix(), printed.substring(colon + 1).strip(), null);
      }
    }
    return null;
  }

  private @Nullable Match matchKey(String key) {
    if (key.isEmpty()) {
      return null;
    }
    if (key.startsWith("单位:") || key.startsWith("金额单位:")) {
      Matcher unit = UNIT.matcher(key);
      if (unit.matches()) {
        return new Match(FormField.AMOUNT_UNIT, null, unit.group(1), null);
      }
    }
    FormField f = byKey.get(key);
    if (f != null) {
      return new Match(f, null, null, null);
    }
    String base = key;
    String suffix = null;
    Matcher s = key.endsWith(")") ? SUFFIX.matcher(key) : null;
    if (s != null && s.matches()) {
      base = s.group(1);
      suffix = s.group(2);
      f = byKey.get(base);
      if (f != null) {
        return new Match(f, suffix, null, null);
      }
    }
    if (base.startsWith("其中")) {
      String rest = base.substring(base.startsWith("其中:") ? 3 : 2);
      f = byKey.get(rest);
      if (f != null) {
        return new Match(f, suffix, null, null);
      }
    }
    for (int i = 0; i < titleKeys.size(); i++) {
      String k = titleKeys.get(i);
      if (base.endsWith(k) && base.length() - k.length() <= MAX_TITLE_PREFIX && base.length() > k.length()) {
        return new Match(titleFields.get(i), suffix, null, base.substring(0, base.length() - k.length()));
      }
    }
    return null;
  }

  /** Returns true if the printed text is a label of this table or a category label (产出指标, 数量指标 …). */
  boolean isLabelOrCategory(String printed) {
    return match(printed) != null || isCategory(printed);
  }

  static boolean isCategory(String printed) {
    if (printed.length() > 60) {
      return false;
    }
    return isCategoryKey(LabelKey.of(printed));
  }

  static boolean isCategory(Cell cell) {
    return cell.text.length() <= 60 && isCategoryKey(cell.key());
  }

  private static boolean isCategoryKey(String key) {
    if (key.isEmpty() || key.length() > 20) {
      return false;
    }
    Boolean known = CATEGORY_MEMO.get(key);
    if (known == null) {
      known = IndicatorLevel1.fromLabel(key).isPresent() || IndicatorLevel2.fromLabel(key).isPresent();
      if (CATEGORY_MEMO.size() < MAX_MEMO) {
        CATEGORY_MEMO.put(key, known);
      }
    }
    return known;
  }

  /** Remembers which short keys name a category; bounded, so hostile input cannot grow it without limit. */
  private static final Map<String, Boolean> CATEGORY_MEMO = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_MEMO = 20_000;

  Trie trie() {
    return trie;
  }

  /** A character trie over the label keys of at least four characters, for finding labels inside run-on text. */
  static final class Trie {
    private final Map<Character, Trie> next = new HashMap<>();
    private @Nullable FormField field;

    void add(String key, FormField f) {
      Trie t = this;
      for (int i = 0; i < key.length(); i++) {
        t = t.next.computeIfAbsent(key.charAt(i), c -> new Trie());
      }
      if (t.field == null) {
        t.field = f;
      }
    }

    /** Returns the end of the longest label starting at {@code from} in {@code s}, or -1. */
    int longest(CharSequence s, int from) {
      Trie t = this;
      int best = -1;
      for (int i = from; i < s.length(); i++) {
        t = t.next.get(s.charAt(i));
        if (t == null) {
          break;
        }
        if (t.field != null) {
          best = i + 1;
        }
      }
      return best;
    }
  }
}

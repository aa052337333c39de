package io.github.jixiao.rules;

/**
 * Allocation-free text comparisons for the goal and narrative rules: normalised equality (white space ignored,
 * full-width ASCII folded, trailing punctuation dropped) and its hash, bigram similarity and shared passages. The
 * goal↔task matching built on them is {@link GoalMatching}.
 */
final class TextMatch {

  private TextMatch() {}

  static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    return c == '\u3000' ? ' ' : c;
  }

  static boolean isSpace(char c) {
    if (c <= '\u007F') {
      return c == ' ' || (c <= '\r' && c >= '\t');
    }
    // Character.isWhitespace above U+007F, and the no-break space: listed rather than looked up, the first look-up of
    // a Unicode property costing milliseconds (the JDK then builds its tables); none above U+3000
    return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A' && c != '\u2007') || c == '\u2028'
        || c == '\u2029' || c == '\u205F' || c == '\u3000';
  }

  /** Punctuation that separates clauses: ，,；;、。：:！!？? and white space. */
  static boolean isClauseBreak(char c) {
    if (c >= '\u4E00' && c <= '\u9FFF') {
      return false; // CJK ideographs, most of the text
    }
    switch (c) {
      case '，': case ',': case '；': case ';': case '、': case '。': case '：': case ':': case '！': case '!':
      case '？': case '?':
        return true;
      default:
        return isSpace(c);
    }
  }

  /** Punctuation dropped at the end of a text: 。，,.；;！!？?、：: and white space. */
  static boolean isTrailing(char c) {
    return c == '.' || isClauseBreak(c);
  }

  /** End of the region once trailing white space and punctuation are dropped. */
  static int trimmedEnd(String s, int start, int end) {
    while (end > start && isTrailing(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Equality after normalisation of both regions. */
  static boolean sameNormalized(String a, int as, int ae, String b, int bs, int be) {
    ae = trimmedEnd(a, as, ae);
    be = trimmedEnd(b, bs, be);
    if (ae - as == be - bs && a.regionMatches(as, b, bs, ae - as)) {
      return true; // the same characters: the common case of a text repeated as it was, compared without folding
    }
    int i = as;
    int j = bs;
    while (true) {
      while (i < ae && isSpace(a.charAt(i))) {
        i++;
      }
      while (j < be && isSpace(b.charAt(j))) {
        j++;
      }
      if (i == ae || j == be) {
        return i == ae && j == be;
      }
      if (fold(a.charAt(i)) != fold(b.charAt(j))) {
        return false;
      }
      i++;
      j++;
    }
  }

  /**
   * A key of the normalised text in one pass: in the low 32 bits a hash, equal for texts that are
   * {@link #sameNormalized(String, String) the same} (31-hash of the folded non-space characters up to the trimmed
   * end), and bit 32 set when the text has a significant character once normalised.
   */
  static long normalizedKey(String s) {
    int h = 0;
    int trimmed = 0;
    boolean significant = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        continue;
      }
      h = 31 * h + fold(c);
      if (!isTrailing(c)) {
        trimmed = h; // the hash up to here, should the rest be trailing punctuation
        significant = true;
      }
    }
    return (significant ? 1L << 32 : 0L) | (trimmed & 0xFFFF_FFFFL);
  }

  /**
   * A key of the normalised text read at its two ends, without scanning it: the folded first character that is not
   * white space and the folded last character before the trailing punctuation, or 0 when the normalised text is
   * empty. Texts that are {@link #sameNormalized(String, String) the same} have the same key (their normalised
   * forms start and end alike); the converse does not hold.
   */
  static int endsKey(String s) {
    int end = trimmedEnd(s, 0, s.length());
    if (end == 0) {
      return 0;
    }
    int start = 0;
    while (isSpace(s.charAt(start))) {
      start++; // stops before end: the character at end - 1 is not trailing, so not white space
    }
    return (fold(s.charAt(start)) << 16 | fold(s.charAt(end - 1))) | 1 << 31;
  }

  static boolean sameNormalized(String a, String b) {
    return sameNormalized(a, 0, a.length(), b, 0, b.length());
  }

  /** Per-thread scratch for {@link #dice}: an open-addressing set of bigrams, entries stamped with a generation. */
  private static final int TABLE = 256;
  private static final ThreadLocal<long[]> SCRATCH = new ThreadLocal<>() {
    @Override
    protected long[] initialValue() {
      return new long[TABLE + 1];
    }
  };
  private static final int MAX_HASHED = 96;

  /**
   * Dice coefficient of the character bigrams of two regions (each bigram of one region counts when it occurs in the
   * other, symmetric): {@code (ma + mb) / (na + nb)}. Short regions use a per-thread hash set (linear time, no
   * allocation after the first call on a thread); long ones a direct search.
   */
  static double dice(String a, int as, int ae, String b, int bs, int be) {
    int na = Math.max(0, ae - as - 1);
    int nb = Math.max(0, be - bs - 1);
    if (na == 0 || nb == 0) {
      return 0;
    }
    if (na > MAX_HASHED || nb > MAX_HASHED) {
      return diceBySearch(a, as, ae, b, bs, be, na, nb);
    }
    long[] table = SCRATCH.get();
    long gen = nextGeneration(table);
    fill(table, gen, b, bs, be);
    int ma = 0;
    for (int i = as; i < ae - 1; i++) {
      if (contains(table, gen, pack(a.charAt(i), a.charAt(i + 1)))) {
        ma++;
      }
    }
    gen = nextGeneration(table);
    fill(table, gen, a, as, ae);
    int mb = 0;
    for (int j = bs; j < be - 1; j++) {
      if (contains(table, gen, pack(b.charAt(j), b.charAt(j + 1)))) {
        mb++;
      }
    }
    return (double) (ma + mb) / (na + nb);
  }

  /** A fresh generation stamp (never 0, so that empty slots never match); the table is cleared on wrap-around. */
  private static long nextGeneration(long[] table) {
    long counter = table[TABLE] + 1;
    if (counter > 0xFFFF_FFFFL) {
      java.util.Arrays.fill(table, 0L);
      counter = 1;
    }
    table[TABLE] = counter;
    return counter << 32;
  }

  private static int pack(char c1, char c2) {
    return (fold(c1) << 16) | fold(c2);
  }

  private static int slot(int bigram) {
    return (bigram * 0x9E3779B9) >>> 24;
  }

  private static void fill(long[] table, long gen, String s, int start, int end) {
    for (int i = start; i < end - 1; i++) {
      int bigram = pack(s.charAt(i), s.charAt(i + 1));
      int k = slot(bigram);
      while ((table[k] & 0xFFFF_FFFF_0000_0000L) == gen && (int) table[k] != bigram) {
        k = (k + 1) & (TABLE - 1);
      }
      table[k] = gen | (bigram & 0xFFFF_FFFFL);
    }
  }

  private static boolean contains(long[] table, long gen, int bigram) {
    int k = slot(bigram);
    while ((table[k] & 0xFFFF_FFFF_0000_0000L) == gen) {
      if ((int) table[k] == bigram) {
        return true;
      }
      k = (k + 1) & (TABLE - 1);
    }
    return false;
  }

  private static double diceBySearch(String a, int as, int ae, String b, int bs, int be, int na, int nb) {
    int ma = 0;
    for (int i = as; i < ae - 1; i++) {
      if (containsBigram(b, bs, be, fold(a.charAt(i)), fold(a.charAt(i + 1)))) {
        ma++;
      }
    }
    int mb = 0;
    for (int j = bs; j < be - 1; j++) {
      if (containsBigram(a, as, ae, fold(b.charAt(j)), fold(b.charAt(j + 1)))) {
        mb++;
      }
    }
    return (double) (ma + mb) / (na + nb);
  }

  private static boolean containsBigram(String s, int start, int end, char c1, char c2) {
    if (c1 > '\u007E') {
      // no other character folds to c1 (Chinese text): an intrinsic search for it is exhaustive
      for (int i = s.indexOf(c1, start); i >= 0 && i < end - 1; i = s.indexOf(c1, i + 1)) {
        if (fold(s.charAt(i + 1)) == c2) {
          return true;
        }
      }
      return false;
    }
    for (int i = start; i < end - 1; i++) {
      if (fold(s.charAt(i)) == c1 && fold(s.charAt(i + 1)) == c2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true if the two texts share a verbatim passage of at least {@code length} characters. Windows of
   * {@code length / 2} characters of {@code a}, taken every {@code length / 2} characters, are looked up in {@code b}
   * and each hit is extended both ways; any shared passage of {@code length} characters contains such a window.
   */
  static boolean sharesPassage(String a, String b, int length) {
    if (a.length() < length || b.length() < length) {
      return false;
    }
    int half = Math.max(1, length / 2); // a run of length characters holds a window of length / 2 at a multiple of it
    for (int i = 0; i + half <= a.length(); i += half) {
      char first = a.charAt(i);
      int j = b.indexOf(first);
      while (j >= 0 && j + half <= b.length()) {
        if (b.regionMatches(j, a, i, half)) {
          // extend the hit only as far as the answer needs: right, then left, up to length characters in all
          int right = half;
          while (right < length && i + right < a.length() && j + right < b.length()
              && a.charAt(i + right) == b.charAt(j + right)) {
            right++;
          }
          int left = 0;
          while (left + right < length && i - left - 1 >= 0 && j - left - 1 >= 0
              && a.charAt(i - left - 1) == b.charAt(j - left - 1)) {
            left++;
          }
          if (left + right >= length) {
            return true;
          }
        }
        j = b.indexOf(first, j + 1);
      }
    }
    return false;
  }
}

package io.github.jixiao.rules;

/**
 * The goal↔task matching of DW-G-02 and DW-G-03 written pair by pair, straight from its definition: the reference
 * that {@link GoalMatching} (prepared hashes and bigram sets) and {@link TextMatch#normalizedKey} (one pass) are
 * checked against.
 */
final class PairwiseMatch {
  private PairwiseMatch() {}

  /** The hash of the normalised text: non-space characters, folded, up to the trimmed end. */
  static int normalizedHash(String s) {
    int end = TextMatch.trimmedEnd(s, 0, s.length());
    int h = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (!TextMatch.isSpace(c)) {
        h = 31 * h + TextMatch.fold(c);
      }
    }
    return h;
  }

  /** Number of significant characters (not white space) in the normalised text. */
  static int normalizedLength(String s) {
    int end = TextMatch.trimmedEnd(s, 0, s.length());
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (!TextMatch.isSpace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** True if the texts match exactly (whole or by clause) or reach the bigram similarity {@code threshold}. */
  static boolean matches(String a, String b, double threshold) {
    return matchesExactly(a, b) || fuzzySimilarity(a, b) >= threshold;
  }

  /** True if the texts, or one clause of each (two characters or more), are the same after normalisation. */
  static boolean matchesExactly(String a, String b) {
    if (TextMatch.sameNormalized(a, b)) {
      return true;
    }
    for (int i = 0; i < a.length(); ) {
      int ie = clauseEnd(a, i);
      for (int j = 0; j < b.length() && ie - i >= 2; ) {
        int je = clauseEnd(b, j);
        if (je - j >= 2 && TextMatch.sameNormalized(a, i, ie, b, j, je)) {
          return true;
        }
        j = je + 1;
      }
      i = ie + 1;
    }
    return false;
  }

  /** The best bigram Dice coefficient of the whole texts and of their clause pairs. */
  static double fuzzySimilarity(String a, String b) {
    double best = TextMatch.dice(a, 0, a.length(), b, 0, b.length());
    for (int i = 0; i < a.length(); ) {
      int ie = clauseEnd(a, i);
      for (int j = 0; j < b.length() && ie - i >= 2; ) {
        int je = clauseEnd(b, j);
        if (je - j >= 2) {
          best = Math.max(best, TextMatch.dice(a, i, ie, b, j, je));
        }
        j = je + 1;
      }
      i = ie + 1;
    }
    return best;
  }

  private static int clauseEnd(String s, int from) {
    int i = from;
    while (i < s.length() && !TextMatch.isClauseBreak(s.charAt(i))) {
      i++;
    }
    return i;
  }
}

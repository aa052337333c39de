package io.github.jixiao.rules;

import io.github.jixiao.core.Goal;
import io.github.jixiao.core.MainTask;
import java.util.Arrays;
import java.util.List;

/**
 * Which tasks match a goal and which goals a task covers, decided once per audit for DW-G-02 and DW-G-03.
 *
 * <p>A task matches a goal when the task's expected goal and the goal's text are equal once normalised
 * ({@link TextMatch#sameNormalized}), or one clause of each is (a clause: a maximal run of characters that are not
 * {@link TextMatch#isClauseBreak breaks}, two or more long), or the bigram Dice coefficient ({@link TextMatch#dice})
 * of the whole texts or of a clause pair reaches the threshold. Decided pair by pair that is slow; here every text
 * is cut into clauses once (in a per-thread buffer, so the audit of a clean form allocates only the two answer
 * arrays), each region keyed by its ends so that only regions with equal keys are compared, bigrams given ids once
 * and a region's bigram set filled when a pair first needs it, Dice coefficients found by counting the common bits of
 * two sets, and a pair is decided only while its task is unmatched or its goal uncovered.
 */
final class GoalMatching {
  /** Per task: matched by at least one goal. */
  final boolean[] taskMatched;
  /** Per goal: covered by at least one task. */
  final boolean[] goalCovered;

  private final List<Goal> goals;
  private final List<MainTask> tasks;
  private final double threshold;

  private GoalMatching(List<Goal> goals, List<MainTask> tasks, double threshold) {
    this.goals = goals;
    this.tasks = tasks;
    this.threshold = threshold;
    this.taskMatched = new boolean[tasks.size()];
    this.goalCovered = new boolean[goals.size()];
  }

  /** True if this answer was computed for the same lists and threshold. */
  boolean isFor(List<Goal> goals, List<MainTask> tasks, double threshold) {
    return this.goals == goals && this.tasks == tasks && Double.compare(this.threshold, threshold) == 0;
  }

  /**
   * Decides the relation for the lists, reusing the context's answer when one rule already asked.
   *
   * @param ctx the audit's context, whose memo holds the answer
   */
  static GoalMatching of(List<Goal> goals, List<MainTask> tasks, double threshold, AuditContext ctx) {
    GoalMatching known = ctx.goalMatching;
    if (known != null && known.isFor(goals, tasks, threshold)) {
      return known;
    }
    GoalMatching m = compute(goals, tasks, threshold);
    ctx.goalMatching = m;
    return m;
  }

  static GoalMatching compute(List<Goal> goals, List<MainTask> tasks, double threshold) {
    GoalMatching m = new GoalMatching(goals, tasks, threshold);
    int nt = tasks.size();
    int ng = goals.size();
    if (nt == 0 || ng == 0) {
      return m;
    }
    Texts t = Texts.SCRATCH.get();
    t.reset(nt + ng);
    try {
      for (int i = 0; i < nt; i++) {
        t.add(tasks.get(i).expectedGoal());
      }
      for (int g = 0; g < ng; g++) {
        t.add(goals.get(g).text());
      }
      decide(m, t, nt, ng, threshold);
    } finally {
      t.release();
    }
    return m;
  }

  /** Exact matches first (hash comparisons); bigram sets are built only if a pair is left for the fuzzy pass. */
  private static void decide(GoalMatching m, Texts t, int nt, int ng, double threshold) {
    int unmatched = nt;
    int uncovered = ng;
    boolean bySets = false;
    for (int pass = 0; pass < 2 && (unmatched > 0 || uncovered > 0); pass++) {
      if (pass == 1) {
        bySets = t.buildSets();
      }
      for (int i = 0; i < nt; i++) {
        for (int g = 0; g < ng; g++) {
          if (m.taskMatched[i] && m.goalCovered[g]) {
            continue;
          }
          boolean hit = pass == 0 ? t.exact(i, nt + g) : t.fuzzy(i, nt + g, threshold, bySets);
          if (hit) {
            if (!m.taskMatched[i]) {
              m.taskMatched[i] = true;
              unmatched--;
            }
            if (!m.goalCovered[g]) {
              m.goalCovered[g] = true;
              uncovered--;
            }
          }
        }
      }
    }
  }

  /**
   * The prepared texts of one computation: per text, its whole region and its clause regions (maximal runs of
   * non-break characters, at least two long), each with its key (see {@code HASH}) and the set of its bigrams.
   *
   * <p>Every distinct bigram of the computation gets a small id; a region's bigrams are a bit set over the ids. When
   * no bigram repeats within either region, the Dice coefficient is {@code 2·|A ∩ B| / (na + nb)}, a few
   * {@code popcount}s; otherwise each position's bigram is tested against the other region's set. When the texts
   * hold more than {@link #MAX_IDS} distinct bigrams, the sets would cost more than they save and
   * {@link TextMatch#dice} decides each pair.
   */
  static final class Texts {
    /** A subclass, not a lambda: no invokedynamic bootstrap on the first audit of a JVM. */
    static final ThreadLocal<Texts> SCRATCH = new ThreadLocal<>() {
      @Override
      protected Texts initialValue() {
        return new Texts();
      }
    };

    static final int MAX_IDS = 512;

    /**
     * Fields per region in {@link #regions}; {@code HASH} is a key equal for regions that are the same once
     * normalised: {@link TextMatch#endsKey} for a whole text, see {@link #addClause} for a clause.
     */
    private static final int TEXT = 0;
    private static final int START = 1;
    private static final int END = 2;
    private static final int HASH = 3;
    /** 1 if a bigram occurs twice in the region, 0 if not, {@link #UNFILLED} before its set is filled. */
    private static final int REPEATS = 4;
    private static final int UNFILLED = -1;
    private static final int WIDTH = 5;

    private String[] strings = new String[16];
    /** Per text: index of its whole region; its clause regions follow up to the next text's. */
    private int[] firstRegion = new int[17];
    /** Per text: one bit per clause, {@code 1 << hash}: texts with no bit in common have no clause in common. */
    private long[] clauseBits = new long[16];
    /** Per text: where its characters' bigram ids start in {@link #ids}. */
    private int[] firstPosition = new int[17];
    private int[] regions = new int[64 * WIDTH];
    /** The characters of every text, one after the other. */
    private char[] chars = new char[512];
    /** Per position of {@link #chars}: the id of the bigram starting there (a text's last slot is unused). */
    private int[] ids = new int[512];
    /**
     * Open-addressing map from packed bigram to id: per slot the generation (22 bits), the id (10 bits) and the
     * bigram (32 bits); a slot of another generation is empty, so nothing is cleared between computations.
     */
    private final long[] table = new long[2 * MAX_IDS];
    private static final long STAMP_MASK = -1L << 42;
    private static final int ID_MASK = (1 << 10) - 1;
    private static final int GENERATIONS = 1 << 22;
    private int generation;
    /** Per region: {@link #words} longs of its bigram set. */
    private long[] sets = new long[64 * (MAX_IDS / 64)];
    private int words;
    private int textCount;
    private int regionCount;
    private int positionCount;
    private int idCount;

    void reset(int texts) {
      if (strings.length < texts) {
        strings = new String[texts];
        clauseBits = new long[texts];
        firstRegion = new int[texts + 1];
        firstPosition = new int[texts + 1];
      }
      textCount = 0;
      regionCount = 0;
      positionCount = 0;
      idCount = 0;
      if (++generation == GENERATIONS) {
        Arrays.fill(table, 0L);
        generation = 1;
      }
    }

    /**
     * Lets go of the texts, so that the buffer does not keep a form alive, and of buffers grown for unusually long
     * texts, so that a pool thread does not keep them.
     */
    void release() {
      Arrays.fill(strings, 0, textCount, null);
      textCount = 0;
      if (chars.length > KEEP) {
        chars = new char[512];
        ids = new int[512];
      }
      if (regions.length > KEEP || sets.length > KEEP) {
        regions = new int[64 * WIDTH];
        sets = new long[64 * (MAX_IDS / 64)];
      }
    }

    /** Buffers larger than this many elements are dropped after use. */
    private static final int KEEP = 1 << 16;

    void add(String s) {
      int n = s.length();
      if (positionCount + n > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, positionCount + n));
      }
      s.getChars(0, n, chars, positionCount);
      int base = positionCount;
      strings[textCount] = s;
      firstRegion[textCount] = regionCount;
      firstPosition[textCount] = base;
      int whole = addRegion(0, n);
      // one pass to cut the clauses; each region's key is read at its ends (see HASH), not hashed char by char
      long bits = 0;
      int clauseStart = -1;
      for (int i = 0; i < n; i++) {
        if (TextMatch.isClauseBreak(chars[base + i])) {
          if (clauseStart >= 0 && i - clauseStart >= 2) {
            bits |= addClause(base, clauseStart, i);
          }
          clauseStart = -1;
        } else if (clauseStart < 0) {
          clauseStart = i;
        }
      }
      if (clauseStart >= 0 && n - clauseStart >= 2) {
        bits |= addClause(base, clauseStart, n);
      }
      regions[whole + HASH] = TextMatch.endsKey(s);
      clauseBits[textCount] = bits;
      positionCount += n;
      textCount++;
      firstRegion[textCount] = regionCount;
      firstPosition[textCount] = positionCount;
    }

    /**
     * Adds a clause of the current text and returns its bit for {@link #clauseBits}. A clause holds no white space and
     * no break, so once normalised it is its characters folded, trailing dots dropped; its key is that length with
     * the first and last of them, equal for clauses that are {@link TextMatch#sameNormalized the same}.
     */
    private long addClause(int base, int start, int end) {
      int last = end;
      while (last > start && chars[base + last - 1] == '.') {
        last--;
      }
      int key = last == start ? 0
          : ((last - start) * 31 + TextMatch.fold(chars[base + start])) * 31 + TextMatch.fold(chars[base + last - 1]);
      int r = addRegion(start, end); // may grow the array: not inside the subscript
      regions[r + HASH] = key;
      return 1L << key;
    }

    /** The bigram's id; past {@link #MAX_IDS} ids the sets are abandoned and the count only marks that. */
    private int id(int bigram) {
      int mask = table.length - 1;
      long stamp = (long) generation << 42;
      int k = (bigram * 0x9E3779B9) >>> 22 & mask;
      long entry;
      while (((entry = table[k]) & STAMP_MASK) == stamp) {
        if ((int) entry == bigram) {
          return (int) (entry >>> 32) & ID_MASK;
        }
        k = (k + 1) & mask;
      }
      if (idCount == MAX_IDS) {
        idCount++;
        return 0;
      }
      table[k] = stamp | (long) idCount << 32 | (bigram & 0xFFFF_FFFFL);
      return idCount++;
    }

    /** Adds a region of the current text; returns the offset of its fields. */
    private int addRegion(int start, int end) {
      if ((regionCount + 1) * WIDTH > regions.length) {
        regions = Arrays.copyOf(regions, regions.length * 2);
      }
      int r = regionCount * WIDTH;
      regions[r + TEXT] = textCount;
      regions[r + START] = start;
      regions[r + END] = end;
      regions[r + REPEATS] = 0;
      regionCount++;
      return r;
    }

    /**
     * Gives the bigrams their ids, once all texts are added; each region's set is filled when a pair first needs it.
     * False if there are too many bigrams for sets.
     */
    boolean buildSets() {
      if (positionCount > ids.length) {
        ids = new int[Math.max(ids.length * 2, positionCount)];
      }
      if (!assignIds()) {
        return false;
      }
      words = Math.max(1, (idCount + 63) >>> 6);
      if (regionCount * words > sets.length) {
        sets = new long[Math.max(sets.length * 2, regionCount * words)];
      }
      for (int region = 0; region < regionCount; region++) {
        regions[region * WIDTH + REPEATS] = UNFILLED; // filled when a pair first needs it
      }
      return true;
    }

    /** Fills the region's bigram set from the positions' ids, unless done already. */
    private void fill(int region) {
      int r = region * WIDTH;
      if (regions[r + REPEATS] != UNFILLED) {
        return;
      }
      int base = region * words;
      Arrays.fill(sets, base, base + words, 0L);
      int from = firstPosition[regions[r + TEXT]] + regions[r + START];
      int to = firstPosition[regions[r + TEXT]] + regions[r + END] - 1;
      // the bits of a run of ids in one word gather in a register: a text's new bigrams get consecutive ids, and
      // or-ing each into memory would wait on the previous store to the same word
      long bits = 0;
      int word = base;
      for (int p = from; p < to; p++) {
        int id = ids[p];
        int w = base + (id >>> 6);
        if (w != word) {
          sets[word] |= bits;
          word = w;
          bits = 0;
        }
        bits |= 1L << id;
      }
      sets[word] |= bits;
      // a bigram repeats when the set holds fewer bigrams than the region has positions
      int distinct = 0;
      for (int w = base; w < base + words; w++) {
        distinct += Long.bitCount(sets[w]);
      }
      regions[r + REPEATS] = distinct < Math.max(0, to - from) ? 1 : 0;
    }

    /** Gives every position the id of the bigram starting there; false past {@link #MAX_IDS} distinct bigrams. */
    private boolean assignIds() {
      for (int t = 0; t < textCount && idCount <= MAX_IDS; t++) {
        int from = firstPosition[t];
        int to = firstPosition[t + 1] - 1;
        if (from >= to) {
          continue;
        }
        int folded = TextMatch.fold(chars[from]); // each character folded once, as the second of one bigram
        for (int p = from; p < to; p++) {
          int next = TextMatch.fold(chars[p + 1]);
          ids[p] = id(folded << 16 | next);
          folded = next;
        }
      }
      return idCount <= MAX_IDS;
    }

    /** True if texts {@code a} and {@code b}, or one clause of each, are the same once normalised. */
    boolean exact(int a, int b) {
      int ra = firstRegion[a];
      int rb = firstRegion[b];
      if (sameRegion(ra, rb)) {
        return true;
      }
      if ((clauseBits[a] & clauseBits[b]) == 0) {
        return false; // no clause hash in common
      }
      for (int i = ra + 1; i < firstRegion[a + 1]; i++) {
        for (int j = rb + 1; j < firstRegion[b + 1]; j++) {
          if (sameRegion(i, j)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean sameRegion(int ra, int rb) {
      int x = ra * WIDTH;
      int y = rb * WIDTH;
      return regions[x + HASH] == regions[y + HASH]
          && TextMatch.sameNormalized(strings[regions[x + TEXT]], regions[x + START], regions[x + END],
              strings[regions[y + TEXT]], regions[y + START], regions[y + END]);
    }

    /** True if the Dice coefficient of texts {@code a} and {@code b}, or of one clause pair, reaches the threshold. */
    boolean fuzzy(int a, int b, double threshold, boolean bySets) {
      int ra = firstRegion[a];
      int rb = firstRegion[b];
      double whole = dice(ra, rb, bySets);
      if (whole >= threshold) {
        return true;
      }
      if (whole == 0 && threshold > 0) {
        return false; // no bigram in common: a clause of one shares none with a clause of the other
      }
      for (int i = ra + 1; i < firstRegion[a + 1]; i++) {
        for (int j = rb + 1; j < firstRegion[b + 1]; j++) {
          if (dice(i, j, bySets) >= threshold) {
            return true;
          }
        }
      }
      return false;
    }

    /** {@link TextMatch#dice} of two regions. */
    double dice(int ra, int rb, boolean bySets) {
      int x = ra * WIDTH;
      int y = rb * WIDTH;
      int na = Math.max(0, regions[x + END] - regions[x + START] - 1);
      int nb = Math.max(0, regions[y + END] - regions[y + START] - 1);
      if (na == 0 || nb == 0) {
        return 0;
      }
      if (!bySets) {
        return TextMatch.dice(strings[regions[x + TEXT]], regions[x + START], regions[x + END],
            strings[regions[y + TEXT]], regions[y + START], regions[y + END]);
      }
      fill(ra);
      fill(rb);
      int sa = ra * words;
      int sb = rb * words;
      int matched;
      if ((regions[x + REPEATS] | regions[y + REPEATS]) == 0) {
        int shared = 0;
        for (int w = 0; w < words; w++) {
          shared += Long.bitCount(sets[sa + w] & sets[sb + w]);
        }
        matched = 2 * shared;
      } else {
        matched = hits(x, sb) + hits(y, sa);
      }
      return (double) matched / (na + nb);
    }

    /** How many positions of the region at {@code r} start a bigram of the set at {@code set}. */
    private int hits(int r, int set) {
      int from = firstPosition[regions[r + TEXT]] + regions[r + START];
      int to = firstPosition[regions[r + TEXT]] + regions[r + END] - 1;
      int hits = 0;
      for (int p = from; p < to; p++) {
        int id = ids[p];
        hits += (int) (sets[set + (id >>> 6)] >>> id) & 1;
      }
      return hits;
    }
  }
}

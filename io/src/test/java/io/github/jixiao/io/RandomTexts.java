package io.github.jixiao.io;

import java.util.random.RandomGenerator;

/** Texts made of pieces drawn from a palette, for properties that compare a fast scan with its regular expression. */
final class RandomTexts {
  private RandomTexts() {}

  /** Returns up to {@code maxPieces} pieces of the palette, each sometimes replaced by one arbitrary character. */
  static String of(RandomGenerator r, String[] palette, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(maxPieces + 1);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(10) == 0) {
        sb.append((char) r.nextInt(0x10000));
      } else {
        sb.append(palette[r.nextInt(palette.length)]);
      }
    }
    return sb.toString();
  }
}

package io.github.jixiao.rules.scoring;

import java.util.Objects;

/**
 * One input of a score item, as shown to the reader: {@code target = 95%}, {@code rate = 0.607637…}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the input's name, such as {@code target}, {@code actual}, {@code operator}, {@code rate}, not null
 * @param value the value as text, not null
 */
public record ScoreInput(String name, String value) {
  /**
   * Creates an input.
   *
   * @param name not null
   * @param value not null
   */
  public ScoreInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return name + " = " + value;
  }
}

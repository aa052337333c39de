package io.github.jixiao.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An expected bound kept unformatted in a finding, such as {@code ≤ 422.69} or {@code similarity ≥ 0.5}: the number
 * is turned into text only when the finding is read ({@link #toString()}).
 */
final class Bound {
  private final String relation;
  private final Object value;

  private Bound(String relation, Object value) {
    this.relation = relation;
    this.value = value;
  }

  /** {@code ≤ limit}, the limit in plain notation with its scale. */
  static Bound atMost(BigDecimal limit) {
    return new Bound("≤ ", Objects.requireNonNull(limit, "limit"));
  }

  /** {@code similarity ≥ threshold}. */
  static Bound similarityAtLeast(double threshold) {
    return new Bound("similarity ≥ ", threshold);
  }

  @Override
  public String toString() {
    return relation + (value instanceof BigDecimal d ? d.toPlainString() : value.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bound b && relation.equals(b.relation) && value.equals(b.value);
  }

  @Override
  public int hashCode() {
    return relation.hashCode() * 31 + value.hashCode();
  }
}

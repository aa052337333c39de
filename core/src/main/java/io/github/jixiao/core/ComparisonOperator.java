package io.github.jixiao.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The relation a target states (指标性质 / 计算符号 / 运算符号), such as ≥ in {@code ≥50个}.
 *
 * <p>The domain specification calls this type {@code Comparator}; it is named {@code ComparisonOperator} here so that
 * it does not clash with {@link java.util.Comparator} in user code.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ComparisonOperator {
  /** ≥ (also written {@code >=}, ≧, 不低于, 不少于, 大于等于): a lower bound. [V] forms */
  GE("≥", Direction.POSITIVE),
  /** ＞ (also {@code >}, 大于, 高于, 多于): a strict lower bound. [P] */
  GT("＞", Direction.POSITIVE),
  /** = (also ＝, ﹦, 等于): an exact target. [V] Sichuan */
  EQ("=", Direction.EQUAL),
  /** ≤ (also {@code <=}, ≦, 不高于, 不超过, 不多于, 小于等于): an upper bound, as for cost ceilings. [V] forms */
  LE("≤", Direction.REVERSE),
  /** ＜ (also {@code <}, 小于, 低于, 少于): a strict upper bound. [P] */
  LT("＜", Direction.REVERSE),
  /** 定性: a descriptive target, scored in tiers. [V] */
  QUALITATIVE("定性", null),
  /** 定量（其他）: quantitative without a standard operator; needs an explanation of the value. [P] */
  QUANTITATIVE_OTHER("定量（其他）", null);

  private final String symbol;
  private final @Nullable Direction direction;

  ComparisonOperator(String symbol, @Nullable Direction direction) {
    this.symbol = symbol;
    this.direction = direction;
  }

  /**
   * Returns the symbol printed for this operator, such as {@code ≥} or {@code 定性}.
   *
   * @return the symbol, never null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the scoring direction of a target with this operator.
   *
   * @return the direction, or null for {@link #QUALITATIVE} and {@link #QUANTITATIVE_OTHER}, which have none
   */
  public @Nullable Direction direction() {
    return direction;
  }

  /**
   * Returns true for the operators of a numeric target (GE, GT, EQ, LE, LT).
   *
   * @return whether the target is a number compared with the actual
   */
  public boolean isQuantitative() {
    return direction != null;
  }

  /**
   * Finds the operator printed as {@code text}: a symbol ({@code ≥ >= ≧ ＞ > = ＝ ﹦ ≤ <= ≦ ＜ <}), a word
   * ({@code 大于等于}, {@code 不低于}, {@code 定性} …) or a name ({@code GE}).
   *
   * @param text the printed operator, not null
   * @return the operator, or empty if the text names none
   */
  public static Optional<ComparisonOperator> fromSymbol(String text) {
    Objects.requireNonNull(text, "text");
    String s = Texts.normalize(text).replace(" ", "");
    for (ComparisonOperator op : values()) {
      if (op.name().equals(s) || Texts.normalize(op.symbol).equals(s)) {
        return Optional.of(op);
      }
    }
    OperatorPrefix prefix = OperatorPrefix.match(s, 0);
    return prefix != null && prefix.length() == s.length() ? Optional.of(prefix.operator()) : Optional.empty();
  }
}

package io.github.jixiao.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The first-level category of a performance indicator (一级指标).
 *
 * <p>The project self-evaluation table of 财预〔2020〕10号 uses {@link #OUTPUT}, {@link #BENEFIT} and
 * {@link #SATISFACTION}; 财预〔2021〕101号 adds {@link #COST} as a first-level category [R]. Department-wide indicator
 * tables follow the 财预〔2013〕53号 framework {@link #INPUT} / {@link #PROCESS} / {@link #OUTPUT} / {@link #EFFECT}
 * [R], and external project evaluations start with {@link #DECISION} [R].
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IndicatorLevel1 {
  /** 产出指标: outputs. [V] */
  OUTPUT("产出指标"),
  /** 效益指标: benefits and effects. [V] */
  BENEFIT("效益指标"),
  /** 满意度指标: satisfaction (服务对象满意度). [V] */
  SATISFACTION("满意度指标", "服务对象满意度指标"),
  /** 成本指标 as a first-level category (财预〔2021〕101号 layout). [R] */
  COST("成本指标"),
  /** 投入: inputs, first level of the 53号 department-wide framework. [R] */
  INPUT("投入", "投入指标"),
  /** 过程: process, of the 53号 framework. [R] */
  PROCESS("过程", "过程指标"),
  /** 效果: effects, of the 53号 framework. [R] */
  EFFECT("效果", "效果指标"),
  /** 决策: decision, first level of the 10号 evaluation framework for external project evaluations. [R] */
  DECISION("决策", "决策指标");

  private final String label;
  private final String[] aliases;

  IndicatorLevel1(String label, String... aliases) {
    this.label = label;
    this.aliases = aliases;
  }

  /**
   * Returns the Chinese label, such as {@code 产出指标}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Finds the category printed as {@code label}, ignoring white space, full-width forms, a trailing weight such as
   * {@code (50分)} and a missing 指标: {@code 产出}, {@code 产出指标} and {@code 产出指标(50分)} all give OUTPUT.
   *
   * @param label the printed label, not null
   * @return the category, or empty if the label names none
   */
  public static Optional<IndicatorLevel1> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    return Optional.ofNullable(ByKey.MAP.get(Labels.key(label)));
  }

  /**
   * Every key that names a category, to the first category it names (as {@link Labels#matches} decides); built on
   * the first lookup, not when the enum is first used.
   */
  private static final class ByKey {
    static final java.util.Map<String, IndicatorLevel1> MAP = Labels.index(values(), l -> l.label, l -> l.aliases);
  }
}

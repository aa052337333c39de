package io.github.jixiao.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The second-level category of a performance indicator (二级指标), with the first-level category it usually sits in.
 *
 * <p>The usual parent is only a default: a Sichuan 2023 form files 经济成本指标 under 产出指标 [V], so a form's own
 * first-level label is kept separately on {@link PerformanceIndicator}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IndicatorLevel2 {
  /** 数量指标: output quantity. [V] */
  QUANTITY(IndicatorLevel1.OUTPUT, "数量指标"),
  /** 质量指标: output quality. [V] */
  QUALITY(IndicatorLevel1.OUTPUT, "质量指标"),
  /** 时效指标: output timeliness. [V] */
  TIMELINESS(IndicatorLevel1.OUTPUT, "时效指标"),
  /** 成本指标 under 产出 (10号-era layout, as in the Tianhe 2021 and Chizhou 2022 forms). [V] */
  COST(IndicatorLevel1.OUTPUT, "成本指标"),
  /** 经济成本指标 (101号 layout under 一级 COST). [R]; the name is [V] in a Sichuan 2023 form, under 产出. */
  ECONOMIC_COST(IndicatorLevel1.COST, "经济成本指标"),
  /** 社会成本指标 (101号). [R] */
  SOCIAL_COST(IndicatorLevel1.COST, "社会成本指标"),
  /** 生态环境成本指标 (101号). [R] */
  ECO_ENVIRONMENTAL_COST(IndicatorLevel1.COST, "生态环境成本指标"),
  /** 经济效益指标. [V] */
  ECONOMIC_BENEFIT(IndicatorLevel1.BENEFIT, "经济效益指标"),
  /** 社会效益指标. [V] */
  SOCIAL_BENEFIT(IndicatorLevel1.BENEFIT, "社会效益指标"),
  /** 生态效益指标. [V] */
  ECOLOGICAL_BENEFIT(IndicatorLevel1.BENEFIT, "生态效益指标"),
  /** 可持续影响指标. [V] */
  SUSTAINABLE_IMPACT(IndicatorLevel1.BENEFIT, "可持续影响指标"),
  /** 服务对象满意度指标 (some forms print 满意度指标 at the second level too). [V] */
  SERVICE_RECIPIENT_SATISFACTION(IndicatorLevel1.SATISFACTION, "服务对象满意度指标", "满意度指标", "满意度"),
  /** 预算配置: budget allocation, under 投入 in department-wide tables (53号). [R]; seen in a Hunan 2022 form [V]. */
  BUDGET_ALLOCATION(IndicatorLevel1.INPUT, "预算配置"),
  /** 预算执行: budget execution, under 过程 (53号). [R]; seen in a Hunan 2022 form [V]. */
  BUDGET_EXECUTION(IndicatorLevel1.PROCESS, "预算执行"),
  /** 预算管理: budget management, under 过程 (53号). [R] */
  BUDGET_MANAGEMENT(IndicatorLevel1.PROCESS, "预算管理"),
  /** 资产管理: asset management, under 过程 (53号). [R] */
  ASSET_MANAGEMENT(IndicatorLevel1.PROCESS, "资产管理"),
  /** 职责履行: duty performance, under 产出 (53号). [R] */
  DUTY_PERFORMANCE(IndicatorLevel1.OUTPUT, "职责履行"),
  /** 履职效益: effects of duty performance, under 效果 (53号). [R] */
  PERFORMANCE_EFFECT(IndicatorLevel1.EFFECT, "履职效益");

  private final IndicatorLevel1 usualParent;
  private final String label;
  private final String[] aliases;

  IndicatorLevel2(IndicatorLevel1 usualParent, String label, String... aliases) {
    this.usualParent = usualParent;
    this.label = label;
    this.aliases = aliases;
  }

  /**
   * Returns the Chinese label, such as {@code 数量指标}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the first-level category this one usually belongs to.
   *
   * @return the usual parent, never null
   */
  public IndicatorLevel1 usualParent() {
    return usualParent;
  }

  /**
   * Finds the category printed as {@code label}, with the tolerance of {@link IndicatorLevel1#fromLabel(String)}.
   *
   * @param label the printed label, not null
   * @return the category, or empty if the label names none
   */
  public static Optional<IndicatorLevel2> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    return Optional.ofNullable(ByKey.MAP.get(Labels.key(label)));
  }

  /**
   * Every key that names a category, to the first category it names (as {@link Labels#matches} decides); built on
   * the first lookup, not when the enum is first used.
   */
  private static final class ByKey {
    static final java.util.Map<String, IndicatorLevel2> MAP = Labels.index(values(), l -> l.label, l -> l.aliases);
  }
}

package io.github.jixiao.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The attainment tier of a qualitative indicator (定性指标完成档次), of 财预〔2020〕10号 [R]; option list [P].
 *
 * <p>Each tier has a score band that the rules check; the bands are a scoring matter and live in the scoring
 * profile, not here.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum QualitativeTier {
  // Every label and alias contains 达成; PerformanceIndicator.statedTier() relies on it.

  /** 达成年度指标 (also printed 达成预期指标 [V]): band 80–100 % of the weight. */
  ACHIEVED("达成年度指标", "达成预期指标", "达成年度目标", "达成预期目标", "已达成", "达成"),
  /** 部分达成年度指标并具有一定效果: band 60–80 % of the weight. */
  PARTIALLY_ACHIEVED("部分达成年度指标并具有一定效果", "部分达成年度指标", "部分达成预期指标", "部分达成"),
  /** 未达成年度指标且效果较差: band 0–60 % of the weight. */
  NOT_ACHIEVED("未达成年度指标且效果较差", "未达成年度指标", "未达成预期指标", "未达成");

  private final String label;
  private final String[] aliases;

  QualitativeTier(String label, String... aliases) {
    this.label = label;
    this.aliases = aliases;
  }

  /**
   * Returns the Chinese label of 10号, such as {@code 达成年度指标}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Finds the tier printed as {@code text}, such as {@code 达成预期指标}; the text must be the tier's wording, not
   * prose that contains it.
   *
   * @param text the printed text, not null
   * @return the tier, or empty if the text names none
   */
  public static Optional<QualitativeTier> fromLabel(String text) {
    Objects.requireNonNull(text, "text");
    String key = Labels.key(text);
    while (key.endsWith("。") || key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    for (QualitativeTier tier : values()) {
      if (Labels.matches(key, tier.label, tier.aliases)) {
        return Optional.of(tier);
      }
    }
    return Optional.empty();
  }
}

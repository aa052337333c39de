package io.github.jixiao.core;

import jakarta.validation.Valid;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The fund block of a project form (项目资金): the total row, which carries the execution rate's weight, rate and
 * score, and the source rows beneath it (其中).
 *
 * <p>The national layout prints 当年财政拨款 / 上年结转资金 / 其他资金; the Sichuan layout prints 财政资金 /
 * 财政专户管理资金 / 单位资金 / 其他资金. A row the layout does not have is null; a row it has but left blank is
 * {@link FundRow#blank()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param total 年度资金总额 / 总额, with 分值, 执行率 and 得分, not null
 * @param currentYearAppropriation 其中：当年财政拨款 / 本年财政拨款, or null
 * @param priorYearCarryover 上年结转资金, or null
 * @param fiscalFunds 其中：财政资金 (Sichuan), or null
 * @param fiscalSpecialAccountFunds 财政专户管理资金 (Sichuan), or null
 * @param unitOwnFunds 单位资金 (Sichuan), or null
 * @param otherFunds 其他资金, or null
 */
@Value.Builder
public record ProjectFunds(
    @Valid FundRow total,
    @Nullable @Valid FundRow currentYearAppropriation,
    @Nullable @Valid FundRow priorYearCarryover,
    @Nullable @Valid FundRow fiscalFunds,
    @Nullable @Valid FundRow fiscalSpecialAccountFunds,
    @Nullable @Valid FundRow unitOwnFunds,
    @Nullable @Valid FundRow otherFunds) implements WithProjectFunds {
  /**
   * Creates a project fund block.
   *
   * @param total not null
   * @param currentYearAppropriation may be null
   * @param priorYearCarryover may be null
   * @param fiscalFunds may be null
   * @param fiscalSpecialAccountFunds may be null
   * @param unitOwnFunds may be null
   * @param otherFunds may be null
   */
  public ProjectFunds {
    Objects.requireNonNull(total, "total");
  }

  /**
   * Obtains a fund block with only a total row.
   *
   * @param total the total row, not null
   * @return the block, never null
   */
  public static ProjectFunds ofTotal(FundRow total) {
    return new ProjectFunds(total, null, null, null, null, null, null);
  }
}

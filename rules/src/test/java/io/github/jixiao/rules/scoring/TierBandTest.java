package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.QualitativeTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class TierBandTest {
  private static final BigDecimal W = new BigDecimal("10");

  @Test
  void of_achieved_isClosedFrom80To100Percent() {
    TierBand band = TierBand.of(QualitativeTier.ACHIEVED, W);
    assertThat(band.contains(new BigDecimal("8"))).isTrue();
    assertThat(band.contains(new BigDecimal("10"))).isTrue();
    assertThat(band.contains(new BigDecimal("7.99"))).isFalse();
    assertThat(band.contains(new BigDecimal("10.01"))).isFalse();
    assertThat(band).hasToString("[8.0, 10]");
  }

  @Test
  void of_partiallyAndNotAchieved_areHalfOpen() {
    TierBand partial = TierBand.of(QualitativeTier.PARTIALLY_ACHIEVED, W);
    assertThat(partial.contains(new BigDecimal("6"))).isTrue();
    assertThat(partial.contains(new BigDecimal("8"))).isFalse();
    TierBand not = TierBand.of(QualitativeTier.NOT_ACHIEVED, W);
    assertThat(not.contains(BigDecimal.ZERO)).isTrue();
    assertThat(not.contains(new BigDecimal("6"))).isFalse();
    assertThat(not.contains(new BigDecimal("-0.01"))).isFalse();
  }

  @Test
  void ofRounded_roundsTheLimitsAsTheVendorCheckDoes() {
    BigDecimal w = new BigDecimal("5.5555555556");
    TierBand rounded = TierBand.ofRounded(QualitativeTier.ACHIEVED, w, 2, RoundingMode.HALF_UP);
    assertThat(rounded.lower()).isEqualTo(new BigDecimal("4.44"));
    assertThat(rounded.upper()).isEqualTo(new BigDecimal("5.56"));
    assertThat(rounded.contains(new BigDecimal("5.56"))).isTrue();
    assertThat(TierBand.of(QualitativeTier.ACHIEVED, w).contains(new BigDecimal("5.56"))).isFalse();
  }

  @Test
  void admits_aPrintedScoreThatMayLieInTheBand_evenWhereRoundedLimitsLeaveNone() {
    TierBand tiny = TierBand.of(QualitativeTier.PARTIALLY_ACHIEVED, new BigDecimal("0.01"));
    assertThat(tiny.admits(new BigDecimal("0.01"))).isTrue();
    assertThat(TierBand.ofRounded(QualitativeTier.PARTIALLY_ACHIEVED, new BigDecimal("0.01"), 2,
        RoundingMode.HALF_UP).contains(new BigDecimal("0.01"))).isFalse();
    TierBand partial = TierBand.of(QualitativeTier.PARTIALLY_ACHIEVED, W);
    assertThat(partial.admits(new BigDecimal("7.99"))).isTrue();
    assertThat(partial.admits(new BigDecimal("8.00"))).isTrue();
    assertThat(partial.admits(new BigDecimal("8.01"))).isFalse();
    assertThat(partial.admits(new BigDecimal("5.99"))).isFalse();
    assertThat(partial.admits(new BigDecimal("6"))).isTrue();
    assertThat(TierBand.of(QualitativeTier.ACHIEVED, W).admits(new BigDecimal("10.00"))).isTrue();
    assertThat(TierBand.of(QualitativeTier.ACHIEVED, W).admits(new BigDecimal("10.01"))).isFalse();
  }
}

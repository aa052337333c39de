package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import org.junit.jupiter.api.Test;

class CategoryTrackerTest {
  @Test
  void table_firstLevelHoldsUntilTheNextFirstLevel() {
    CategoryTracker t = new CategoryTracker(false);
    assertThat(t.accept("产出指标(50分)")).isTrue();
    assertThat(t.accept("成本指标")).isTrue();
    assertThat(t.level1()).isEqualTo(IndicatorLevel1.OUTPUT);
    assertThat(t.level1Label()).isEqualTo("产出指标(50分)");
    assertThat(t.level2()).isEqualTo(IndicatorLevel2.COST);
    assertThat(t.accept("满意度指标(10分)")).isTrue();
    assertThat(t.level1()).isEqualTo(IndicatorLevel1.SATISFACTION);
    assertThat(t.level2()).isEqualTo(IndicatorLevel2.SERVICE_RECIPIENT_SATISFACTION);
    assertThat(t.level2Label()).isNull();
    assertThat(t.accept("满意度指标")).isTrue();
    assertThat(t.level2Label()).isEqualTo("满意度指标");
    assertThat(t.accept("培训种类")).isFalse();
  }

  @Test
  void prose_eachHeadingStandsAlone() {
    CategoryTracker t = new CategoryTracker(true);
    t.accept("效益指标-社会效益");
    assertThat(t.level1Label()).isEqualTo("效益指标");
    assertThat(t.level2()).isEqualTo(IndicatorLevel2.SOCIAL_BENEFIT);
    t.accept("可持续影响指标");
    assertThat(t.level1()).isEqualTo(IndicatorLevel1.BENEFIT);
    assertThat(t.level1Label()).isNull();
  }
}

package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.PerformanceIndicator;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void parse_givesWhatIndicatorValueParseGives_rememberingIt() {
    for (String text : new String[] {"≥12次", "95%", "效果明显", "", "-5个", "超55次"}) {
      IndicatorValue v = Values.parse(text);
      assertThat(v).isEqualTo(IndicatorValue.parse(text));
      assertThat(v.operator()).isEqualTo(IndicatorValue.parse(text).operator());
      assertThat(v.quantities()).isEqualTo(IndicatorValue.parse(text).quantities());
      if (Values.size() < Values.CAPACITY) {
        assertThat(Values.parse(text)).isSameAs(v);
      }
    }
  }

  @Test
  void unitInName_givesWhatPerformanceIndicatorGives() {
    for (String name : new String[] {"培训种类(个)", "支出的及时性(%)", "商会换届", "培训成本（万元）"}) {
      assertThat(Values.unitInName(name)).isEqualTo(PerformanceIndicator.unitInName(name));
    }
  }
}

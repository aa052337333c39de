package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DirectionTest {

  //----- label -----
  @Test
  void label_isTheChineseName() {
    assertThat(Arrays.stream(Direction.values()).map(Direction::label)).containsExactly("正向", "反向", "等于");
  }

  @Test
  void everyDirection_isTheDirectionOfSomeOperator() {
    EnumSet<Direction> used = EnumSet.noneOf(Direction.class);
    for (ComparisonOperator op : ComparisonOperator.values()) {
      if (op.direction() != null) {
        used.add(op.direction());
      }
    }
    assertThat(used).containsExactlyInAnyOrder(Direction.values());
  }
}

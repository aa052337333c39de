package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreCardTest {
  private static final ScoreItem ITEM = new ScoreItem("indicators[0]", "培训种类", ItemKind.QUANTITATIVE,
      new BigDecimal("5.5555555556"), WeightSource.EQUAL_SPLIT, "50 ÷ 9 (产出指标)", Strategy.POSITIVE_RATIO,
      List.of(new ScoreInput("target", "2个")), new BigDecimal("5.5555555556"), new BigDecimal("5.56"),
      Set.of(ScoreFlag.OPERATOR_ASSUMED), null, List.of());

  @Test
  void item_findsByPath_andRefusesUnknownPaths() {
    ScoreCard card = new ScoreCard("m", "p", "项目", new BigDecimal("5.56"), new BigDecimal("5.5555555556"),
        Grade.POOR, true, BigDecimal.valueOf(100), List.of(ITEM));
    assertThat(card.item("indicators[0]")).isSameAs(ITEM);
    assertThatThrownBy(() -> card.item("indicators[1]")).hasMessage("no score item at indicators[1]");
  }

  @Test
  void constructor_copiesItems_andNamesNullParameters() {
    List<ScoreItem> items = new ArrayList<>(List.of(ITEM));
    ScoreCard card = new ScoreCard("m", "p", "项目", BigDecimal.ONE, BigDecimal.ONE, Grade.POOR, true,
        BigDecimal.TEN, items);
    items.clear();
    assertThat(card.items()).hasSize(1);
    assertThatThrownBy(() -> new ScoreCard("m", "p", "项目", null, BigDecimal.ONE, Grade.POOR, true,
        BigDecimal.TEN, List.of())).isInstanceOf(NullPointerException.class).hasMessage("total");
  }

  @Test
  void scoreItem_roundsItsWeightForDisplay_andTellsWhetherScored() {
    assertThat(ITEM.weight(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("5.56"));
    assertThat(ITEM.isScored()).isTrue();
    assertThat(new ScoreInput("rate", "1")).hasToString("rate = 1");
  }
}

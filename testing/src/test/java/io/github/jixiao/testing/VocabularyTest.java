package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    return out;
  }

  @Test
  void goals_areDistinct_withTwoClausesOfAtLeastTwoCharacters_allDistinct() {
    assertThat(Vocabulary.GOALS).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(7);
    Set<String> clauses = new HashSet<>();
    for (String goal : Vocabulary.GOALS) {
      String[] parts = goal.split("，");
      assertThat(parts).hasSize(2).allMatch(p -> p.length() >= 2);
      assertThat(clauses.add(parts[0]) && clauses.add(parts[1])).as(goal).isTrue();
    }
  }

  @Test
  void unrelatedPhrases_shareNoBigramWithAnyGoal_andHaveNoClauseBreak() {
    Set<String> goalBigrams = new HashSet<>();
    for (String goal : Vocabulary.GOALS) {
      goalBigrams.addAll(bigrams(goal));
    }
    for (String phrase : Vocabulary.UNRELATED_PHRASES) {
      assertThat(bigrams(phrase)).as(phrase).doesNotContainAnyElementsOf(goalBigrams);
      assertThat(phrase).doesNotContain("，", ",", "；", "、", "。", " ");
    }
  }

  @Test
  void narratives_areShorterThan40Characters_andEndASentence() {
    for (List<String> pool : List.of(Vocabulary.GOAL_NARRATIVES, Vocabulary.OVERALL_NARRATIVES,
        Vocabulary.ACHIEVEMENTS)) {
      assertThat(pool).allMatch(t -> t.length() < 40 && t.endsWith("。"));
    }
    assertThat(Vocabulary.LONG_SENTENCES).allMatch(t -> t.endsWith("。") && t.length() >= 14);
  }

  @Test
  void projectRows_fitTheirCategories_andMisplacedOnesDoNot() {
    assertThat(Vocabulary.PROJECT_COSTS).allMatch(n -> n.contains("成本") || n.contains("经费"));
    assertThat(Vocabulary.PROJECT_COUNTS).filteredOn(c -> c.level2() == io.github.jixiao.core.IndicatorLevel2
        .TIMELINESS).allMatch(c -> c.name().contains("按时") || c.name().contains("及时"));
    assertThat(Vocabulary.PROJECT_COUNTS).filteredOn(c -> c.level2() == io.github.jixiao.core.IndicatorLevel2
        .SERVICE_RECIPIENT_SATISFACTION).allMatch(c -> c.name().contains("满意"));
    assertThat(Vocabulary.MISPLACED_ROWS).isNotEmpty();
  }

  @Test
  void problemsAndMeasures_comeInPairsOfNonBlankTexts() {
    assertThat(Vocabulary.PROBLEMS_AND_MEASURES).allMatch(p -> p.length == 2 && !p[0].isBlank()
        && !p[1].isBlank());
  }
}

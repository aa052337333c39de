package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Percentage;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DepartmentDraftTest {
  @Test
  void shape_bringsTheCompletionAndTheAdjustmentIntoItsRanges() {
    DepartmentDraft.Shape low = new DepartmentDraft.Shape(3_500, 6_000, 5_000, 8_500, 0, 0, false);
    ForAll.forAll(r -> DepartmentDraft.random(r, low)).cases(1_000).check(d -> {
      BigDecimal completion = d.actual.divide(d.annualAdjusted, java.math.MathContext.DECIMAL64);
      assertThat(completion).isBetween(new BigDecimal("0.49"), new BigDecimal("0.86"));
      BigDecimal change = d.annualAdjusted.subtract(d.initial).abs().divide(d.initial,
          java.math.MathContext.DECIMAL64);
      assertThat(change).isBetween(new BigDecimal("0.349"), new BigDecimal("0.601"));
      assertThat(d.completionExplanation).isNull();
      assertThat(d.adjustmentExplanation).isNull();
      assertThat(d.keyProjects).allMatch(p -> p.note == null);
    });
  }

  @Test
  void build_printsTheRatesFromTheAmounts_unlessMisprinted() {
    DepartmentDraft d = DepartmentDraft.random(new SplittableRandom(4));
    DepartmentSelfEvaluation form = d.build();
    assertThat(form.funds().budgetCompletionRate()).isEqualTo(Figures.rate(d.actual, d.annualAdjusted, 2));
    d.completionRate = Percentage.parse("1.00%");
    d.adjustmentRate = Percentage.parse("2.00%");
    assertThat(d.build().funds().budgetCompletionRate()).isEqualTo(Percentage.parse("1.00%"));
    assertThat(d.build().funds().budgetAdjustmentRate()).isEqualTo(Percentage.parse("2.00%"));
  }

  @Test
  void keepLinesDistinct_movesCollidingLines_keepingPortionsWithinTheirTotal() {
    DepartmentDraft d = DepartmentDraft.random(new SplittableRandom(8));
    d.initial = d.annualAdjusted;
    d.general = d.actual;
    d.portions[0] = d.actual;
    d.keepLinesDistinct();
    assertThat(d.initial).isEqualTo(d.annualAdjusted.add(new BigDecimal("0.01")));
    assertThat(d.general).isLessThan(d.actual);
    assertThat(d.portions[0]).isLessThan(d.actual).isNotEqualByComparingTo(d.general);
  }

  @Test
  void clause_andTaskSum() {
    assertThat(DepartmentDraft.clause("突出重点，企业服务提质升级", 0)).isEqualTo("突出重点");
    assertThat(DepartmentDraft.clause("突出重点，企业服务提质升级", 1)).isEqualTo("企业服务提质升级");
    assertThat(DepartmentDraft.clause("一句话", 1)).isEqualTo("一句话");
    DepartmentDraft d = DepartmentDraft.random(new SplittableRandom(2));
    BigDecimal sum = d.build().mainTasks().stream().map(t -> t.amount().value())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(d.taskSum()).isEqualTo(sum);
    d.tasks.get(0).amount = null;
    assertThat(d.taskSum()).isLessThanOrEqualTo(sum);
  }

  @Test
  void keyProject_isAddedWhenTheDraftHasNone() {
    for (long seed = 0; seed < 200; seed++) {
      DepartmentDraft d = DepartmentDraft.random(new SplittableRandom(seed));
      int before = d.keyProjects.size();
      DepartmentDraft.KeyProject p = d.keyProject(new SplittableRandom(seed));
      assertThat(d.keyProjects).contains(p).hasSize(Math.max(before, 1));
      assertThat(p.annualBudget).isLessThanOrEqualTo(d.actual);
    }
  }
}

package io.github.jixiao.rules;

import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.PerformanceIndicator;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Paths and helpers shared by the project-form rules (PRJ-*). Paths are relative to the project form. */
final class ProjectRuleChecks {
  static final FindingPath ROOT = FindingPath.root();
  static final FindingPath INDICATORS = ROOT.property("indicators");
  static final FindingPath CATEGORY_WEIGHTS = ROOT.property("categoryWeights");
  static final FindingPath FUNDS_TOTAL = ROOT.property("funds").property("total");
  static final FindingPath TOTAL_SCORE = ROOT.property("totalScore");
  static final FindingPath TOTAL_WEIGHT = ROOT.property("totalWeight");
  static final FindingPath GRADE = ROOT.property("grade");

  private ProjectRuleChecks() {}

  static FindingPath row(int index) {
    return INDICATORS.index(index);
  }

  static FindingPath row(int index, String property) {
    return INDICATORS.index(index).property(property);
  }

  /** The first-level category of a row: its own, else the usual parent of its second-level category. */
  static @Nullable IndicatorLevel1 category(PerformanceIndicator row) {
    if (row.level1() != null) {
      return row.level1();
    }
    return row.level2() == null ? null : row.level2().usualParent();
  }

  /** True when the row's operator (column or target) is a numeric one: GE, GT, EQ, LE or LT. */
  static boolean hasQuantitativeOperator(PerformanceIndicator row) {
    ComparisonOperator op = row.effectiveOperator();
    return op != null && op.isQuantitative();
  }

  /**
   * The tolerance of a sum of printed weights or scores: a figure printed with decimals is taken as rounded to them
   * (half a unit of its last decimal); a whole number is taken as exact, since weights are assigned, not measured
   * [I]. Scores use {@link #roundingTolerance(List)} instead.
   */
  static BigDecimal weightTolerance(List<BigDecimal> values) {
    BigDecimal tolerance = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      if (v.scale() > 0) {
        tolerance = tolerance.add(halfUnit(v));
      }
    }
    return tolerance;
  }

  /** Half a unit of the last printed decimal of each value, summed: the §6.1 tolerance n × 0.005 for 2-dp scores. */
  static BigDecimal roundingTolerance(List<BigDecimal> values) {
    BigDecimal tolerance = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      tolerance = tolerance.add(halfUnit(v));
    }
    return tolerance;
  }

  static BigDecimal halfUnit(BigDecimal printed) {
    return new BigDecimal(java.math.BigInteger.valueOf(5), Math.max(printed.scale(), 0) + 1);
  }

  static BigDecimal sum(List<BigDecimal> values) {
    BigDecimal s = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      s = s.add(v);
    }
    return s;
  }

  static boolean anyWeightPrinted(List<PerformanceIndicator> rows) {
    for (PerformanceIndicator r : rows) {
      if (r.weight() != null) {
        return true;
      }
    }
    return false;
  }

  static @Nullable BigDecimal number(@Nullable IndicatorValue value) {
    return value == null ? null : value.number();
  }
}

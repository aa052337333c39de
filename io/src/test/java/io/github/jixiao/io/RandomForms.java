package io.github.jixiao.io;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.AnnualGoals;
import io.github.jixiao.core.CategoryWeight;
import io.github.jixiao.core.ComparisonOperator;
import io.github.jixiao.core.DepartmentFunds;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorLevel1;
import io.github.jixiao.core.IndicatorLevel2;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.KeyIndicator;
import io.github.jixiao.core.MainTask;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicator;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.core.SourceIrregularity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of arbitrary model values for property tests: every field is sometimes absent, decimals come with
 * every scale from 0 to 12 (trailing zeros included), texts mix Chinese, ASCII, quotes, control characters and
 * characters outside the BMP. The same seed always gives the same value.
 */
final class RandomForms {
  private static final String[] WORDS = {"培训种类(个)", "≥50个", "95%", "如期举办", "达成预期指标", "≤90万元", "超55次",
      "2021年9月13日圆满举办", "部门调整预算收入", "任务涉 及", "<p>", "\"quoted\"", "back\\slash", "tab\there",
      "line\nbreak", "emoji 😀", "１００％", "1e999999999", "", " ", "－", "＜", "null", "{}", "\u0000", "\u2028"};

  private final RandomGenerator random;

  RandomForms(long seed) {
    this(new SplittableRandom(seed));
  }

  RandomForms(RandomGenerator random) {
    this.random = random;
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> @Nullable T maybe(Supplier<T> s) {
    return chance(30) ? null : s.get();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> List<T> list(int max, Supplier<T> s) {
    int n = random.nextInt(max + 1);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(s.get());
    }
    return out;
  }

  String text() {
    StringBuilder sb = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      if (chance(70)) {
        sb.append(pick(WORDS));
      } else {
        int cp = switch (random.nextInt(4)) {
          case 0 -> 0x20 + random.nextInt(0x5f);
          case 1 -> 0x4e00 + random.nextInt(0x51a5);
          case 2 -> random.nextInt(0x20);
          default -> 0x10000 + random.nextInt(0x2000);
        };
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  String nonBlankText() {
    String t = text();
    return t.isBlank() ? "名称" + t : t;
  }

  BigDecimal decimal(int maxIntegerDigits) {
    int digits = 1 + random.nextInt(maxIntegerDigits);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    BigInteger integer = new BigInteger(sb.toString());
    int scale = random.nextInt(13);
    BigInteger unscaled = integer.multiply(BigInteger.TEN.pow(scale)).add(BigInteger.valueOf(random.nextInt(1000))
        .mod(BigInteger.TEN.pow(scale)));
    if (chance(20)) {
      unscaled = integer.multiply(BigInteger.TEN.pow(scale));
    }
    BigDecimal d = new BigDecimal(unscaled, scale);
    return chance(5) ? d.negate() : d;
  }

  Amount amount() {
    return Amount.of(decimal(Amount.MAX_INTEGER_DIGITS), pick(AmountUnit.values()));
  }

  Percentage percentage() {
    return Percentage.of(decimal(4));
  }

  IndicatorValue value() {
    return IndicatorValue.parse(text());
  }

  FundRow fundRow() {
    return new FundRow(maybe(this::amount), maybe(this::amount), maybe(this::amount), maybe(() -> decimal(3)),
        maybe(this::percentage), maybe(() -> decimal(3)), maybe(this::text));
  }

  PerformanceIndicator indicator() {
    return new PerformanceIndicator(maybe(() -> pick(IndicatorLevel1.values())), maybe(this::text),
        maybe(() -> pick(IndicatorLevel2.values())), maybe(this::text), nonBlankText(),
        maybe(() -> pick(ComparisonOperator.values())), maybe(this::value), maybe(this::value), maybe(this::text),
        maybe(() -> decimal(3)), maybe(() -> decimal(3)), maybe(this::text),
        maybe(() -> pick(QualitativeTier.values())), maybe(this::text), maybe(this::text));
  }

  CategoryWeight categoryWeight() {
    return new CategoryWeight(maybe(() -> pick(IndicatorLevel1.values())), maybe(() -> pick(IndicatorLevel2.values())),
        nonBlankText(), maybe(() -> decimal(3)), maybe(() -> decimal(3)));
  }

  SourceIrregularity irregularity() {
    return SourceIrregularity.of(pick(SourceIrregularity.Kind.values()), nonBlankText(), nonBlankText());
  }

  Year year() {
    return Year.of(1990 + random.nextInt(111));
  }

  LocalDate date() {
    return LocalDate.of(1990 + random.nextInt(111), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  ProjectSelfEvaluation project() {
    ProjectFunds funds = new ProjectFunds(fundRow(), maybe(this::fundRow), maybe(this::fundRow), maybe(this::fundRow),
        maybe(this::fundRow), maybe(this::fundRow), maybe(this::fundRow));
    return new ProjectSelfEvaluation(maybe(this::text), maybe(this::year), maybe(this::date), nonBlankText(),
        maybe(this::text), maybe(this::text), pick(AmountUnit.values()), pick(FormLayout.values()), funds,
        maybe(this::text), maybe(this::text), maybe(this::text), list(4, this::indicator),
        list(3, this::categoryWeight), maybe(() -> decimal(3)), maybe(() -> decimal(3)),
        maybe(() -> pick(Grade.values())), maybe(this::text), list(3, this::text), list(3, this::text),
        maybe(this::text), list(2, this::irregularity));
  }

  DepartmentSelfEvaluation department() {
    DepartmentFunds funds = new DepartmentFunds(maybe(this::amount), maybe(this::amount), maybe(this::amount),
        maybe(this::amount), maybe(this::amount), maybe(this::amount), maybe(this::amount), maybe(this::amount),
        maybe(this::percentage), maybe(this::percentage), maybe(this::fundRow), maybe(this::fundRow),
        maybe(this::fundRow), maybe(this::fundRow), maybe(this::text), maybe(this::text));
    AnnualGoals goals = new AnnualGoals(list(4, () -> Goal.of(1 + random.nextInt(20), nonBlankText())),
        maybe(this::text));
    List<MainTask> tasks = list(3, () -> new MainTask(1 + random.nextInt(9), nonBlankText(), maybe(this::text),
        list(3, () -> new KeyIndicator(nonBlankText(), maybe(this::value), maybe(this::value))),
        maybe(this::amount)));
    return new DepartmentSelfEvaluation(maybe(this::text), nonBlankText(), chance(50), maybe(this::year),
        maybe(this::date), pick(AmountUnit.values()), pick(FormLayout.values()), funds, goals, tasks,
        list(2, this::project), list(3, this::indicator), list(2, this::categoryWeight), maybe(() -> decimal(3)),
        maybe(() -> pick(Grade.values())), maybe(this::text), list(3, this::text), list(3, this::text),
        list(2, this::irregularity));
  }
}

package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerformanceIndicatorTest {
  private static final PerformanceIndicator NAME_ONLY = new PerformanceIndicatorBuilder().name("培训种类(个)").build();
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static RecordContract<PerformanceIndicator> contract() {
    return RecordContract.of(PerformanceIndicator.class, TestForms.fullIndicator(), TestForms.otherIndicator());
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent() {
    contract().assertEqualsAndHashCode();
  }

  @Test
  void constructor_refusesANullName_namingIt_andAcceptsEveryOtherColumnMissing() {
    contract().assertNullHostility();
    assertThat(NAME_ONLY.target()).isNull();
    assertThat(NAME_ONLY.weight()).isNull();
  }

  @Test
  void builder_requiresOnlyTheName() {
    contract().assertBuilder();
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  //----- effectiveOperator -----
  @Test
  void effectiveOperator_prefersTheOperatorColumn() {
    PerformanceIndicator row = NAME_ONLY.withOperator(ComparisonOperator.LE).withTarget(IndicatorValue.parse("≥50个"));
    assertThat(row.effectiveOperator()).isEqualTo(ComparisonOperator.LE);
  }

  @Test
  void effectiveOperator_fallsBackToTheOperatorWrittenInTheTarget() {
    assertThat(NAME_ONLY.withTarget(IndicatorValue.parse("≤90万元")).effectiveOperator()).isEqualTo(ComparisonOperator.LE);
  }

  @Test
  void effectiveOperator_isMissingWhenNoneIsPrinted_notDefaultedToGe() {
    assertThat(NAME_ONLY.effectiveOperator()).isNull();
    assertThat(NAME_ONLY.withTarget(IndicatorValue.parse("2个")).effectiveOperator()).isNull();
  }

  //----- nature -----
  @Test
  void nature_followsTheOperatorColumnFirst() {
    assertThat(NAME_ONLY.withOperator(ComparisonOperator.QUALITATIVE).withTarget(IndicatorValue.parse("95%")).nature())
        .isEqualTo(IndicatorNature.QUALITATIVE);
    assertThat(NAME_ONLY.withOperator(ComparisonOperator.QUANTITATIVE_OTHER).nature())
        .isEqualTo(IndicatorNature.QUANTITATIVE);
  }

  @Test
  void nature_followsTheTarget() {
    assertThat(NAME_ONLY.withTarget(IndicatorValue.parse("2个")).nature()).isEqualTo(IndicatorNature.QUANTITATIVE);
    assertThat(NAME_ONLY.withTarget(IndicatorValue.parse("≥50个")).nature()).isEqualTo(IndicatorNature.QUANTITATIVE);
    assertThat(NAME_ONLY.withTarget(IndicatorValue.parse("如期举办")).nature()).isEqualTo(IndicatorNature.QUALITATIVE);
    assertThat(NAME_ONLY.withTarget(IndicatorValue.parse("定性")).nature()).isEqualTo(IndicatorNature.QUALITATIVE);
  }

  @Test
  void nature_isMissingWithoutTargetOrOperator() {
    assertThat(NAME_ONLY.nature()).isNull();
    assertThat(NAME_ONLY.withTarget(IndicatorValue.parse("<p></p>")).nature()).isNull();
    assertThat(NAME_ONLY.withOperator(ComparisonOperator.GE).nature()).isEqualTo(IndicatorNature.QUANTITATIVE);
    assertThat(NAME_ONLY.withOperator(ComparisonOperator.EQ).withTarget(IndicatorValue.parse(" ")).nature())
        .isEqualTo(IndicatorNature.QUANTITATIVE);
  }

  @Test
  void nature_ofTheSampleKeyProject_matchesTheDomainTable() {
    assertThat(TestForms.tianheKeyProject().indicators()).extracting(PerformanceIndicator::nature).containsExactly(
        IndicatorNature.QUANTITATIVE, IndicatorNature.QUANTITATIVE, IndicatorNature.QUANTITATIVE,
        IndicatorNature.QUALITATIVE, IndicatorNature.QUALITATIVE, IndicatorNature.QUALITATIVE,
        IndicatorNature.QUANTITATIVE, IndicatorNature.QUANTITATIVE, IndicatorNature.QUANTITATIVE,
        IndicatorNature.QUALITATIVE, IndicatorNature.QUALITATIVE, IndicatorNature.QUANTITATIVE);
  }

  //----- unitInName -----
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "培训种类(个)|个",
      "支出的及时性(%)|%",
      "培训种类（个）|个",
      "支出的及时性（％）|%",
      "覆盖面积( 平方米 )|平方米",
      "培训种类(个)  |个",
      "<p>培训种类(人次)</p>|人次",
      "服务对象满意度|NULL",
      "(个)培训种类|NULL",
      "项目(按实际发生的费用计算)|NULL",
      "培训种类()|NULL",
  })
  void unitInName_readsATrailingParenthesis(String name, String unit) {
    assertThat(PerformanceIndicator.unitInName(name)).isEqualTo(unit);
  }

  private static final String[] NAME_PALETTE = {"(", ")", "（", "）", " ", "  ", "\t", "\n", "\r", "\u000b", "\f",
      "\u0085", "\u2028", "\u2029", "\u3000", "\u00a0", "个", "人次", "平方米", "%", "a", "12345678", "培训种类"};

  @Test
  void property_trailingParenthesis_isWhatTheUnitPatternFinds() {
    java.util.regex.Pattern unit = java.util.regex.Pattern.compile("[(（]\\s*([^()（）]{1,8}?)\\s*[)）]\\s*$");
    Property.forAll("trailingParenthesis = the unit pattern's find", 91L, 50_000, r -> {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(10);
      for (int i = 0; i < n; i++) {
        sb.append(r.nextInt(10) == 0 ? String.valueOf((char) r.nextInt(0x10000))
            : NAME_PALETTE[r.nextInt(NAME_PALETTE.length)]);
      }
      return sb.toString();
    }, s -> {
      java.util.regex.Matcher m = unit.matcher(s);
      assertThat(PerformanceIndicator.trailingParenthesis(s)).isEqualTo(m.find() ? m.group(1) : null);
    });
  }

  @Test
  void unitInName_refusesNull() {
    assertThatThrownBy(() -> PerformanceIndicator.unitInName(null)).isInstanceOf(NullPointerException.class);
  }

  //----- Bean Validation -----
  @Test
  void validation_acceptsTheSampleRows() {
    for (PerformanceIndicator row : TestForms.tianheKeyProject().indicators()) {
      assertThat(validation.violations(row)).as(row.name()).isEmpty();
    }
  }

  @Test
  void validation_faultsAreReportedAtTheirColumns() {
    PerformanceIndicator full = TestForms.fullIndicator();
    assertThat(validation.violations(full.withWeight(new BigDecimal("-10")))).containsExactly("weight PositiveOrZero");
    assertThat(validation.violations(full.withScore(new BigDecimal("-0.5")))).containsExactly("score PositiveOrZero");
    assertThat(validation.violations(full.withName(""))).containsExactly("name NotBlank");
    assertThat(validation.violations(full.withLevel1Label("级".repeat(FormLimits.MAX_NAME_LENGTH + 1))))
        .containsExactly("level1Label Size");
    assertThat(validation.violations(full.withActual(IndicatorValue.parse("%".repeat(FormLimits.MAX_TEXT_LENGTH + 1)))))
        .containsExactly("actual PrintedLength");
    assertThat(validation.violations(full.withDeviationAnalysis("析".repeat(FormLimits.MAX_TEXT_LENGTH + 1))))
        .containsExactly("deviationAnalysis Size");
  }
}

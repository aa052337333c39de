package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.FormLayout;
import io.github.jixiao.core.FundRow;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.PerformanceIndicatorBuilder;
import io.github.jixiao.core.ProjectFunds;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluationBuilder;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormJsonTest {
  private static final FormJson JSON = FormJson.standard();

  private static ProjectSelfEvaluation project(Amount executed) {
    return new ProjectSelfEvaluationBuilder()
        .projectName("委托业务项目")
        .amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
        .layout(FormLayout.PROJECT_NATIONAL_2020)
        .funds(ProjectFunds.ofTotal(new FundRow(Amount.ofWan("90"), Amount.ofWan("89.974"), executed,
            new BigDecimal("10"), Percentage.parse("100.00%"), new BigDecimal("10.00"), null)))
        .addIndicators(new PerformanceIndicatorBuilder().name("项目总成本").target(IndicatorValue.parse("≤90万元"))
            .weight(new BigDecimal("8")).build())
        .build();
  }

  private static String minimal(String projectBody) {
    return "{\"formatVersion\":1,\"project\":{\"projectName\":\"p\",\"amountUnit\":\"TEN_THOUSAND_YUAN\","
        + "\"layout\":\"OTHER\",\"funds\":{\"total\":{" + projectBody + "}}}}";
  }

  //-----------------------------------------------------------------------
  @Test
  void write_keepsPrintedScaleOfDecimalsAsStrings() {
    String json = JSON.write(project(Amount.ofWan("11.6")));
    assertThat(json).contains("\"value\" : \"11.6\"").contains("\"executionRate\" : \"100.00\"")
        .contains("\"score\" : \"10.00\"");
  }

  @Test
  void read_givesBackScaleSensitiveEqualForm() throws Exception {
    ProjectSelfEvaluation form = project(Amount.ofWan("11.6"));
    ProjectSelfEvaluation back = JSON.readProject(JSON.write(form));
    assertThat(back).isEqualTo(form);
    assertThat(back.funds().total().executed()).isNotEqualTo(Amount.ofWan("11.60"));
    assertThat(back.funds().total().executed().value().scale()).isEqualTo(1);
    assertThat(back.funds().total().score()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void write_leavesOutNullFieldsAndWritesEmptyLists() {
    String json = JSON.write(project(Amount.ofWan("1")));
    assertThat(json).doesNotContain("null").contains("\"problems\" : [ ]").contains("\"formatVersion\" : 1");
  }

  @Test
  void read_unknownFieldIsRefusedWithPathAndField() {
    String json = minimal("\"bogus\":\"1\"");
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> JSON.read(json));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.UNKNOWN_FIELD);
    assertThat(e.path()).isEqualTo("/project/funds/total");
    assertThat(e.field()).isEqualTo("bogus");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("unknown field \"bogus\"").contains("/project/funds/total")
        .contains("initialBudget");
  }

  @Test
  void read_unknownFieldIsSkippedAndListedWhenAllowed() throws Exception {
    String json = minimal("\"bogus\":{\"deep\":[1]}").replace("{\"formatVersion\":1,", "{\"formatVersion\":1,\"x\":0,");
    FormDocument doc = JSON.allowingUnknownFields().read(json);
    assertThat(doc.ignoredFields()).containsExactly("/x", "/project/funds/total/bogus");
    assertThat(doc.project().projectName()).isEqualTo("p");
  }

  @Test
  void read_decimalWrittenAsJsonNumberIsRefusedWithReason() {
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> JSON.read(minimal("\"weight\":10.00")));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("/project/funds/total/weight");
    assertThat(e.getMessage()).contains("decimal string");
  }

  @Test
  void read_decimalWithExponentIsRefused() {
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> JSON.read(minimal("\"weight\":\"1e999999999\"")));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.INVALID_VALUE);
  }

  @Test
  void read_hugeJsonNumberIsRefusedWithoutExpandingIt() {
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> JSON.read(minimal("\"weight\":1e999999999")));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.INVALID_VALUE);
    FormReadException v = catchThrowableOfType(FormReadException.class,
        () -> JSON.read("{\"formatVersion\":1e999999999}"));
    assertThat(v.reason()).isEqualTo(FormReadException.Reason.INVALID_VALUE);
  }

  @Test
  void read_amountBeyondModelBoundsIsRefused() {
    String digits = "1234567890123456789";
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> JSON.read(minimal("\"executed\":{\"value\":\"" + digits + "\",\"unit\":\"YUAN\"}")));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("/project/funds/total/executed/value");
  }

  @Test
  void read_tooLongNumberIsRefusedByTheLimit() {
    String digits = "1".repeat(41);
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> JSON.read(minimal("\"weight\":\"" + digits + "\"")));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.LIMIT_EXCEEDED);
    FormReadException n = catchThrowableOfType(FormReadException.class,
        () -> JSON.read("{\"formatVersion\":" + digits + "}"));
    assertThat(n.reason()).isEqualTo(FormReadException.Reason.LIMIT_EXCEEDED);
  }

  @Test
  void read_missingFormatVersionIsRefused() {
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> JSON.read("{\"project\":{}}"));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.UNSUPPORTED_VERSION);
  }

  @Test
  void read_newerFormatVersionIsRefused() {
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> JSON.read("{\"formatVersion\":2,\"project\":{}}"));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.UNSUPPORTED_VERSION);
    assertThat(e.getMessage()).contains("formatVersion 2");
  }

  @Test
  void read_missingRequiredFieldIsRefusedWithPath() {
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> JSON.read("{\"formatVersion\":1,\"project\":{\"amountUnit\":\"YUAN\",\"layout\":\"OTHER\","
            + "\"funds\":{\"total\":{}}}}"));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.MISSING_FIELD);
    assertThat(e.path()).isEqualTo("/project/projectName");
  }

  @Test
  void read_bothOrNoFormIsRefused() {
    assertThatThrownBy(() -> JSON.read("{\"formatVersion\":1}")).isInstanceOf(FormReadException.class)
        .hasMessageContaining("exactly one");
  }

  @Test
  void read_duplicateFieldIsRefused() {
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> JSON.read("{\"formatVersion\":1,\"formatVersion\":1}"));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.MALFORMED_JSON);
    assertThat(e.getMessage()).contains("duplicate field");
  }

  @Test
  void read_unknownEnumConstantIsRefusedListingTheConstants() {
    FormReadException e = catchThrowableOfType(FormReadException.class,
        () -> JSON.read(minimal("").replace("\"OTHER\"", "\"SHANGHAI\"")));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.INVALID_VALUE);
    assertThat(e.getMessage()).contains("PROJECT_NATIONAL_2020");
  }

  @Test
  void read_malformedJsonIsRefusedWithPosition() {
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> JSON.read("{\n  \"formatVersion\": }"));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.MALFORMED_JSON);
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void read_emptyInputIsRefused() {
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> JSON.read("  "));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.EMPTY);
  }

  @Test
  void read_trailingContentIsRefused() {
    assertThatThrownBy(() -> JSON.read(minimal("") + "{}")).isInstanceOf(FormReadException.class)
        .hasMessageContaining("after the end");
  }

  @Test
  void read_inputOverTheLimitIsRefused() {
    FormJson small = JSON.withLimits(ReaderLimits.defaults().withMaxInputChars(20));
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> small.read(minimal("")));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.LIMIT_EXCEEDED);
  }

  @Test
  void read_nestingDeeperThanTheLimitIsRefused() {
    String deep = "[".repeat(100) + "]".repeat(100);
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> JSON.read(deep));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.LIMIT_EXCEEDED);
  }

  @Test
  void read_moreValuesThanTheLimitIsRefused() {
    FormJson small = JSON.withLimits(ReaderLimits.defaults().withMaxCells(5));
    FormReadException e = catchThrowableOfType(FormReadException.class, () -> small.read(minimal("")));
    assertThat(e.reason()).isEqualTo(FormReadException.Reason.LIMIT_EXCEEDED);
  }

  @Test
  void read_explicitNullMeansNotPrintedAndNullListMeansEmpty() throws Exception {
    ProjectSelfEvaluation p = JSON.readProject(minimal("\"weight\":null").replace("\"projectName\":\"p\",",
        "\"projectName\":\"p\",\"title\":null,\"problems\":null,"));
    assertThat(p.title()).isNull();
    assertThat(p.problems()).isEmpty();
    assertThat(p.funds().total().weight()).isNull();
  }

  @Test
  void readDepartment_refusesAProjectDocument() {
    assertThatThrownBy(() -> JSON.readDepartment(minimal(""))).isInstanceOf(FormReadException.class)
        .hasMessageContaining("project form");
  }

  //-----------------------------------------------------------------------
  @Test
  void writeValue_andReadValue_roundTripEveryValueType() throws Exception {
    RandomForms random = new RandomForms(3);
    Object[] values = {Amount.ofWan("11.60"), Percentage.parse("99.68%"), IndicatorValue.parse("≥50个"),
        new BigDecimal("100.00"), java.time.Year.of(2021), java.time.LocalDate.of(2022, 2, 3), AmountUnit.YUAN,
        "文字", random.fundRow(), random.indicator(), random.categoryWeight(), random.irregularity(),
        random.project(), random.department()};
    for (Object value : values) {
      String json = JSON.writeValue(value);
      assertThat(JSON.readValue(json, value.getClass())).as(json).isEqualTo(value);
    }
    assertThat(JSON.writeValue(Amount.ofWan("11.60"))).isEqualTo("{\"value\":\"11.60\",\"unit\":\"TEN_THOUSAND_YUAN\"}");
  }

  @Test
  void writeValue_refusesNonModelTypes() {
    assertThatThrownBy(() -> JSON.writeValue(new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JSON.readValue("1", Object.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schema_isShippedAsResource() {
    assertThat(FormJson.schema()).contains("\"$schema\"").contains("formatVersion");
  }
}

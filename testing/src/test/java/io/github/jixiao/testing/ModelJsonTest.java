package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.Goal;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
  private record Pair(String name, int count) {}

  @Test
  void document_ofTheSample_wrapsTheFormWithItsFormatVersion_andKeepsWhatWasPrinted() {
    DepartmentSelfEvaluation form = SampleForms.tianhe2021();
    String json = ModelJson.document(form);
    assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"department\": {\n    \"title\": \"部门整体支出绩效自评表\",")
        .contains("\"initialBudgetRevenue\": {\"value\": \"526.59\", \"unit\": \"TEN_THOUSAND_YUAN\"}")
        .contains("\"budgetCompletionRate\": \"99.68\"")
        .contains("\"evaluationYear\": 2021")
        .contains("\"consolidated\": true")
        .contains("\"layout\": \"DEPARTMENT_GUANGZHOU\"")
        .contains("\"amount\": {\"value\": \"11.6\", \"unit\": \"TEN_THOUSAND_YUAN\"}")
        .contains("\"completion\": \"12次\"")
        .contains("\"indicators\": []")
        .doesNotContain("\"reportDate\"")
        .doesNotContain("null")
        .endsWith("\n  }\n}");
    assertThat(ModelJson.toJson(form)).isEqualTo(json);
  }

  @Test
  void document_ofAProjectForm_isAProjectDocument() {
    assertThat(ModelJson.document(SampleForms.tianhe2021KeyProject()))
        .startsWith("{\n  \"formatVersion\": 1,\n  \"project\": {")
        .contains("\"executionRate\": \"100\"")
        .contains("\"target\": \"2个\"");
    assertThat(ModelJson.toJson(FormGenerators.scoredProject(new SplittableRandom(1))))
        .contains("\"project\": {").contains("\"totalScore\": \"").contains("\"grade\": \"");
  }

  @Test
  void values_areWrittenAsTheIoJsonFormWritesThem() {
    assertThat(ModelJson.toJson(Amount.ofWan("11.6"))).isEqualTo("{\"value\": \"11.6\", \"unit\": \"TEN_THOUSAND_YUAN\"}");
    assertThat(ModelJson.toJson(Percentage.parse("100%"))).isEqualTo("\"100\"");
    assertThat(ModelJson.toJson(IndicatorValue.parse("≥50个"))).isEqualTo("\"≥50个\"");
    assertThat(ModelJson.toJson(new BigDecimal("5.50"))).isEqualTo("\"5.50\"");
    assertThat(ModelJson.toJson(new BigDecimal("1E+3"))).isEqualTo("\"1000\"");
    assertThat(ModelJson.toJson(Year.of(2021))).isEqualTo("2021");
    assertThat(ModelJson.toJson(LocalDate.of(2022, 2, 3))).isEqualTo("\"2022-02-03\"");
    assertThat(ModelJson.toJson(Grade.GOOD)).isEqualTo("\"GOOD\"");
    assertThat(ModelJson.toJson(Goal.of(5, "强化担当"))).isEqualTo("{\n  \"number\": 5,\n  \"text\": \"强化担当\"\n}");
  }

  @Test
  void otherValues_areRenderedToo() {
    assertThat(ModelJson.toJson(null)).isEqualTo("null");
    assertThat(ModelJson.toJson(List.of())).isEqualTo("[]");
    assertThat(ModelJson.toJson(List.of(1, 2))).isEqualTo("[\n  1,\n  2\n]");
    assertThat(ModelJson.toJson(new int[] {3})).isEqualTo("[\n  3\n]");
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put(1, "a");
    map.put("b", null);
    assertThat(ModelJson.toJson(map)).isEqualTo("{\n  \"1\": \"a\",\n  \"b\": null\n}");
    assertThat(ModelJson.toJson(Map.of())).isEqualTo("{}");
    assertThat(ModelJson.toJson(Optional.of(7L))).isEqualTo("7");
    assertThat(ModelJson.toJson(Optional.empty())).isEqualTo("null");
    assertThat(ModelJson.toJson(2.5)).isEqualTo("2.5");
    assertThat(ModelJson.toJson(Double.NaN)).isEqualTo("\"NaN\"");
    assertThat(ModelJson.toJson(new StringBuilder("sb"))).isEqualTo("\"sb\"");
    assertThat(ModelJson.toJson(false)).isEqualTo("false");
  }

  @Test
  void records_ofAnyPackage_evenPrivateOnes_areWrittenByComponent() {
    assertThat(ModelJson.toJson(new Pair("x", 2))).isEqualTo("{\n  \"name\": \"x\",\n  \"count\": 2\n}");
    assertThat(ModelJson.toJson(new Pair(null, 0))).isEqualTo("{\n  \"count\": 0\n}");
  }

  @Test
  void strings_escapeQuotesBackslashesControlCharactersAndLineSeparators() {
    assertThat(ModelJson.toJson("a\"b\\c\nd\te\u0001f\u2028g\u007f"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g\\u007f\"");
    assertThat(ModelJson.toJson("\r\b\f")).isEqualTo("\"\\r\\b\\f\"");
  }

  @Test
  void nestingDeeperThanTheLimit_isCutOff() {
    List<Object> root = new ArrayList<>();
    List<Object> current = root;
    for (int i = 0; i < ModelJson.MAX_DEPTH + 5; i++) {
      List<Object> next = new ArrayList<>();
      current.add(next);
      current = next;
    }
    assertThat(ModelJson.toJson(root)).contains("\"…\"");
    List<Object> cycle = new ArrayList<>();
    cycle.add(cycle);
    assertThat(ModelJson.toJson(cycle)).contains("\"…\"");
  }
}

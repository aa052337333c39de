package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.io.FormJson;
import io.github.jixiao.testing.FormGenerators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on the bundled sample forms of examples/forms. */
class JixiaoTest {
  static final Path FORMS = Path.of("..", "examples", "forms");
  static final ObjectMapper JSON = new ObjectMapper();

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Jixiao.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static String form(String name) {
    return FORMS.resolve(name).toString();
  }

  //----- audit -----
  @Test
  void audit_bundledForms_reportsTheSampleAnomaliesAndTheDeliberateErrors_andExits1() {
    Run run = run("audit", FORMS.toString());
    assertThat(run.code()).isEqualTo(Jixiao.FINDINGS);
    // the reader's one note on the published sample (text and HTML): the task amount printed 11.6
    assertThat(run.err().lines()).containsExactly(
        "jixiao: " + form("tianhe-2021.html") + ": “任务4 / 任务涉及”下的金额“11.6”印有 1 位小数，而非 2 位（第 32 行，第 138 列）",
        "jixiao: " + form("tianhe-2021.txt") + ": “任务4 / 任务涉及”下的金额“11.6”印有 1 位小数，而非 2 位（第 27 行，第 58 列）");
    assertThat(run.out()).contains(form("tianhe-2021.txt") + " (department)", form("tianhe-2021.html"),
        form("tianhe-2021.json"), form("project-clean.txt") + " (project)", form("project-errors.txt"));
    assertThat(run.out()).contains("DW-F-03", "DW-F-09", "DW-G-01", "DW-G-02", "DW-G-03", "DW-K-04", "DW-K-05",
        "DW-N-01", "DW-T-04", "FMT-01", "FMT-02");
    assertThat(run.out()).contains("PRJ-W-01", "PRJ-W-03", "PRJ-S-01", "PRJ-S-02", "PRJ-S-04", "PRJ-D-01",
        "PRJ-F-01");
  }

  @Test
  void audit_json_followsTheContract() {
    Run run = run("audit", "--format", "json", form("tianhe-2021.txt"), form("project-errors.txt"));
    JsonNode array = run.json();
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    JsonNode sample = array.get(0);
    assertThat(sample.get("file").asText()).isEqualTo(form("tianhe-2021.txt"));
    assertThat(sample.get("form").asText()).isEqualTo("department");
    JsonNode first = sample.get("findings").get(0);
    assertThat(first.fieldNames()).toIterable().containsExactly("code", "severity", "outcome", "path", "message",
        "reported", "expected");
    assertThat(sample.get("findings")).allSatisfy(f -> {
      assertThat(f.get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
      assertThat(f.get("outcome").asText()).isIn("FAIL", "INDETERMINATE");
    });
    JsonNode f03 = findings(sample, "DW-F-03").get(0);
    assertThat(f03.get("path").asText()).isEqualTo("funds.adjustedBudgetRevenue");
    assertThat(f03.get("reported").isTextual()).isTrue();
    assertThat(f03.get("reported").asText()).isEqualTo("422.69");
    assertThat(sample.get("counts").get("ERROR").get("FAIL").asInt()).isZero();
    assertThat(sample.get("counts").get("WARNING").get("FAIL").asInt()).isEqualTo(6);
    JsonNode errors = array.get(1);
    assertThat(errors.get("form").asText()).isEqualTo("project");
    JsonNode f01 = findings(errors, "PRJ-F-01").get(0);
    assertThat(f01.get("reported").asText()).isEqualTo("97.00%");
    assertThat(f01.get("expected").asText()).isEqualTo("[94.98687, 95.01313]");
  }

  @Test
  void audit_unreadableInput_isReportedInItsPlace_otherFilesStillAudited_exit2() throws IOException {
    Path dir = Files.createTempDirectory("jixiao-cli");
    Path binary = Files.write(dir.resolve("garbage.bin"), new byte[] {0, 1, 2, 3, 0, (byte) 0xFF});
    Run run = run("audit", "--format", "json", form("project-clean.txt"), binary.toString(),
        dir.resolve("missing.txt").toString());
    assertThat(run.code()).isEqualTo(Jixiao.USAGE_OR_INPUT_ERROR);
    JsonNode array = run.json();
    assertThat(array).hasSize(3);
    assertThat(array.get(0).has("findings")).isTrue();
    assertThat(array.get(1).fieldNames()).toIterable().containsExactly("file", "error");
    assertThat(array.get(1).get("error").asText()).containsIgnoringCase("binary");
    assertThat(array.get(2).get("error").asText()).isEqualTo("no such file");
    assertThat(run.err()).contains("garbage.bin", "missing.txt").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void audit_cleanProject_exits0_andFailOnLowersTheThreshold() {
    assertThat(run("audit", form("project-clean.txt")).code()).isEqualTo(Jixiao.OK);
    assertThat(run("audit", form("tianhe-2021.txt")).code()).isEqualTo(Jixiao.OK);
    assertThat(run("audit", "--fail-on", "WARNING", form("tianhe-2021.txt")).code()).isEqualTo(Jixiao.FINDINGS);
    assertThat(run("audit", "--fail-on", "NONE", form("project-errors.txt")).code()).isEqualTo(Jixiao.OK);
  }

  @Test
  void audit_rulesSelectAndExclude_minSeverity_and_all() {
    JsonNode only = run("audit", "--format", "json", "--rules", "DW-F-03,FMT-01", form("tianhe-2021.txt")).json();
    assertThat(only.get(0).get("findings")).extracting(f -> f.get("code").asText())
        .containsExactly("DW-F-03", "FMT-01");
    JsonNode excluded = run("audit", "--format", "json", "--rules=-DW-T-04,-FMT-02", form("tianhe-2021.txt")).json();
    assertThat(excluded.get(0).get("findings")).extracting(f -> f.get("code").asText())
        .doesNotContain("DW-T-04", "FMT-02").contains("DW-F-03");
    JsonNode warnings = run("audit", "--format", "json", "--min-severity", "WARNING", form("tianhe-2021.txt")).json();
    assertThat(warnings.get(0).get("findings")).hasSize(6);
    JsonNode all = run("audit", "--format", "json", "--all", "--rules", "DW-F-01", form("tianhe-2021.txt")).json();
    assertThat(all.get(0).get("findings")).extracting(f -> f.get("outcome").asText()).containsExactly("PASS");
    Run unknown = run("audit", "--rules", "XX-99", form("tianhe-2021.txt"));
    assertThat(unknown.code()).isEqualTo(Jixiao.USAGE_OR_INPUT_ERROR);
    assertThat(unknown.err()).contains("unknown rule code 'XX-99'");
  }

  @Test
  void audit_csvAndMarkdownAndEnglish() {
    Run csv = run("audit", "--format", "csv", "--locale", "en", form("tianhe-2021.txt"));
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(Report.CSV_HEADER);
    assertThat(lines).hasSize(1 + 33);
    assertThat(lines).anyMatch(l -> l.startsWith(form("tianhe-2021.txt") + ",department,DW-F-03,WARNING,FAIL,"
        + "funds.adjustedBudgetRevenue,"));
    Run md = run("audit", "--format", "markdown", form("tianhe-2021.txt"));
    assertThat(md.out()).contains("## " + form("tianhe-2021.txt") + " (department)")
        .contains("| severity | code | outcome | path | message |").contains("| WARNING | DW-F-03 | FAIL |");
    assertThat(run("audit", "--locale", "en", form("tianhe-2021.txt")).out()).contains("adjusted budget");
  }

  @Test
  void audit_usageErrors_exit2() {
    assertThat(run("audit").code()).isEqualTo(Jixiao.USAGE_OR_INPUT_ERROR);
    assertThat(run("audit", "--profile", "guangxi", form("tianhe-2021.txt")).code())
        .isEqualTo(Jixiao.USAGE_OR_INPUT_ERROR);
    assertThat(run("audit", "--format", "xml", form("tianhe-2021.txt")).code()).isEqualTo(Jixiao.USAGE_OR_INPUT_ERROR);
    assertThat(run().code()).isEqualTo(Jixiao.USAGE_OR_INPUT_ERROR);
  }

  @Test
  void audit_inParallel_printsExactlyWhatTheSequentialRunPrints_for1000GeneratedForms(@TempDir Path dir)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      ProjectSelfEvaluation form = FormGenerators.project(new SplittableRandom(7_000 + i));
      Path file = dir.resolve(String.format("form-%04d.json", i));
      Files.writeString(file, FormJson.standard().write(form), StandardCharsets.UTF_8);
      files.add(file);
    }
    Run parallel = run("audit", "--format", "json", "--all", "--threads", "4", dir.toString());
    Run sequential = run("audit", "--format", "json", "--all", "--threads", "1", dir.toString());
    assertThat(parallel.code()).isEqualTo(sequential.code());
    assertThat(parallel.out()).isEqualTo(sequential.out());
    JsonNode array = parallel.json();
    assertThat(array).hasSize(1000);
    assertThat(array.get(0).get("file").asText()).endsWith("form-0000.json");
    assertThat(array.get(999).get("file").asText()).endsWith("form-0999.json");
  }

  //----- score -----
  @Test
  void score_json_followsTheContract_andPinsTheSampleKeyProject() {
    Run run = run("score", "--format", "json", "--qualitative", "floor", "--assume-tier", "ACHIEVED",
        form("tianhe-2021.json"), form("project-clean.txt"));
    assertThat(run.code()).isEqualTo(Jixiao.OK);
    JsonNode array = run.json();
    JsonNode key = array.get(0);
    assertThat(key.fieldNames()).toIterable().containsExactly("file", "project", "total", "grade", "complete",
        "items");
    assertThat(key.get("project").asText()).isEqualTo("2021年区工商联工作经费项目");
    assertThat(key.get("total").asText()).isEqualTo("90.67");
    assertThat(key.get("grade").asText()).isEqualTo("EXCELLENT");
    assertThat(key.get("complete").asBoolean()).isTrue();
    JsonNode item = key.get("items").get(1);
    assertThat(item.fieldNames()).toIterable().containsExactly("path", "weight", "points", "strategy");
    assertThat(item.get("path").asText()).isEqualTo("keyProjects[0].indicators[0]");
    assertThat(item.get("weight").asText()).isEqualTo("5.56");
    assertThat(item.get("strategy").asText()).isEqualTo("POSITIVE_RATIO");
    assertThat(array.get(1).get("total").asText()).isEqualTo("90.50");
  }

  @Test
  void score_asPrinted_marksTheSampleIncomplete_beijingProfileGives86_74() {
    JsonNode asPrinted = run("score", "--format", "json", form("tianhe-2021.txt")).json();
    assertThat(asPrinted.get(0).get("complete").asBoolean()).isFalse();
    JsonNode beijing = run("score", "--format", "json", "--profile", "beijing-2016", "--qualitative", "floor",
        "--assume-tier", "ACHIEVED", form("tianhe-2021.txt")).json();
    assertThat(beijing.get(0).get("total").asText()).isEqualTo("86.74");
    assertThat(beijing.get(0).get("grade").asText()).isEqualTo("GOOD");
    Run text = run("score", "--qualitative", "full", "--assume-tier", "ACHIEVED", form("tianhe-2021.txt"));
    assertThat(text.out()).contains("total 100.00 优 (EXCELLENT)");
    assertThat(run("score", "--qualitative", "half", form("tianhe-2021.txt")).code())
        .isEqualTo(Jixiao.USAGE_OR_INPUT_ERROR);
  }

  //----- convert -----
  @Test
  void convert_toJson_printsTheFormAsJixiaosJson_readableBack() throws Exception {
    Run run = run("convert", "--to", "json", form("tianhe-2021.txt"));
    assertThat(run.code()).isEqualTo(Jixiao.OK);
    var doc = FormJson.standard().read(run.out());
    assertThat(doc.department()).isEqualTo(io.github.jixiao.testing.SampleForms.tianhe2021());
    assertThat(run("convert", "--to", "json", "nowhere.txt").code()).isEqualTo(Jixiao.USAGE_OR_INPUT_ERROR);
  }

  //----- the reader's notes -----
  @Test
  void readerNotes_warningsAndUnreadContentGoToStandardError_inTheChosenLanguage_stdoutUnchanged(@TempDir Path dir)
      throws IOException {
    String sample = Files.readString(FORMS.resolve("tianhe-2021.txt"), StandardCharsets.UTF_8);
    Path annotated = Files.writeString(dir.resolve("annotated.txt"), "附件1\n" + sample, StandardCharsets.UTF_8);
    Run plain = run("audit", "--format", "json", "--locale", "en", form("tianhe-2021.txt"));
    Run run = run("audit", "--format", "json", "--locale", "en", annotated.toString());
    assertThat(run.code()).isEqualTo(plain.code());
    // the same findings at the same places (a message naming a line number is one line further down)
    assertThat(codesAndPaths(run.json().get(0))).isEqualTo(codesAndPaths(plain.json().get(0))).hasSize(33);
    assertThat(run.err().lines()).containsExactly(
        "jixiao: " + annotated + ": amount \"11.6\" under \"任务4 / 任务涉及\" is printed with 1 decimals, not 2 "
            + "(line 28, column 58)",
        "jixiao: " + annotated + ": not read into the form: \"附件1\" (line 1, column 1)");
    Run quiet = run("audit", "--format", "json", "--no-reader-notes", annotated.toString());
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(run("audit", "--format", "json", annotated.toString()).out());
  }

  @Test
  void readerNotes_scoreAndConvertPrintThemToo_andTheOptionSilencesThem(@TempDir Path dir) throws IOException {
    String sample = Files.readString(FORMS.resolve("project-clean.txt"), StandardCharsets.UTF_8);
    Path annotated = Files.writeString(dir.resolve("p.txt"), "报表编号\t510000_0013zp\n" + sample,
        StandardCharsets.UTF_8);
    String note = "jixiao: " + annotated + ": 未读入表单：“510000_0013zp”（报表编号）（第 1 行，第 6 列）";
    Run score = run("score", annotated.toString());
    assertThat(score.code()).isEqualTo(Jixiao.OK);
    assertThat(score.err().lines()).contains(note);
    Run convert = run("convert", "--to", "json", annotated.toString());
    assertThat(convert.code()).isEqualTo(Jixiao.OK);
    assertThat(convert.err().lines()).contains(note);
    assertThat(convert.out()).isEqualTo(run("convert", "--to", "json", form("project-clean.txt")).out());
    assertThat(run("score", "--no-reader-notes", annotated.toString()).err()).isEmpty();
    assertThat(run("convert", "--to", "json", "--no-reader-notes", annotated.toString()).err()).isEmpty();
  }

  static List<String> codesAndPaths(JsonNode form) {
    List<String> out = new ArrayList<>();
    form.get("findings").forEach(f -> out.add(f.get("code").asText() + " " + f.get("path").asText()));
    return out;
  }

  static List<JsonNode> findings(JsonNode form, String code) {
    List<JsonNode> out = new ArrayList<>();
    form.get("findings").forEach(f -> {
      if (f.get("code").asText().equals(code)) {
        out.add(f);
      }
    });
    return out;
  }
}

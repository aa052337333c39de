package io.github.jixiao.examples;

import io.github.jixiao.io.FormDocument;
import io.github.jixiao.io.FormJson;
import io.github.jixiao.io.FormReadException;
import io.github.jixiao.io.FormReader;
import io.github.jixiao.rules.AuditResult;
import io.github.jixiao.rules.DepartmentRules;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Outcome;
import io.github.jixiao.rules.ProjectRules;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads every form in a folder (published text or HTML, or jixiao JSON), audits it, and writes the failing findings
 * as CSV: what an auditor's own tooling would do with the library instead of the command line.
 */
public final class AuditAFolderToCsv {
  private AuditAFolderToCsv() {}

  /**
   * Audits the folder and writes the CSV.
   *
   * @param folder the folder, not null
   * @param csv where the CSV goes, not null
   * @return the number of findings written
   * @throws IOException if the folder or the output cannot be read or written
   */
  public static int audit(Path folder, Writer csv) throws IOException {
    csv.write("file,code,severity,path,message\r\n");
    int rows = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      FormDocument document;
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        document = text.stripLeading().startsWith("{") ? FormJson.standard().read(text)
            : FormReader.standard().read(text).document();
      } catch (FormReadException e) {
        csv.write(cell(file.toString()) + ",,,," + cell("unreadable: " + e.getMessage()) + "\r\n");
        continue;
      }
      AuditResult result = document.department() != null
          ? DepartmentRules.standardSet().audit(document.department())
          : ProjectRules.standardSet().audit(document.project());
      for (Finding f : result.findings(Outcome.FAIL)) {
        csv.write(cell(file.toString()) + "," + f.code() + "," + f.severity() + "," + cell(f.path().toString()) + ","
            + cell(f.message(Locale.SIMPLIFIED_CHINESE)) + "\r\n");
        rows++;
      }
    }
    return rows;
  }

  private static String cell(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /**
   * Audits {@code examples/forms} (or the folder given) and writes the CSV to standard output.
   *
   * @param args an optional folder
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/forms");
    Writer out = new java.io.OutputStreamWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
    audit(folder, out);
    out.flush();
  }
}

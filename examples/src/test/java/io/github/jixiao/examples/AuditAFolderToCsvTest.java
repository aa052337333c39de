package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AuditAFolderToCsvTest {
  @Test
  void audit_bundledForms_writesOneRowPerFailingFinding() throws Exception {
    StringWriter csv = new StringWriter();
    int rows = AuditAFolderToCsv.audit(Path.of("forms"), csv);
    String text = csv.toString();
    assertThat(text).startsWith("file,code,severity,path,message\r\n");
    assertThat(text.split("\r\n")).hasSize(rows + 1);
    assertThat(text).contains("project-errors.txt,PRJ-W-01,ERROR,totalWeight,")
        .contains("tianhe-2021.txt,DW-F-03,WARNING,funds.adjustedBudgetRevenue,");
    assertThat(text).doesNotContain("project-clean.txt,");
  }
}

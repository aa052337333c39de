package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.IndicatorValue;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.rules.AuditResult;
import io.github.jixiao.rules.Finding;
import io.github.jixiao.rules.Outcome;
import io.github.jixiao.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The four report formats of {@code jixiao audit}. */
final class Report {
  private Report() {}

  /** Which findings are printed: {@code --min-severity} and {@code --all}. */
  record Filter(Severity minSeverity, boolean all) {
    boolean shows(Finding f) {
      if (f.severity().ordinal() > minSeverity.ordinal()) {
        return false;
      }
      return all || f.outcome() == Outcome.FAIL || f.outcome() == Outcome.INDETERMINATE;
    }

    /** The printed findings: severity first (ERROR, WARNING, INFO), then in the audit's order. */
    List<Finding> select(AuditResult result) {
      List<Finding> shown = new ArrayList<>();
      for (Finding f : result.findings()) {
        if (shows(f)) {
          shown.add(f);
        }
      }
      shown.sort(Comparator.comparingInt(f -> f.severity().ordinal()));
      return shown;
    }
  }

  /** A reported or expected value as text: numbers keep their printed scale. */
  static @Nullable String value(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Amount a) {
      return a.value().toPlainString();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Percentage || v instanceof IndicatorValue) {
      return v.toString();
    }
    return String.valueOf(v);
  }

  //-----------------------------------------------------------------------
  static void text(PrintWriter out, List<AuditCommand.Audited> audited, Filter filter, Locale locale) {
    for (AuditCommand.Audited a : audited) {
      if (a.result() == null) {
        out.println(a.input().file() + ": error: " + a.input().error());
        out.println();
        continue;
      }
      out.println(a.input().file() + " (" + a.form() + ")");
      for (Finding f : filter.select(a.result())) {
        out.println("  " + pad(f.severity().name(), 8) + pad(f.code(), 9) + pad(f.outcome().name(), 15)
            + f.path() + "  " + oneLine(f.message(locale)));
      }
      out.println("  " + summary(a.result()));
      out.println();
    }
  }

  static String summary(AuditResult r) {
    return r.count(Severity.ERROR, Outcome.FAIL) + " ERROR, " + r.count(Severity.WARNING, Outcome.FAIL) + " WARNING, "
        + r.count(Severity.INFO, Outcome.FAIL) + " INFO failing; " + r.count(Outcome.INDETERMINATE)
        + " indeterminate; " + r.count(Outcome.PASS) + " passed; " + r.count(Outcome.NOT_APPLICABLE)
        + " not applicable";
  }

  //-----------------------------------------------------------------------
  static void json(PrintWriter out, List<AuditCommand.Audited> audited, Filter filter, Locale locale) {
    try (JsonGenerator g = generator(out)) {
      g.writeStartArray();
      for (AuditCommand.Audited a : audited) {
        g.writeStartObject();
        g.writeStringField("file", a.input().file());
        if (a.result() == null) {
          g.writeStringField("error", a.input().error());
          g.writeEndObject();
          continue;
        }
        g.writeStringField("form", a.form());
        g.writeArrayFieldStart("findings");
        for (Finding f : filter.select(a.result())) {
          g.writeStartObject();
          g.writeStringField("code", f.code());
          g.writeStringField("severity", f.severity().name());
          g.writeStringField("outcome", f.outcome().name());
          g.writeStringField("path", f.path().toString());
          g.writeStringField("message", f.message(locale));
          g.writeStringField("reported", value(f.reportedValue()));
          g.writeStringField("expected", value(f.expected()));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("counts");
        for (Severity s : Severity.values()) {
          g.writeObjectFieldStart(s.name());
          for (Outcome o : Outcome.values()) {
            g.writeNumberField(o.name(), a.result().count(s, o));
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  /** A pretty-printing generator that leaves the writer open. */
  static JsonGenerator generator(PrintWriter out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    g.useDefaultPrettyPrinter();
    return g;
  }

  //-----------------------------------------------------------------------
  static final String CSV_HEADER = "file,form,code,severity,outcome,path,message,reported,expected";

  static void csv(PrintWriter out, List<AuditCommand.Audited> audited, Filter filter, Locale locale) {
    out.print(CSV_HEADER + "\r\n");
    for (AuditCommand.Audited a : audited) {
      if (a.result() == null) {
        out.print(csvRow(a.input().file(), "error", null, null, null, null, a.input().error(), null, null));
        continue;
      }
      for (Finding f : filter.select(a.result())) {
        out.print(csvRow(a.input().file(), a.form(), f.code(), f.severity().name(), f.outcome().name(),
            f.path().toString(), f.message(locale), value(f.reportedValue()), value(f.expected())));
      }
    }
  }

  static String csvRow(@Nullable String... cells) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        row.append(',');
      }
      String c = cells[i];
      if (c == null) {
        continue;
      }
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        row.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        row.append(c);
      }
    }
    return row.append("\r\n").toString();
  }

  //-----------------------------------------------------------------------
  static void markdown(PrintWriter out, List<AuditCommand.Audited> audited, Filter filter, Locale locale) {
    out.println("# jixiao audit");
    out.println();
    for (AuditCommand.Audited a : audited) {
      out.println("## " + md(a.input().file()) + (a.form() == null ? "" : " (" + a.form() + ")"));
      out.println();
      if (a.result() == null) {
        out.println("**error**: " + md(a.input().error()));
        out.println();
        continue;
      }
      out.println(summary(a.result()));
      out.println();
      List<Finding> shown = filter.select(a.result());
      if (shown.isEmpty()) {
        continue;
      }
      out.println("| severity | code | outcome | path | message |");
      out.println("|---|---|---|---|---|");
      for (Finding f : shown) {
        out.println("| " + f.severity() + " | " + f.code() + " | " + f.outcome() + " | `" + f.path() + "` | "
            + md(f.message(locale)) + " |");
      }
      out.println();
    }
  }

  private static String md(@Nullable String s) {
    return s == null ? "" : oneLine(s).replace("|", "\\|");
  }

  private static String oneLine(String s) {
    return s.replace("\r", " ").replace("\n", " ");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}

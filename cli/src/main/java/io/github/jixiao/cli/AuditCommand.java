package io.github.jixiao.cli;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.io.FormDocument;
import io.github.jixiao.rules.AuditProfile;
import io.github.jixiao.rules.AuditResult;
import io.github.jixiao.rules.DepartmentRules;
import io.github.jixiao.rules.Outcome;
import io.github.jixiao.rules.ProjectRules;
import io.github.jixiao.rules.RuleSet;
import io.github.jixiao.rules.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao audit FILE|DIR...}: runs the standard rule set on every form and prints a report. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Audits each form (text, HTML or JSON, detected by content; directories are walked recursively)",
        "with the standard rule set and prints the failing and indeterminate findings."})
final class AuditCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Forms, or directories holding forms.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--profile", defaultValue = "national", paramLabel = "NAME",
      description = "Thresholds and scoring conventions: national, sichuan-2023 or beijing-2016 (default: national).")
  String profile = "national";

  @Option(names = "--rules", split = ",", paramLabel = "CODE",
      description = "Rule codes to run, comma-separated; a code prefixed with '-' is excluded instead "
          + "(e.g. --rules=-FMT-01,-FMT-02).")
  List<String> rules = new ArrayList<>();

  @Option(names = "--min-severity", defaultValue = "INFO", paramLabel = "SEVERITY",
      description = "Report findings of this severity or above: ERROR, WARNING or INFO (default: INFO).")
  Severity minSeverity = Severity.INFO;

  @Option(names = "--all", description = "Report every outcome, passes included.")
  boolean all;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default), json, csv or markdown.")
  Options.Format format = Options.Format.text;

  @Option(names = "--locale", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en.")
  Options.Lang locale = Options.Lang.zh;

  @Option(names = "--fail-on", defaultValue = "ERROR", paramLabel = "SEVERITY",
      description = "Exit with 1 when a finding of this severity or above fails: ERROR (default), WARNING, INFO or "
          + "NONE.")
  Options.FailOn failOn = Options.FailOn.ERROR;

  @CommandLine.Mixin
  ReaderNotes readerNotes = new ReaderNotes();

  @Option(names = "--threads", paramLabel = "N", description = "Forms audited at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The audit of one input. */
  record Audited(Inputs.Loaded input, @Nullable String form, @Nullable AuditResult result) {}

  @Override
  public Integer call() throws IOException {
    AuditProfile auditProfile = profile(spec, profile);
    RuleSet<DepartmentSelfEvaluation> departmentRules = select(DepartmentRules.standardSet(), auditProfile);
    RuleSet<ProjectSelfEvaluation> projectRules = select(ProjectRules.standardSet(), auditProfile);
    List<Path> files = Inputs.expand(inputs);
    List<Audited> audited = Parallel.map(files, file -> {
      Inputs.Loaded loaded = Inputs.load(file);
      FormDocument doc = loaded.document();
      if (doc == null) {
        return new Audited(loaded, null, null);
      }
      return doc.department() != null
          ? new Audited(loaded, "department", departmentRules.audit(doc.department()))
          : new Audited(loaded, "project", projectRules.audit(java.util.Objects.requireNonNull(doc.project())));
    }, threads, System.console() != null && format == Options.Format.text, spec.commandLine().getErr());

    Report.Filter filter = new Report.Filter(minSeverity, all);
    var out = spec.commandLine().getOut();
    switch (format) {
      case text -> Report.text(out, audited, filter, locale.locale);
      case json -> Report.json(out, audited, filter, locale.locale);
      case csv -> Report.csv(out, audited, filter, locale.locale);
      case markdown -> Report.markdown(out, audited, filter, locale.locale);
    }
    out.flush();
    boolean unreadable = false;
    boolean failing = false;
    for (Audited a : audited) {
      readerNotes.print(spec.commandLine().getErr(), a.input(), locale.locale);
      if (a.result() == null) {
        unreadable = true;
        spec.commandLine().getErr().println("jixiao: " + a.input().file() + ": " + a.input().error());
      } else if (failOn != Options.FailOn.NONE) {
        Severity threshold = Severity.valueOf(failOn.name());
        for (Severity s : Severity.values()) {
          if (s.ordinal() <= threshold.ordinal() && a.result().count(s, Outcome.FAIL) > 0) {
            failing = true;
          }
        }
      }
    }
    spec.commandLine().getErr().flush();
    return unreadable ? Jixiao.USAGE_OR_INPUT_ERROR : failing ? Jixiao.FINDINGS : Jixiao.OK;
  }

  static AuditProfile profile(CommandLine.Model.CommandSpec spec, String name) {
    try {
      return AuditProfile.byName(name);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private <F> RuleSet<F> select(RuleSet<F> standard, AuditProfile auditProfile) {
    RuleSet.Builder<F> builder = standard.toBuilder().profile(auditProfile);
    Set<String> known = new LinkedHashSet<>(DepartmentRules.standardSet().codes());
    known.addAll(ProjectRules.standardSet().codes());
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    for (String raw : rules) {
      String code = raw.strip();
      boolean excluded = code.startsWith("-") || code.startsWith("!");
      if (excluded) {
        code = code.substring(1);
      }
      if (!known.contains(code)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "unknown rule code '" + code + "'");
      }
      if (standard.codes().contains(code)) {
        (excluded ? exclude : include).add(code);
      }
    }
    boolean anyInclude = rules.stream().anyMatch(r -> !r.strip().startsWith("-") && !r.strip().startsWith("!"));
    if (anyInclude) {
      builder.select(include.toArray(String[]::new));
    }
    if (!exclude.isEmpty()) {
      builder.exclude(exclude.toArray(String[]::new));
    }
    return builder.build();
  }
}

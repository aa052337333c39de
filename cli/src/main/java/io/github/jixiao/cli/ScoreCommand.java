package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import io.github.jixiao.core.QualitativeTier;
import io.github.jixiao.io.FormDocument;
import io.github.jixiao.rules.scoring.QualitativeScoring;
import io.github.jixiao.rules.scoring.ScoreCard;
import io.github.jixiao.rules.scoring.ScoreItem;
import io.github.jixiao.rules.scoring.ScoringModels;
import io.github.jixiao.rules.scoring.ScoringProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao score FILE...}: the score card of each project form and of each key project of a department form. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Scores each project form, and each key project (重点项目) of a department form, out of 100 under",
        "the national model, itemised, with its grade."})
final class ScoreCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Forms, or directories holding forms.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--profile", defaultValue = "national", paramLabel = "NAME",
      description = "national (default; 执行率 on 全年预算数), sichuan-2023 (on 调整后预算数) or beijing-2016 (on 年初预算数).")
  String profile = "national";

  @Option(names = "--qualitative", defaultValue = "as-printed", paramLabel = "MODE",
      converter = QualitativeConverter.class,
      description = {"How qualitative rows without a printed score count: as-printed (default: such a row makes the",
          "total incomplete and says so), full (ACHIEVED rows at full weight) or floor (the bottom of their tier band)."})
  Options.Qualitative qualitative = Options.Qualitative.AS_PRINTED;

  @Option(names = "--assume-tier", paramLabel = "TIER",
      description = "The tier of qualitative rows that state none: ACHIEVED, PARTIALLY_ACHIEVED or NOT_ACHIEVED "
          + "(default: none is assumed).")
  @Nullable QualitativeTier assumeTier;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
  Options.Format format = Options.Format.text;

  @Option(names = "--locale", defaultValue = "zh", paramLabel = "LANG",
      description = "zh (default) or en: the language of the reader's notes on standard error.")
  Options.Lang locale = Options.Lang.zh;

  @CommandLine.Mixin
  ReaderNotes readerNotes = new ReaderNotes();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** One input and its score cards. */
  record Read(Inputs.Loaded input, List<Scored> cards) {}

  /** One score card, or why a file gave none. */
  record Scored(String file, @Nullable String path, @Nullable ScoreCard card, @Nullable String error) {}

  /** Reads {@code as-printed}, {@code full} and {@code floor}. */
  static final class QualitativeConverter implements CommandLine.ITypeConverter<Options.Qualitative> {
    @Override
    public Options.Qualitative convert(String value) {
      return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "as-printed", "as_printed" -> Options.Qualitative.AS_PRINTED;
        case "full" -> Options.Qualitative.FULL;
        case "floor" -> Options.Qualitative.FLOOR;
        default -> throw new CommandLine.TypeConversionException(
            "'" + value + "' is not one of as-printed, full, floor");
      };
    }
  }

  @Override
  public Integer call() throws IOException {
    if (format != Options.Format.text && format != Options.Format.json) {
      throw new CommandLine.ParameterException(spec.commandLine(), "score prints text or json, not " + format);
    }
    ScoringProfile scoring = scoringProfile();
    List<Scored> cards = new ArrayList<>();
    List<Path> files = Inputs.expand(inputs);
    List<Read> perFile = Parallel.map(files, file -> {
      Inputs.Loaded l = Inputs.load(file);
      return new Read(l, score(l, scoring));
    }, Runtime.getRuntime().availableProcessors(), false, spec.commandLine().getErr());
    for (Read r : perFile) {
      cards.addAll(r.cards());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Options.Format.json) {
      json(out, cards);
    } else {
      text(out, cards);
    }
    for (Read r : perFile) {
      readerNotes.print(spec.commandLine().getErr(), r.input(), locale.locale);
    }
    boolean unreadable = false;
    for (Scored s : cards) {
      if (s.card() == null) {
        unreadable = true;
        spec.commandLine().getErr().println("jixiao: " + s.file() + ": " + s.error());
      }
    }
    spec.commandLine().getErr().flush();
    return unreadable ? Jixiao.USAGE_OR_INPUT_ERROR : Jixiao.OK;
  }

  private ScoringProfile scoringProfile() {
    ScoringProfile base;
    try {
      base = ScoringProfile.byId(profile);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return base.toBuilder()
        .qualitativeScoring(QualitativeScoring.valueOf(qualitative.name()))
        .assumedTier(assumeTier)
        .build();
  }

  static List<Scored> score(Inputs.Loaded loaded, ScoringProfile scoring) {
    FormDocument doc = loaded.document();
    if (doc == null) {
      return List.of(new Scored(loaded.file(), null, null, loaded.error()));
    }
    if (doc.project() != null) {
      return List.of(new Scored(loaded.file(), "", ScoringModels.national().score(doc.project(), scoring), null));
    }
    DepartmentSelfEvaluation department = java.util.Objects.requireNonNull(doc.department());
    List<Scored> cards = new ArrayList<>();
    List<ProjectSelfEvaluation> projects = department.keyProjects();
    for (int i = 0; i < projects.size(); i++) {
      cards.add(new Scored(loaded.file(), "keyProjects[" + i + "].",
          ScoringModels.national().score(projects.get(i), scoring), null));
    }
    return cards;
  }

  private static void text(PrintWriter out, List<Scored> cards) {
    for (Scored s : cards) {
      if (s.card() == null) {
        out.println(s.file() + ": error: " + s.error());
        out.println();
        continue;
      }
      ScoreCard c = s.card();
      out.println(s.file() + (s.path().isEmpty() ? "" : " " + s.path().substring(0, s.path().length() - 1)) + ": "
          + c.projectName());
      out.println("  total " + c.total().toPlainString() + " " + c.grade().label() + " (" + c.grade() + ")"
          + (c.complete() ? "" : " — incomplete: some rows could not be scored"));
      for (ScoreItem item : c.items()) {
        out.println("  " + s.path() + item.path() + "  " + item.label() + " | weight "
            + plain(item.weight(2, RoundingMode.HALF_UP)) + " (" + item.weightBasis() + ") | " + item.strategy()
            + " | " + plain(item.points()) + (item.flags().isEmpty() ? "" : " | " + item.flags())
            + " | " + item.evidence().stream().map(e -> e.tag()).toList());
      }
      out.println();
    }
  }

  private static void json(PrintWriter out, List<Scored> cards) {
    try (JsonGenerator g = Report.generator(out)) {
      g.writeStartArray();
      for (Scored s : cards) {
        g.writeStartObject();
        g.writeStringField("file", s.file());
        if (s.card() == null) {
          g.writeStringField("error", s.error());
          g.writeEndObject();
          continue;
        }
        ScoreCard c = s.card();
        g.writeStringField("project", c.projectName());
        g.writeStringField("total", c.total().toPlainString());
        g.writeStringField("grade", c.grade().name());
        g.writeBooleanField("complete", c.complete());
        g.writeArrayFieldStart("items");
        for (ScoreItem item : c.items()) {
          g.writeStartObject();
          g.writeStringField("path", s.path() + item.path());
          g.writeStringField("weight", plain(item.weight(2, RoundingMode.HALF_UP)));
          g.writeStringField("points", plain(item.points()));
          g.writeStringField("strategy", item.strategy().name());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static @Nullable String plain(java.math.@Nullable BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }
}

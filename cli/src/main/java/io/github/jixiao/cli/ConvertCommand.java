package io.github.jixiao.cli;

import io.github.jixiao.io.FormJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao convert --to json FILE}: the form as jixiao's JSON on standard output. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Reads a published form (text, HTML or JSON) and prints it as jixiao's JSON form.")
final class ConvertCommand implements Callable<Integer> {
  /** The target formats. */
  enum Target { json }

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The output format: json.")
  Target to = Target.json;

  @Parameters(arity = "1", paramLabel = "FILE", description = "The form to convert.")
  Path input = Path.of("");

  @Option(names = "--locale", defaultValue = "zh", paramLabel = "LANG",
      description = "zh (default) or en: the language of the reader's notes on standard error.")
  Options.Lang locale = Options.Lang.zh;

  @CommandLine.Mixin
  ReaderNotes readerNotes = new ReaderNotes();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Inputs.Loaded loaded = Inputs.load(input);
    readerNotes.print(spec.commandLine().getErr(), loaded, locale.locale);
    spec.commandLine().getErr().flush();
    if (loaded.document() == null) {
      spec.commandLine().getErr().println("jixiao: " + loaded.file() + ": " + loaded.error());
      spec.commandLine().getErr().flush();
      return Jixiao.USAGE_OR_INPUT_ERROR;
    }
    spec.commandLine().getOut().println(FormJson.standard().write(loaded.document()));
    spec.commandLine().getOut().flush();
    return Jixiao.OK;
  }
}

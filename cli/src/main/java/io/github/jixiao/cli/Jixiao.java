package io.github.jixiao.cli;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jixiao command line: {@code audit}, {@code score} and {@code convert} published self-evaluation forms.
 *
 * <pre>
 * java -jar jixiao.jar audit examples/forms/
 * java -jar jixiao.jar audit --format json --locale en form.html
 * java -jar jixiao.jar score --profile beijing-2016 --qualitative floor project.txt
 * java -jar jixiao.jar convert --to json form.txt
 * </pre>
 *
 * <p>Exit codes: 0 when no finding reaches {@code --fail-on} (ERROR by default), 1 when one does, 2 for a usage
 * error or an input that could not be read (the other inputs are still processed).
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "jixiao 0.1.0-SNAPSHOT",
    description = "Audits, scores and converts budget performance self-evaluation forms (预算绩效自评表).",
    subcommands = {AuditCommand.class, ScoreCommand.class, ConvertCommand.class},
    exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
public final class Jixiao implements Runnable {
  /** Exit code: no finding reaches the failure threshold. */
  public static final int OK = 0;
  /** Exit code: a finding reaches the failure threshold. */
  public static final int FINDINGS = 1;
  /** Exit code: a usage error, or an input that could not be read. */
  public static final int USAGE_OR_INPUT_ERROR = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Creates the top command; used by picocli. */
  public Jixiao() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: audit, score or convert");
  }

  /**
   * Runs the command line with standard output and error in UTF-8, and exits with the command's code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command line with the given output and error writers, without exiting: the embeddable form of
   * {@link #main(String[])}.
   *
   * @param out where results go, not null
   * @param err where messages and progress go, not null
   * @param args the arguments, not null
   * @return the exit code: {@link #OK}, {@link #FINDINGS} or {@link #USAGE_OR_INPUT_ERROR}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Jixiao());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("jixiao: " + e.getMessage());
      return USAGE_OR_INPUT_ERROR;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}

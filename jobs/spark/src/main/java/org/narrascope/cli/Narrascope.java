package org.narrascope.cli;

import java.io.PrintWriter;
import org.narrascope.NarrascopeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the command line, locally (through ./narrascope) and under spark-submit. */
@Command(
    name = "narrascope",
    mixinStandardHelpOptions = true,
    versionProvider = Narrascope.Version.class,
    description = {
      "Measure how framing narratives travel across a multilingual news corpus:",
      "ingest -> Lucene shards -> frame counts -> comparison with the expert-skeptic baseline."
    },
    subcommands = {
      Commands.Run.class,
      Commands.Ingest.class,
      Commands.Index.class,
      Commands.Count.class,
      Commands.Compare.class,
      Commands.Discover.class,
      Commands.Generate.class,
      Commands.Evaluate.class,
      Commands.Kwic.class,
      Commands.Demo.class,
      CommandLine.HelpCommand.class
    })
public final class Narrascope implements Runnable {
  @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns the exit code: 0 done, 2 bad input or usage, 1 a bug. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Narrascope());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Throwable t = e;
          while (t != null && !(t instanceof NarrascopeException)) {
            t = t.getCause();
          }
          PrintWriter err = commandLine.getErr();
          if (t != null) {
            err.println("narrascope: " + t.getMessage());
            return 2;
          }
          e.printStackTrace(err);
          return 1;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The version of the jar, for --version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Narrascope.class.getPackage().getImplementationVersion();
      return new String[] {"narrascope " + (v == null ? "(development build)" : v)};
    }
  }
}

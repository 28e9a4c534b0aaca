package io.notelint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code notelint} command: wires the subcommands and maps every outcome to an exit code. Errors
 * that escape a command are reported by type only: their messages could quote input.
 */
@Command(name = "notelint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = "Lints the documentation quality of behavioral-health progress notes.",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'notelint COMMAND --help' for a command's options."})
public final class Main implements Callable<Integer> {

    private final Streams io;

    @Spec
    CommandSpec spec;

    private Main(Streams io) {
        this.io = io;
    }

    public static void main(String[] args) {
        // standard output unwrapped, so a closed pipe is an error we see rather than one PrintStream hides
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err, Terminal.stderrIsTerminal()));
    }

    /** Runs one command line and returns its exit code; the streams are the process's, or a test's. */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        return run(args, in, out, err, false);
    }

    /** As {@link #run(String[], InputStream, OutputStream, PrintStream)}, saying whether {@code err} is a terminal. */
    static int run(String[] args, InputStream in, OutputStream out, PrintStream err, boolean errTerminal) {
        Streams io = new Streams(in, out, err, errTerminal);
        CommandLine cmd = new CommandLine(new Main(io));
        for (Subcommand sub : Subcommand.needed(args)) {
            cmd.addSubcommand(sub.make().apply(io));
        }
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        cmd.setOut(stdout);
        cmd.setErr(new PrintWriter(err, true));
        // a mistyped option or value: the error and where to look, not the whole help page over it
        cmd.setParameterExceptionHandler((e, arguments) -> {
            CommandLine where = e.getCommandLine();
            err.println("notelint: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run '" + where.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            err.println("notelint: internal error (" + e.getClass().getName() + "); please report it");
            return ExitCodes.USAGE;
        });
        int code = cmd.execute(args);
        stdout.flush();
        return code;
    }

    /**
     * A subcommand and how to make it. picocli reads every option of every command it is given by
     * reflection, a sixth of a one-note run's start-up: a command line that starts with a command's name
     * gets that command alone (its parsing, help and errors are the same with or without its siblings);
     * anything else (no command, {@code --help}, a mistyped name) gets them all, to list or suggest them.
     */
    private record Subcommand(Class<?> type, java.util.function.Function<Streams, Object> make) {
        private static final List<Subcommand> ALL = List.of(new Subcommand(CheckCommand.class, CheckCommand::new),
                new Subcommand(AssertCommand.class, AssertCommand::new),
                new Subcommand(RulesCommand.class, RulesCommand::new),
                new Subcommand(ExplainCommand.class, ExplainCommand::new),
                new Subcommand(DocsCommand.class, DocsCommand::new),
                new Subcommand(TestRulesCommand.class, TestRulesCommand::new),
                new Subcommand(GradeCommand.class, GradeCommand::new),
                new Subcommand(ServeCommand.class, ServeCommand::new));

        String name() {
            return type.getAnnotation(Command.class).name();
        }

        static List<Subcommand> needed(String[] args) {
            if (args.length > 0) {
                for (Subcommand sub : ALL) {
                    if (sub.name().equals(args[0])) {
                        return List.of(sub);
                    }
                }
            }
            return ALL;
        }
    }

    /** {@code notelint} alone: show the commands, as a usage error. */
    @Override
    public Integer call() {
        io.err().println("notelint: a command is required");
        spec.commandLine().usage(io.err());
        return ExitCodes.USAGE;
    }
}

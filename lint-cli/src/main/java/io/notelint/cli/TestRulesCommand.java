package io.notelint.cli;

import io.notelint.core.config.ConfigException;
import io.notelint.testing.RuleFileTester;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code notelint test-rules}: runs the examples written in declarative rule files (docs/custom-rules.md). */
@Command(name = "test-rules", mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpAutoWidth = true,
        description = {"Runs the examples of rule files: every bad example must be flagged (exactly at its [[marked]]"
                + " spans, when it has markers), every good example left alone. One line per rule, then the failing cases."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every example passed", "1:an example failed",
            "2:a rule file could not be loaded (the error names file, line and key)"})
final class TestRulesCommand implements Callable<Integer> {

    private final Streams io;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*", description = "Rule files (YAML or JSON) or directories of them.")
    List<Path> paths = new ArrayList<>();

    TestRulesCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<RuleFileTester.Result> results;
        try {
            results = RuleFileTester.run(paths);
        } catch (ConfigException e) {
            io.err().println("notelint: rule file error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PrintWriter out = StdoutWriters.writer(io);
        int failed = 0;
        int untested = 0;
        for (RuleFileTester.Result r : results) {
            // a rule with no examples at all has proved nothing: that is a failure, not a pass
            boolean none = r.bad() == 0 && r.good() == 0;
            String status = !r.passed() || none ? "FAIL" : r.untested() ? "UNTESTED" : "ok";
            out.printf("%-8s %s  (%d bad, %d good)  %s%n", status, r.ruleId(), r.bad(), r.good(), r.source());
            // the cases quote the rule file's own examples, not anyone's notes
            r.failures().forEach(f -> out.println("         " + f.replace("\n", "\n         ")));
            if (none) {
                out.println("         no examples: add at least one bad and one good example under 'examples:'");
            }
            failed += r.passed() && !none ? 0 : 1;
            untested += r.passed() && r.untested() ? 1 : 0;
        }
        out.printf("%d rule(s): %d passed, %d failed%s%n", results.size(), results.size() - failed, failed,
                untested == 0 ? "" : "; " + untested + " without both a bad and a good example");
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FOUND;
    }
}

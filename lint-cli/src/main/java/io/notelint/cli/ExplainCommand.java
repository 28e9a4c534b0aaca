package io.notelint.cli;

import io.notelint.core.config.ConfigException;
import io.notelint.core.rule.Example;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.RuleMeta;
import io.notelint.docs.RuleDocs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notelint explain RULE}: everything the rule declares about itself, for people. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpAutoWidth = true,
        description = "Explains a rule: what it flags and why, references, options with their defaults, and"
                + " examples it flags and leaves alone.")
final class ExplainCommand implements Callable<Integer> {

    private final Streams io;

    @Parameters(paramLabel = "RULE", description = "A rule id, e.g. vague-language/vague-status (see: notelint rules).")
    String ruleId;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Also explain the rules of this config's rule files.")
    Path config;

    ExplainCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        RuleCatalog catalog;
        try {
            catalog = RuleCatalog.load(config);
        } catch (ConfigException e) {
            io.err().println("notelint: config error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Optional<RuleCatalog.Entry> rule = catalog.find(ruleId);
        if (rule.isEmpty()) {
            String hint = catalog.closest(ruleId).map(id -> " (did you mean " + id + "?)").orElse("");
            io.err().println("notelint: unknown rule '" + ruleId + "'" + hint + "; list the rules with: notelint rules");
            return ExitCodes.USAGE;
        }
        PrintWriter out = StdoutWriters.writer(io);
        print(rule.get().meta(), out);
        if (rule.get().origin() != null) {
            out.println();
            out.println("From " + rule.get().origin() + (rule.get().origin().startsWith("pack ")
                    ? ": on in a profile or config that names the pack (rulePacks)" : "") + ".");
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void print(RuleMeta m, PrintWriter out) {
        out.println(m.id());
        out.println("  category: " + m.category().id() + " (" + m.category().kind().name().toLowerCase(Locale.ROOT)
                + " category)");
        out.println("  default severity: " + m.defaultSeverity().id());
        out.println("  applies to: " + m.kindsShown());
        if (!m.stable()) {
            out.println("  experimental: off unless a config turns it on");
        }
        out.println();
        out.println(m.description());
        if (!m.rationale().isBlank()) {
            section(out, "Why");
            out.println(indent(m.rationale()));
        }
        if (!m.references().isEmpty()) {
            section(out, "References");
            m.references().forEach(r -> out.println("  - " + r));
        }
        section(out, "Options");
        if (m.options().isEmpty()) {
            out.println("  (none)");
        }
        for (OptionSpec o : m.options()) {
            out.println("  " + o.name() + " (" + o.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ", default " + render(o.defaultValue()) + ")");
            out.println("      " + o.description());
        }
        if (!m.suggestions().isEmpty()) {
            section(out, "Suggestions");
            m.suggestions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> out.println("  " + e.getKey() + ": " + e.getValue()));
        }
        examples(out, "Flagged", "the words it must flag are marked [[like this]]",
                m.examples().stream().filter(Example::shouldFlag).toList());
        examples(out, "Not flagged", null, m.examples().stream().filter(e -> !e.shouldFlag()).toList());
    }

    private static void examples(PrintWriter out, String title, String note, List<Example> examples) {
        if (examples.isEmpty()) {
            return;
        }
        section(out, title + (note == null ? "" : " (" + note + ")"));
        for (Example e : examples) {
            // text as written, markers kept (the heading says what they mean); a note with fields as JSON
            String shown = e.note().textOnly() ? e.text() : RuleDocs.shown(e.note());
            if (e.messageId() != null) {
                shown = "(message " + e.messageId() + ") " + shown;
            }
            String[] lines = shown.split("\\R", -1);
            out.println("  - " + lines[0]);
            for (int i = 1; i < lines.length; i++) {
                out.println("    " + lines[i]);
            }
        }
    }

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println(title + ":");
    }

    private static String indent(String text) {
        return "  " + text.replaceAll("\\R", System.lineSeparator() + "  ");
    }

    private static String render(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof List<?> l) {
            return l.isEmpty() ? "[]" : "[" + String.join(", ", l.stream().map(x -> "\"" + x + "\"").toList()) + "]";
        }
        return String.valueOf(value);
    }
}

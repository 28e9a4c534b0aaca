package io.notelint.cli;

import io.notelint.core.config.ConfigException;
import io.notelint.core.config.ConfigLoader;
import io.notelint.core.config.LintConfig;
import io.notelint.core.engine.ActiveRule;
import io.notelint.core.engine.Linter;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.RuleMeta;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code notelint rules}: a table of the rules, optionally of one category or one profile. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpAutoWidth = true,
        description = "Lists the rules: id, category, severity, description. Experimental rules (off unless"
                + " a config turns them on) are marked.")
final class RulesCommand implements Callable<Integer> {

    private final Streams io;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only rules of this category.")
    String category;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Only the rules this profile turns on, with the severity it gives them.")
    String profile;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Also list the rules of this config's rule files; with --profile, the rules this config"
                    + " turns on.")
    Path config;

    RulesCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Optional<Category> only = Optional.empty();
        if (category != null) {
            only = Category.fromId(category);
            if (only.isEmpty()) {
                return fail("unknown category '" + category + "'; expected one of "
                        + Arrays.stream(Category.values()).map(Category::id).collect(Collectors.joining(", ")));
            }
        }
        List<Row> rows = new ArrayList<>();
        if (profile != null) {
            List<ActiveRule> active;
            try {
                LintConfig base = config == null ? LintConfig.DEFAULT : ConfigLoader.load(config);
                active = Linter.builder().config(base.withProfile(profile)).build().rules();
            } catch (ConfigException e) {
                return fail("config error: " + e.getMessage());
            } catch (IllegalArgumentException | IllegalStateException e) {
                return fail(e.getMessage());
            }
            for (ActiveRule r : active) {
                rows.add(Row.of(r.rule().meta(), r.severity().id()));
            }
            rows.sort((a, b) -> a.id().compareTo(b.id()));
        } else {
            RuleCatalog catalog;
            try {
                catalog = RuleCatalog.load(config);
            } catch (ConfigException e) {
                return fail("config error: " + e.getMessage());
            }
            for (RuleCatalog.Entry e : catalog.entries()) {
                Row row = Row.of(e.meta(), e.meta().defaultSeverity().id());
                rows.add(e.origin() == null ? row : new Row(row.id(), row.category(), row.severity(),
                        row.description() + " (" + e.origin() + ")"));
            }
        }
        Optional<Category> filter = only;
        rows.removeIf(r -> filter.isPresent() && !r.category().equals(filter.get().id()));
        PrintWriter out = StdoutWriters.writer(io);
        if (rows.isEmpty()) {
            out.println(category == null && profile == null ? "No rules are installed." : "No rules match.");
        } else {
            print(rows, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(List<Row> rows, PrintWriter out) {
        Map<String, Integer> width = new LinkedHashMap<>();
        width.put("ID", rows.stream().mapToInt(r -> r.id().length()).max().orElse(0));
        width.put("CATEGORY", rows.stream().mapToInt(r -> r.category().length()).max().orElse(0));
        width.put("SEVERITY", rows.stream().mapToInt(r -> r.severity().length()).max().orElse(0));
        width.replaceAll((k, v) -> Math.max(k.length(), v));
        String format = "%-" + width.get("ID") + "s  %-" + width.get("CATEGORY") + "s  %-" + width.get("SEVERITY")
                + "s  %s%n";
        out.printf(format, "ID", "CATEGORY", "SEVERITY", "DESCRIPTION");
        for (Row r : rows) {
            out.printf(format, r.id(), r.category(), r.severity(), r.description());
        }
    }

    private int fail(String message) {
        io.err().println("notelint: " + message);
        return ExitCodes.USAGE;
    }

    private record Row(String id, String category, String severity, String description) {
        static Row of(RuleMeta m, String severity) {
            String d = m.description() + (m.stable() ? "" : " (experimental)");
            return new Row(m.id(), m.category().id(), severity, d);
        }
    }
}

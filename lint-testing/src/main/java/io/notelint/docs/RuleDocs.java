package io.notelint.docs;

import io.notelint.core.rule.Example;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the documentation pages of rules from their metadata (docs/rules/), so docs, SARIF and
 * {@code notelint explain} never disagree: one page per rule and an index grouped by category.
 */
public final class RuleDocs {

    private static final tools.jackson.databind.ObjectWriter JSON =
            tools.jackson.databind.json.JsonMapper.builder().build().writer();

    private RuleDocs() {
    }

    /** The file name of a rule's page: its id with '/' as "__" ("vague-language__vague-status.md"). */
    public static String fileName(RuleMeta meta) {
        return meta.id().replace("/", "__") + ".md";
    }

    /** Writes one page per rule and README.md (the index) into {@code dir}; returns the files written. */
    public static List<Path> write(List<RuleMeta> rules, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<RuleMeta> metas = rules.stream().sorted(Comparator.comparing(RuleMeta::id)).toList();
        java.util.ArrayList<Path> written = new java.util.ArrayList<>();
        for (RuleMeta meta : metas) {
            Path file = dir.resolve(fileName(meta));
            Files.writeString(file, page(meta), StandardCharsets.UTF_8);
            written.add(file);
        }
        Path index = dir.resolve("README.md");
        Files.writeString(index, index(metas), StandardCharsets.UTF_8);
        written.add(index);
        return written;
    }

    /** The index page: rules grouped by category. */
    public static String index(List<RuleMeta> metas) {
        StringBuilder out = new StringBuilder("# Rules\n\n")
                .append("Generated from the rules' metadata by `notelint docs docs/rules`; do not edit by hand.\n");
        Map<String, List<RuleMeta>> byCategory = new TreeMap<>();
        for (RuleMeta m : metas) {
            byCategory.computeIfAbsent(m.category().id(), k -> new java.util.ArrayList<>()).add(m);
        }
        byCategory.forEach((category, list) -> {
            out.append("\n## ").append(category).append("\n\n| rule | severity | what it checks |\n|---|---|---|\n");
            for (RuleMeta m : list) {
                out.append("| [").append(m.id()).append("](").append(fileName(m)).append(") | ")
                        .append(m.defaultSeverity().id()).append(m.stable() ? "" : " (experimental)").append(" | ")
                        .append(cell(m.description())).append(" |\n");
            }
        });
        return out.toString();
    }

    /** One rule's page. */
    public static String page(RuleMeta m) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(m.id()).append("\n\n");
        out.append("- Category: `").append(m.category().id()).append("`\n");
        out.append("- Default severity: `").append(m.defaultSeverity().id()).append("`\n");
        out.append("- Applies to: ").append(m.kindsShown()).append("\n");
        out.append("- In the default profile: ").append(m.stable() ? "yes" : "no (experimental)").append("\n\n");
        out.append(m.description()).append("\n");
        if (!m.rationale().isBlank()) {
            out.append("\n## Why it matters\n\n").append(m.rationale()).append("\n");
        }
        if (!m.options().isEmpty()) {
            out.append("\n## Options\n\n| option | type | default | meaning |\n|---|---|---|---|\n");
            for (OptionSpec o : m.options()) {
                out.append("| `").append(o.name()).append("` | ").append(o.type().name().toLowerCase(java.util.Locale.ROOT))
                        .append(" | `").append(o.defaultValue()).append("` | ").append(cell(o.description())).append(" |\n");
            }
        }
        out.append("\n## Messages\n\n");
        m.messages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append("- `").append(e.getKey()).append("`: ").append(e.getValue()).append("\n"));
        if (!m.suggestions().isEmpty()) {
            out.append("\n## Suggestions\n\n");
            m.suggestions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.append("- `").append(e.getKey()).append("`: ").append(e.getValue()).append("\n"));
        }
        appendExamples(out, "Flagged", m.examples().stream().filter(Example::shouldFlag).toList());
        appendExamples(out, "Not flagged", m.examples().stream().filter(e -> !e.shouldFlag()).toList());
        if (!m.references().isEmpty()) {
            out.append("\n## References\n\n");
            m.references().forEach(r -> out.append("- ").append(r).append("\n"));
        }
        return out.toString();
    }

    private static void appendExamples(StringBuilder out, String title, List<Example> examples) {
        if (examples.isEmpty()) {
            return;
        }
        out.append("\n## ").append(title).append("\n\n");
        for (Example e : examples) {
            if (e.messageId() != null) {
                out.append("Message `").append(e.messageId()).append("`:\n\n");
            }
            boolean json = !e.note().textOnly();
            out.append("```").append(json ? "json" : "text").append("\n").append(shown(e.note()).strip()).append("\n```\n\n");
        }
    }

    /**
     * The example as a reader writes it: text alone, or the note in the note format's JSON. The [[span]]
     * markers are for the example tests; the reader sees the note as written.
     */
    public static String shown(ExampleNote note) {
        java.util.function.UnaryOperator<String> plain = t -> io.notelint.testing.MarkedText.parse(t).text();
        if (note.textOnly()) {
            return plain.apply(note.text());
        }
        return JSON.writeValueAsString(note.toTree(plain));
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}

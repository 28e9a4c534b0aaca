package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/architecture.md draws the modules the build has: its module table lists the root pom's modules. */
class ArchitectureDocTest {

    private static final Pattern POM_MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern DIAGRAM_NODE = Pattern.compile("\\[(lint-[a-z-]+)\\]");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\|");

    @Test
    void theModuleTableListsExactlyTheRootPomsModules() throws IOException {
        Path root = CustomRulesCliTest.repoRoot();
        String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
        String doc = Files.readString(root.resolve("docs/architecture.md"), StandardCharsets.UTF_8);
        List<String> modules = all(POM_MODULE.matcher(pom.replaceAll("(?s)<!--.*?-->", "")));
        List<String> documented = all(TABLE_ROW.matcher(doc));
        assertThat(modules).as("root pom modules").contains("lint-core", "lint-io");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(modules);
    }

    @Test
    void theModuleDiagramDrawsEveryLibraryModuleAndNoOther() throws IOException {
        Path root = CustomRulesCliTest.repoRoot();
        String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
        String doc = Files.readString(root.resolve("docs/architecture.md"), StandardCharsets.UTF_8);
        String diagram = doc.substring(doc.indexOf("```mermaid"), doc.indexOf("```", doc.indexOf("```mermaid") + 3));
        List<String> drawn = all(DIAGRAM_NODE.matcher(diagram)).stream().distinct().toList();
        List<String> libraries = all(POM_MODULE.matcher(pom.replaceAll("(?s)<!--.*?-->", ""))).stream()
                .filter(m -> m.startsWith("lint-")).toList();
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(libraries);
    }

    private static List<String> all(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).trim());
        }
        return out;
    }
}

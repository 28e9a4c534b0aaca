package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The csv and html formats, end to end through {@code notelint check}; the page in a real browser. */
class ReportFormatsTest {

    @TempDir
    Path dir;

    private Path config;
    private Path batch;

    @BeforeEach
    void setUp() throws IOException {
        config = TestConfigs.onlyTestRules(dir);
        batch = Notes.write(dir, "batch.jsonl", List.of(
                Notes.line("n-1", "S: Client was zorblat, \"quoted\" <b>bold</b> & more.\nP: none NOPLANHERE"),
                Notes.line("=HYPERLINK(\"x\")", "zorblat"),
                "{\"id\": \"broken\", \"text\": ",
                Notes.line("n-4", "Fine note KABOOM"),
                Notes.line("n-5", "clean")));
    }

    @Test
    void csvHasOneRowPerFindingAndErrorsQuotedAndDefused() {
        Cli.Run run = Cli.run("check", "--config", config.toString(), "--format", "csv", batch.toString());

        List<List<String>> rows = parseCsv(run.out());
        assertThat(run.out()).contains("\r\n");
        assertThat(rows.get(0)).containsExactly("noteId", "ruleId", "category", "severity", "line", "column", "start",
                "end", "section", "message", "excerpt", "suggestion", "source");
        assertThat(rows).hasSize(1 + 2 + 1 + 1 + 1); // header, n-1's two findings, the formula id's, broken, KABOOM
        assertThat(rows.get(1).get(1)).as("note-level findings sort first").isEqualTo("test-cli/note-flag");
        assertThat(rows.get(1).get(4)).as("a note-level finding has no position").isEmpty();
        List<String> word = rows.get(2);
        assertThat(word.subList(0, 8)).containsExactly("n-1", "test-cli/flag-word", "vague-language", "warning", "1",
                "15", "14", "21");
        assertThat(word.get(10)).isEqualTo("zorblat");
        assertThat(rows.get(3).get(0)).as("a cell a spreadsheet would run is defused").isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(rows.get(4)).element(1).isEqualTo("input/invalid-json");
        assertThat(rows.get(4).get(3)).isEqualTo("error");
        assertThat(rows.get(5).get(1)).isEqualTo("test-cli/throws");
        assertThat(rows.get(5).get(9)).contains("failed");
        assertThat(run.exit()).isEqualTo(ExitCodes.FOUND);
    }

    @Test
    void htmlIsOneSelfContainedEscapedPage() throws IOException {
        Path page = dir.resolve("report.html");
        Cli.Run run = Cli.run("check", "--config", config.toString(), "--format", "html", "-o", page.toString(),
                batch.toString());

        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(run.err()).isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).doesNotContain("<b>bold</b>").contains("&lt;b&gt;bold&lt;/b&gt; &amp; more");
        assertThat(html).as("no external resource").doesNotContainPattern("(src|href)=\"(https?:)?//")
                .doesNotContain("<link");
        assertThat(html).contains("<mark class=\"sev-warning\" title=\"warning [test-cli/flag-word] &#39;zorblat&#39; is the test word")
                .contains(">zorblat</mark><sup class=\"ref\">1</sup>");
        // readable without hovering or colour vision: a legend for the bars, the mark's reason written out,
        // categories in words where a person reads them
        assertThat(html).contains("<p class=\"legend\">Bar colours: ").contains("swatch fill sev-error\"></span>error");
        assertThat(html).containsPattern("<ol class=\"reasons\">\\n<li class=\"sev-warning\"><b>warning</b> \u00b7 [A-Z][a-z ]+:"
                + " 'zorblat' is the test word"); // quotes in text need no escaping (jte escapes them in attributes)
        assertThat(html).contains("<span class=\"label\" title=\"missing-plan\">No plan</span>");
        assertThat(html).contains("=HYPERLINK(\"x\")").doesNotContain("<script>alert");
        assertThat(html).contains("<dt>records read</dt><dd>5</dd>").contains("<dt>notes with findings</dt><dd>2</dd>")
                .contains("<dt>records not readable</dt><dd>1</dd>").contains("<dt>rule failures</dt><dd>1</dd>");
        assertThat(Pattern.compile("<tr data-sev").matcher(html).results().count()).isEqualTo(5);
    }

    @Test
    void largeBatchesShowTheFirstNotesInFullButCountThemAll() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add(Notes.line("n-" + i, "zorblat " + i));
        }
        Path big = Notes.write(dir, "big.jsonl", lines);
        Cli.Run run = Cli.run("check", "--config", config.toString(), "--format", "html", "--html-max-notes", "10",
                big.toString());

        assertThat(Pattern.compile("<article class=\"note\"").matcher(run.out()).results().count()).isEqualTo(10);
        assertThat(run.out()).contains("<dt>notes with findings</dt><dd>300</dd>").contains("the 10 first notes");
        assertThat(run.out().length()).isLessThan(60_000);
    }

    /** The page in headless Chromium: it renders, and its filter script runs on the URL fragment. */
    @Test
    void thePageRendersAndItsFilterWorksInHeadlessChromium() throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "chromium is not installed (CI installs it; see .ci/run)");
        Path page = dir.resolve("report.html");
        Cli.run("check", "--config", config.toString(), "--format", "html", "-o", page.toString(), batch.toString());

        Path png = dir.resolve("report.png");
        run(chromium, "--screenshot=" + png, "--window-size=1400,2000", page.toUri().toString());
        assertThat(png).exists();
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(distinctColours(image)).as("a page with bars and highlights, not a blank one").isGreaterThan(20);

        String all = run(chromium, "--dump-dom", page.toUri().toString());
        assertThat(all).contains("data-rows-shown=\"5\"").contains("5 of 5 rows shown");
        String filtered = run(chromium, "--dump-dom", page.toUri() + "#sev=error&cat=missing-plan");
        assertThat(filtered).contains("data-rows-shown=\"1\"").contains("1 of 5 rows shown");
    }

    private static int distinctColours(java.awt.image.BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private String run(Path chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Path chromium() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** A small RFC 4180 reader for the test: quoted cells, doubled quotes, CRLF. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}

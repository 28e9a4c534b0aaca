package io.notelint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.files.IoProblem;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a directory walk reads and which it leaves out (and why); how standard input is told apart. */
class InputScanTest {

    @TempDir
    Path dir;

    private void write(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
    }

    private static List<String> names(InputScan scan) {
        return scan.files().stream().map(InputFile::name).toList();
    }

    @Test
    void aWalkReadsNoteFilesAndSaysWhatItLeftOutAndWhy() throws IOException {
        for (String f : List.of("a.jsonl", "b/c.txt", "README.md", "b/LICENSE.txt", "Changelog", "notes.md",
                "photo.png", ".hidden.txt", ".git/x.jsonl", "b/readme-not.txt")) {
            write(f);
        }
        String root = dir.toString().replace('\\', '/');
        InputScan scan = NoteInputs.scan(List.of(dir.toString()));
        assertThat(names(scan)).containsExactly(root + "/a.jsonl", root + "/b/c.txt", root + "/b/readme-not.txt",
                root + "/notes.md");
        assertThat(scan.skipped()).containsExactly(
                new SkippedFile(root + "/.git/", SkippedFile.Reason.HIDDEN),
                new SkippedFile(root + "/.hidden.txt", SkippedFile.Reason.HIDDEN),
                new SkippedFile(root + "/Changelog", SkippedFile.Reason.OTHER_TYPE),
                new SkippedFile(root + "/README.md", SkippedFile.Reason.DOCUMENTATION),
                new SkippedFile(root + "/b/LICENSE.txt", SkippedFile.Reason.DOCUMENTATION),
                new SkippedFile(root + "/photo.png", SkippedFile.Reason.OTHER_TYPE));
        assertThat(scan.emptyFolders()).isEmpty();
    }

    @Test
    void aNotelintignoreLeavesOutWhatItNamesAndCanReadAReadmeAfterAll() throws IOException {
        for (String f : List.of("a.jsonl", "drafts/d.txt", "old/x.txt", "sub/old/y.txt", "README.md", "keep/README.md")) {
            write(f);
        }
        Files.writeString(dir.resolve(".notelintignore"), "# ours\ndrafts/\n/old/*.txt\n\n");
        Files.writeString(dir.resolve("keep/.notelintignore"), "!README.md\n");
        String root = dir.toString().replace('\\', '/');
        InputScan scan = NoteInputs.scan(List.of(dir.toString()));
        assertThat(names(scan)).containsExactly(root + "/a.jsonl", root + "/keep/README.md", root + "/sub/old/y.txt");
        assertThat(scan.skipped()).extracting(SkippedFile::name, SkippedFile::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(root + "/README.md", SkippedFile.Reason.DOCUMENTATION),
                org.assertj.core.groups.Tuple.tuple(root + "/drafts/", SkippedFile.Reason.IGNORED),
                org.assertj.core.groups.Tuple.tuple(root + "/old/x.txt", SkippedFile.Reason.IGNORED));
    }

    @Test
    void aFileNamedOnTheCommandLineIsAlwaysReadAndAnEmptyFolderIsNamed() throws IOException {
        write("README.md");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        InputScan scan = NoteInputs.scan(List.of(dir.resolve("README.md").toString(), empty.toString()));
        assertThat(names(scan)).containsExactly(dir.resolve("README.md").toString().replace('\\', '/'));
        assertThat(scan.emptyFolders()).containsExactly(empty.toString());
    }

    private static InputFile.Kind detect(String text) {
        return StdinFormat.detect(new BufferedInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void standardInputIsJsonLinesUnlessItIsOneJsonDocument() {
        assertThat(detect("{\"id\":\"a\",\"text\":\"x {\"}\n{\"id\":\"b\",\"text\":\"y\"}\n")).isEqualTo(InputFile.Kind.JSON_LINES);
        assertThat(detect("\uFEFF  {\"id\":\"a\",\"text\":\"\\\" }\"}")).isEqualTo(InputFile.Kind.JSON_LINES);
        assertThat(detect("{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}\n")).isEqualTo(InputFile.Kind.JSON);
        assertThat(detect("{\"id\": \"a\", \"fields\": {\n}}")).isEqualTo(InputFile.Kind.JSON);
        assertThat(detect("\n\n[{\"id\":\"a\",\"text\":\"x\"}]")).isEqualTo(InputFile.Kind.JSON);
        assertThat(detect("")).as("empty: no records either way").isEqualTo(InputFile.Kind.JSON_LINES);
        assertThatThrownBy(() -> detect("id,text\na,b\n")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("neither JSON Lines nor a JSON document").hasMessageNotContaining("Exception");
    }

    @Test
    void fileProblemsAreSaidInWords() {
        assertThat(IoProblem.describe(new NoSuchFileException("x"))).isEqualTo("no such file or directory");
        assertThat(IoProblem.describe(new UncheckedIOException(new java.nio.file.AccessDeniedException("x"))))
                .isEqualTo("permission denied");
        assertThat(IoProblem.describe(new IOException("secret note text"))).doesNotContain("secret")
                .doesNotContain("Exception");
    }
}

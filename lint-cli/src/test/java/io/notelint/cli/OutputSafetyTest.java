package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 item 2: {@code -o} naming an input (directly, through a symlink, a hard link, or a file found
 * in an input directory) used to truncate the input to 0 bytes and exit 0. It is refused with exit 2 and
 * the input is left as it was; and a failed run never replaces a good report with a half-written one.
 */
class OutputSafetyTest {

    private static final String NOTES = "{\"id\":\"n1\",\"text\":\"S: Client feels fine.\\nP: Next session 12/4.\"}\n"
            + "{\"id\":\"n2\",\"text\":\"S: Client reports better sleep.\\nP: Next session 12/11.\"}\n";

    @TempDir
    Path dir;

    private Path input;

    @BeforeEach
    void write() throws IOException {
        input = Files.writeString(dir.resolve("notes.jsonl"), NOTES);
    }

    @Test
    void theInputFileItselfIsRefusedAndKept() throws IOException {
        Cli.Run run = Cli.run("check", "--format", "jsonl", "-o", input.toString(), input.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("the output " + input + " is the input file").doesNotContain("Exception");
        assertThat(Files.readString(input)).isEqualTo(NOTES);
        assertNoTemporaryFiles();
    }

    @Test
    void aSymlinkToTheInputIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), input);
        Cli.Run run = Cli.run("check", "--format", "json", "-o", link.toString(), input.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(input)).isEqualTo(NOTES);

        // and the other way round: the input named through a link, the output by its real name
        Cli.Run reverse = Cli.run("check", "--format", "json", "-o", input.toString(), link.toString());
        assertThat(reverse.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(input)).isEqualTo(NOTES);
    }

    @Test
    void aHardLinkToTheInputIsRefused() throws IOException {
        Path hard = Files.createLink(dir.resolve("same.jsonl"), input);
        Cli.Run run = Cli.run("check", "-o", hard.toString(), input.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(input)).isEqualTo(NOTES);
    }

    @Test
    void aFileInsideAnInputDirectoryIsRefused() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("batch"));
        Path inside = Files.writeString(sub.resolve("more.jsonl"), NOTES);
        Cli.Run run = Cli.run("check", "--format", "jsonl", "-o", inside.toString(), dir.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is the input file");
        assertThat(Files.readString(inside)).isEqualTo(NOTES);
    }

    @Test
    void gradeRefusesItsInputAsOutputToo() throws IOException {
        Cli.Run run = Cli.run("grade", "--format", "jsonl", "-o", input.toString(), input.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is the input file");
        assertThat(Files.readString(input)).isEqualTo(NOTES);

        Path grades = dir.resolve("grades.jsonl");
        Cli.Run ok = Cli.run("grade", "--format", "jsonl", "-o", grades.toString(), input.toString());
        assertThat(ok.exit()).as(ok.err()).isIn(ExitCodes.OK, ExitCodes.FOUND);
        assertThat(Files.readAllLines(grades)).hasSize(2);
        assertNoTemporaryFiles();
    }

    @Test
    void aNewReportBesideTheInputIsWrittenWhole() throws IOException {
        Path report = dir.resolve("report.jsonl");
        Cli.Run run = Cli.run("check", "--format", "jsonl", "-o", report.toString(), input.toString());
        assertThat(run.exit()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.FOUND);
        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8)).hasSize(2);
        assertNoTemporaryFiles();
    }

    @Test
    void aReplacedReportKeepsItsPermissions() throws IOException {
        Path report = Files.writeString(dir.resolve("private.jsonl"), "old\n");
        assumeTrue(report.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        var ownerOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(report, ownerOnly);
        Cli.Run run = Cli.run("check", "--format", "jsonl", "-o", report.toString(), input.toString());
        assertThat(run.exit()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.FOUND);
        assertThat(Files.readAllLines(report)).hasSize(2);
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(ownerOnly);
    }

    @Test
    void aReportThroughASymlinkIsWrittenToItsTargetAndTheLinkKept() throws IOException {
        Path real = Files.writeString(dir.resolve("real-report.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("latest.jsonl"), real);
        Cli.Run run = Cli.run("check", "--format", "jsonl", "-o", link.toString(), input.toString());
        assertThat(run.exit()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.FOUND);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(real)).hasSize(2);
    }

    @Test
    void aFailedRunLeavesThePreviousReportAsItWas() throws IOException {
        Path report = Files.writeString(dir.resolve("report.jsonl"), "the good report\n");
        // an input that fails with an I/O error when read (Linux: /proc/self/mem reads fail at offset 0),
        // after the first input's results were written: the run fails with exit 2 half-way
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "needs Linux /proc");
        Path gone = Files.createSymbolicLink(dir.resolve("broken.jsonl"), mem);
        Cli.Run run = Cli.run("check", "--format", "jsonl", "-o", report.toString(), input.toString(), gone.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(report)).isEqualTo("the good report\n");
        assertNoTemporaryFiles();
        Files.delete(gone); // the link, not /proc
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}

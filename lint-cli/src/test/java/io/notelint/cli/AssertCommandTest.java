package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.assertion.Assertion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssertCommandTest {

    private static final Set<String> STATUSES = Arrays.stream(Assertion.values()).map(Assertion::id)
            .collect(Collectors.toSet());

    @TempDir
    Path dir;

    @Test
    void printsIdAndStatusPerLineSkippingAHeaderAndUnquotingSentences() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "id\tterm\tsentence\tlabel\r\n"
                + "1\tchest pain\tPatient denies CHEST PAIN today.\tNegated\r\n"
                + "2\tcough\t\"Productive COUGH for three days.\"\tAffirmed\r\n"
                + "3\tfever\tNo fever, no chills.", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("assert", f.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        var classifier = TextToolkit.standard().assertions();
        assertThat(run.out().lines().toList()).containsExactly(
                "1\t" + classifier.classify("Patient denies CHEST PAIN today.", "chest pain").id(),
                "2\t" + classifier.classify("Productive COUGH for three days.", "cough").id(),
                "3\t" + classifier.classify("No fever, no chills.", "fever").id());
        assertThat(run.out()).contains("1\tnegated").contains("2\taffirmed");
    }

    /** Issue 19 item 9: ids were printed raw, so an id could recolour or retitle the user's terminal. */
    @Test
    void idsAreEscapedForTheTerminal() throws IOException {
        Path f = dir.resolve("e.txt");
        Files.writeString(f, "\u001b]0;owned\u0007a\u001b[31m\tcough\tCOUGH noted.\nb\u202e\u2028x\tmissing only\n",
                StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("assert", f.toString());
        assertThat(run.out().lines().toList()).containsExactly(" ]0;owned a [31m\taffirmed", "b  x\terror");
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
    }

    @Test
    void aLineThatCannotBeClassifiedPrintsErrorAndNamesItsLineNumberOnly() throws IOException {
        Path f = dir.resolve("b.txt");
        Files.writeString(f, "1\tcough\tCOUGH noted.\n2\tmissing only\n3\tpalpitations\tSECRETSENTENCE without it.\n");
        Cli.Run run = Cli.run("assert", f.toString());

        assertThat(run.out().lines().toList()).containsExactly("1\taffirmed", "2\terror", "3\terror");

        Path cut = dir.resolve("c.txt");
        Files.writeString(cut, "9\tpharynx good.  Moist mucous membranes\tPHARYNX GOOD.\n");
        assertThat(Cli.run("assert", cut.toString()).out()).as("a term running past its sentence")
                .isEqualTo("9\taffirmed\n");
        assertThat(run.err()).contains("line 2").contains("line 3").doesNotContain("SECRETSENTENCE");
        assertThat(run.exit()).isEqualTo(ExitCodes.FOUND);
    }

    @Test
    void missingFileIsAUsageError() {
        Cli.Run run = Cli.run("assert", dir.resolve("none.txt").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("none.txt");
    }

    @Test
    void classifiesTheNegExAnnotationFileAsItIs() throws IOException {
        Optional<Path> negex = Notes.shared("corpus/negex/Annotations-1-120-random.txt");
        assumeTrue(negex.isPresent(), "shared/corpus/negex is not beside this checkout");
        List<String> input = Files.readAllLines(negex.get(), StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("assert", negex.get().toString());

        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(input.size());
        int errors = 0;
        for (int i = 0; i < out.size(); i++) {
            String[] cols = out.get(i).split("\t");
            assertThat(cols[0]).isEqualTo(input.get(i).split("\t")[0]);
            if (cols[1].equals("error")) {
                // a few lines of the kit annotate a term that starts outside its sentence
                errors++;
                assertThat(run.err()).contains("line " + (i + 1) + ":");
            } else {
                assertThat(cols[1]).isIn(STATUSES);
            }
        }
        assertThat(errors).isLessThanOrEqualTo(out.size() / 100);
        long agree = 0;
        for (int i = 0; i < out.size(); i++) {
            boolean goldNegated = input.get(i).strip().endsWith("Negated");
            agree += goldNegated == out.get(i).endsWith("\tnegated") ? 1 : 0;
        }
        // reported, not asserted: the classifier is improved elsewhere; this test checks the command
        System.out.printf("NegEx kit: %d lines, negated-vs-not agreement %.3f%n", out.size(), agree / (double) out.size());
    }
}

package io.notelint.cli;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.assertion.Assertion;
import io.notelint.core.assertion.AssertionClassifier;
import io.notelint.core.files.IoProblem;
import io.notelint.output.Printable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code notelint assert FILE}: classifies mentions in sentences, for checking the assertion
 * classifier against annotated sets such as the NegEx test kit. Each input line is
 * {@code id<TAB>term<TAB>sentence[<TAB>anything else]}; each output line is {@code id<TAB>status}
 * (affirmed, negated, hypothetical, historical, other-person), in input order. A term or sentence wrapped in
 * double quotes (as spreadsheets export them) is unwrapped. A header line ({@code id<TAB>term...} or
 * {@code id<TAB>concept...}) is skipped.
 */
@Command(name = "assert", mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpAutoWidth = true,
        description = {
            "Classifies a term in a sentence as affirmed, negated, hypothetical, historical or other-person.",
            "Input lines: id<TAB>term<TAB>sentence[<TAB>...] (extra columns, e.g. a gold label, are ignored).",
            "Output lines: id<TAB>status. A line that cannot be classified prints id<TAB>error and is"
                    + " reported by line number on standard error."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every line classified", "1:some line could not be classified",
            "2:usage error or unreadable file"})
final class AssertCommand implements Callable<Integer> {

    private final Streams io;

    @Parameters(paramLabel = "FILE", description = "TAB-separated annotation file, or - for standard input.")
    String file;

    AssertCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        AssertionClassifier classifier = TextToolkit.standard().assertions();
        PrintWriter out = StdoutWriters.writer(io);
        long failed = 0;
        try (BufferedReader in = new BufferedReader(open())) {
            String line;
            long n = 0;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (first && isHeader(cols)) {
                    first = false;
                    continue;
                }
                first = false;
                if (cols.length < 3 || cols[1].isBlank() || cols[2].isBlank()) {
                    failed++;
                    out.println(Printable.clean(cols[0].strip()) + "\terror");
                    io.err().println("notelint: line " + n + ": expected id, term and sentence separated by tabs");
                    continue;
                }
                String status = classify(classifier, unquote(cols[1]), unquote(cols[2]));
                if (status == null) {
                    failed++;
                    out.println(Printable.clean(cols[0].strip()) + "\terror");
                    io.err().println("notelint: line " + n + ": the term could not be classified (it does not occur in the sentence)");
                } else {
                    out.println(Printable.clean(cols[0].strip()) + "\t" + status);
                }
            }
        } catch (NoSuchFileException e) {
            return fail(file + ": no such file");
        } catch (IOException e) {
            out.flush();
            return fail("cannot read " + file + ": " + IoProblem.describe(e));
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FOUND;
    }

    private Reader open() throws IOException {
        if (file.equals("-")) {
            return new InputStreamReader(io.in(), StandardCharsets.UTF_8);
        }
        // lenient decoding: a stray non-UTF-8 byte in an annotation file costs one character, not the run
        return new InputStreamReader(Files.newInputStream(Path.of(file)), StandardCharsets.UTF_8);
    }

    /**
     * The status id, or null when the term cannot be classified in the sentence. When the whole term
     * does not occur, its longest leading run of words that does is classified: annotated sets cut
     * sentences with their own splitter, and a term can run past the end of its sentence (eleven lines
     * of the NegEx kit do).
     */
    static String classify(AssertionClassifier classifier, String term, String sentence) {
        String folded = sentence.toLowerCase(Locale.ROOT);
        String mention = term;
        while (!mention.isEmpty() && !folded.contains(mention.toLowerCase(Locale.ROOT))) {
            int cut = mention.stripTrailing().lastIndexOf(' ');
            mention = cut < 0 ? "" : mention.substring(0, cut).stripTrailing();
        }
        if (mention.isEmpty()) {
            return null;
        }
        try {
            Assertion a = classifier.classify(sentence, mention);
            return a.id();
        } catch (RuntimeException e) {
            // the classifier failed on this line: that line's error only
            return null;
        }
    }

    private static boolean isHeader(String[] cols) {
        if (cols.length < 2) {
            return false;
        }
        String id = cols[0].strip().toLowerCase(Locale.ROOT);
        String term = cols[1].strip().toLowerCase(Locale.ROOT);
        return id.equals("id") || term.equals("term") || term.equals("concept");
    }

    /** Removes the double quotes a spreadsheet wraps around a cell, undoing doubled inner quotes. */
    static String unquote(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }

    private int fail(String message) {
        io.err().println("notelint: " + message);
        return ExitCodes.USAGE;
    }
}

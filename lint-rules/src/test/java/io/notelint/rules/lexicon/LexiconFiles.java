package io.notelint.rules.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The rule pack's real lexicon files, read from the module's sources: their phrase column. */
public final class LexiconFiles {

    public static final Path ROOT = Path.of("src/main/resources/io/notelint/rules");

    private LexiconFiles() {
    }

    /** Every .tsv and .txt file under {@code dir} (relative to the rules' resources), sorted. */
    public static List<Path> in(String dir) {
        try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
            return files.filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first column of each line that is neither blank nor a comment. */
    public static List<String> phrases(Path file) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String phrase = line.split("\t", -1)[0].strip();
                if (!phrase.isEmpty()) {
                    out.add(phrase);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

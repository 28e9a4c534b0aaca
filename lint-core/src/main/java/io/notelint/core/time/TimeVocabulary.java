package io.notelint.core.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The classes of time-vocabulary.tsv, by name. */
final class TimeVocabulary {

    private static final String NAME = "time-vocabulary.tsv";

    private final Map<String, WordClass> classes;

    private TimeVocabulary(Map<String, WordClass> classes) {
        this.classes = Map.copyOf(classes);
    }

    static TimeVocabulary load() {
        try (InputStream in = TimeVocabulary.class.getResourceAsStream(NAME)) {
            if (in == null) {
                throw new IllegalStateException("resource not found: " + NAME);
            }
            Map<String, WordClass> classes = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3 || cols[2].isBlank()) {
                    throw new IllegalStateException(NAME + " line " + number + ": needs three tab-separated columns"
                            + " (name, case, items)");
                }
                if (classes.put(cols[0], WordClass.parse(cols[0], cols[1], cols[2], classes)) != null) {
                    throw new IllegalStateException(NAME + " line " + number + ": class " + cols[0] + " defined twice");
                }
            }
            return new TimeVocabulary(classes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NAME, e);
        }
    }

    WordClass get(String name) {
        WordClass c = classes.get(name);
        if (c == null) {
            throw new IllegalStateException(NAME + " has no class " + name);
        }
        return c;
    }
}

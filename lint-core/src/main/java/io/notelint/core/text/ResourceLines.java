package io.notelint.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the line-based resource files that hold rules' knowledge (lexicons, trigger lists). Blank
 * lines and lines starting with '#' are comments; every file starts with a comment naming its source.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    /** The content lines of a resource next to {@code anchor} (or absolute with a leading '/'). */
    public static List<String> lines(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource not found: " + resource + " (next to " + anchor.getName() + ")");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(line.stripTrailing());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** Tab-separated rows with at least {@code minColumns} columns each; trailing columns may be absent. */
    public static List<String[]> tsv(Class<?> anchor, String resource, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (String line : lines(anchor, resource)) {
            n++;
            String[] cols = line.split("\t");
            if (cols.length < minColumns) {
                throw new IllegalStateException(resource + ": content line " + n + " has " + cols.length
                        + " tab-separated columns, needs " + minColumns);
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            rows.add(cols);
        }
        return rows;
    }
}

package io.notelint.core.batch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where an input record came from, so that outputs can point back at it.
 *
 * @param source    the input's name as the user gave it ({@code notes/a.txt}, {@code batch.jsonl}),
 *                  or {@code stdin}
 * @param line      1-based line of the input on which the record starts; 0 for a record that is the
 *                  whole input (a {@code .txt} note)
 * @param wholeFile true when the record is the whole input, so positions in the note are positions in
 *                  the file itself
 */
public record RecordOrigin(String source, long line, boolean wholeFile) {

    public RecordOrigin {
        Objects.requireNonNull(source, "source");
    }

    public static RecordOrigin wholeFile(String source) {
        return new RecordOrigin(source, 0, true);
    }

    public static RecordOrigin line(String source, long line) {
        return new RecordOrigin(source, line, false);
    }

    /**
     * The name under which a note is shown: the file itself for a whole-file note, otherwise
     * {@code source#noteId} ({@code notes.jsonl#n-1042}), the note being a part of the file.
     */
    public String noteLabel(String noteId) {
        return wholeFile ? source : source + "#" + noteId;
    }

    /**
     * The note as a URI reference (for SARIF's {@code artifactLocation.uri}): the source path with
     * forward slashes, percent-encoded, and for a note inside a batch file the note id as fragment
     * ({@code notes.jsonl#n-1042}). Positions in a SARIF region are then positions in that note's text.
     */
    public String noteUri(String noteId) {
        return uri(source, wholeFile ? null : noteId);
    }

    /** The source file itself as a URI reference (for records that are not notes). */
    public String sourceUri() {
        return uri(source, null);
    }

    private static String uri(String path, String fragment) {
        String p = path.replace('\\', '/');
        try {
            return new URI(null, null, p, fragment).toASCIIString();
        } catch (URISyntaxException e) {
            // a path that is not even a relative reference (e.g. "C:/x" parsed as a scheme): encode by hand
            StringBuilder out = new StringBuilder();
            for (byte b : p.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
                    out.append((char) c);
                } else {
                    out.append('%').append(String.format("%02X", c));
                }
            }
            return out.toString();
        }
    }
}

package io.notelint.fhir;

import io.notelint.io.InputStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Tells FHIR input from NoteLint's own note files by looking, not by name alone: a FHIR resource is a
 * JSON object with a top-level {@code resourceType}, which a note never has. A folder is a Bulk Data
 * export when it holds a manifest ({@code manifest.json} with an {@code output} list) or an NDJSON file
 * whose first record is a resource. Only the first record of a file is read.
 */
final class FhirSniffer {

    /** How far into a file the first record's top-level keys are looked for. */
    private static final int HEAD_BYTES = 1 << 20;
    private static final JsonFactory JSON = new JsonFactory();

    private FhirSniffer() {
    }

    static boolean isFhir(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return isExport(path);
            }
            String n = baseName(path);
            return (n.endsWith(".json") || n.endsWith(".ndjson")) && Files.isRegularFile(path)
                    && hasTopLevelKey(path, "resourceType");
        } catch (IOException | RuntimeException e) {
            return false; // not claimed: the built-in readers then say what is wrong with it
        }
    }

    static boolean isExport(Path dir) throws IOException {
        Path manifest = dir.resolve(ExportLayout.MANIFEST);
        if (Files.isRegularFile(manifest) && hasTopLevelKey(manifest, "output")) {
            return true;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String n = baseName(f);
                if (n.endsWith(".ndjson") && Files.isRegularFile(f) && hasTopLevelKey(f, "resourceType")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The file name in lower case without {@code .gz}. */
    static String baseName(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** True when the file's first JSON value is an object with {@code key} among its top-level keys. */
    static boolean hasTopLevelKey(Path file, String key) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = InputStreams.open(raw, null);
             JsonParser p = JSON.createParser(ObjectReadContext.empty(), new Bounded(in, HEAD_BYTES))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                if (key.equals(p.currentName())) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (tools.jackson.core.JacksonException e) {
            return false; // not JSON, or the key is past the first megabyte
        }
    }

    /** Reads at most {@code limit} bytes, then reports the end. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}

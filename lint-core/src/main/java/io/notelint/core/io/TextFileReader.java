package io.notelint.core.io;

import io.notelint.core.engine.NoteError;
import io.notelint.core.model.Note;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code .txt} or {@code .md} file is one note: its whole content is the text (UTF-8; a byte-order
 * mark is dropped; bytes that are not UTF-8 read as U+FFFD; gzip is read transparently) and its file
 * name is the id. The file is read when the record is decoded, so in a parallel batch files are read
 * by the worker threads.
 */
public final class TextFileReader implements RecordReader {

    /** Largest text file accepted, in bytes; a larger one becomes an error record. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Path file;
    private final String source;
    private final java.util.concurrent.atomic.AtomicLong consumed;
    private boolean done;

    public TextFileReader(Path file, String source) {
        this(file, source, null);
    }

    /** @param consumed counts the file's size once its record is handed out (for progress); may be null */
    public TextFileReader(Path file, String source, java.util.concurrent.atomic.AtomicLong consumed) {
        this.file = file;
        this.source = source;
        this.consumed = consumed;
    }

    @Override
    public PendingRecord next() {
        if (done) {
            return null;
        }
        done = true;
        if (consumed != null) {
            try {
                consumed.addAndGet(Files.size(file));
            } catch (IOException e) {
                // decode() reports the unreadable file; progress just does not count it
            }
        }
        return new Pending(file, RecordOrigin.wholeFile(source));
    }

    @Override
    public void close() {
        // nothing open: the file is read whole by decode()
    }

    /** The note id of a text file: its file name. */
    static String idOf(Path file) {
        return file.getFileName().toString();
    }

    private record Pending(Path file, RecordOrigin origin) implements PendingRecord {
        @Override
        public NoteRecord decode() {
            String id = idOf(file);
            try {
                byte[] bytes;
                try (java.io.InputStream in = InputStreams.open(Files.newInputStream(file), null)) {
                    bytes = in.readNBytes((int) MAX_BYTES + 1);
                }
                if (bytes.length > MAX_BYTES) {
                    return NoteRecord.failed(origin, id, new NoteError("too-large",
                            "file larger than " + MAX_BYTES + " bytes", 0));
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                return NoteRecord.of(origin, Note.of(id, text));
            } catch (IOException e) {
                return NoteRecord.failed(origin, id, new NoteError("unreadable",
                        "cannot read the file: " + e.getClass().getSimpleName(), 0));
            }
        }
    }
}

package io.notelint.io;

import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.files.IoProblem;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code .txt} or {@code .md} file (gzip read transparently) is one note: its whole content is the text (UTF-8; a byte-order mark is dropped;
 * bytes that are not UTF-8 read as U+FFFD, or make the record an error under {@link InvalidUtf8#REPORT})
 * and its file name is the id. A file larger than {@link Limits#maxRecordBytes()} is not read. The file
 * is read when the record is decoded, so in a parallel batch files are read by the worker threads.
 */
public final class TextFileReader implements RecordReader {

    /** Largest text file accepted by default, in bytes ({@link Limits#DEFAULT}). */
    public static final long MAX_BYTES = Limits.DEFAULT.maxRecordBytes();

    private final Path file;
    private final String source;
    private final ReadOptions options;
    private boolean done;

    public TextFileReader(Path file, String source) {
        this(file, source, ReadOptions.DEFAULT);
    }

    public TextFileReader(Path file, String source, ReadOptions options) {
        this.file = file;
        this.source = source;
        this.options = options;
    }

    @Override
    public PendingRecord next() {
        if (done) {
            return null;
        }
        done = true;
        if (options.consumed() != null) {
            try {
                options.consumed().addAndGet(Files.size(file));
            } catch (IOException e) {
                // decode() reports the unreadable file; progress just does not count it
            }
        }
        return new Pending(file, RecordOrigin.wholeFile(source), options);
    }

    @Override
    public void close() {
        // nothing open: the file is read whole by decode()
    }

    /** The note id of a text file: its file name. */
    static String idOf(Path file) {
        return file.getFileName().toString();
    }

    private record Pending(Path file, RecordOrigin origin, ReadOptions options) implements PendingRecord {
        @Override
        public NoteRecord decode() {
            String id = idOf(file);
            int max = options.limits().maxRecordBytes();
            try {
                byte[] bytes;
                boolean junk;
                try (java.io.InputStream raw = Files.newInputStream(file)) {
                    InputStreams.Opened opened = InputStreams.opened(raw, null);
                    bytes = opened.stream().readNBytes(max == Integer.MAX_VALUE ? max : max + 1); // never more than the limit
                    junk = bytes.length <= max && opened.trailingJunk().getAsBoolean();
                }
                if (bytes.length > max) {
                    return NoteRecord.failed(origin, id, new NoteError(Limits.TOO_LARGE,
                            "file is over the limit of " + max + " bytes (" + Limits.MAX_RECORD_BYTES + ")", 0));
                }
                if (junk) {
                    // the note may have been cut where the damage begins: not linted as if whole
                    return NoteRecord.failed(origin, id, new NoteError("invalid-gzip", "bytes after the end of the gzip"
                            + " data were not read (a damaged file, or data appended to it)", 0));
                }
                int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                        && bytes[2] == (byte) 0xBF ? 3 : 0;
                if (Utf8.utf16Bom(bytes, bytes.length)) {
                    return NoteRecord.failed(origin, id, new NoteError("invalid-utf8", "the file starts with a UTF-16"
                            + " byte-order mark; NoteLint reads UTF-8 (save or convert the file as UTF-8)", 0));
                }
                Utf8.Decoded text = Utf8.decode(bytes, from, bytes.length - from, options.invalidUtf8());
                if (!text.ok()) {
                    return NoteRecord.failed(origin, id, new NoteError("invalid-utf8",
                            "invalid UTF-8 at byte offset " + (from + text.badOffset()) + " of the file", 0));
                }
                return NoteRecord.of(origin, Note.of(id, text.text()));
            } catch (IOException e) {
                return NoteRecord.failed(origin, id, new NoteError("unreadable",
                        "cannot read the file: " + IoProblem.describe(e), 0));
            } catch (OutOfMemoryError e) {
                return NoteRecord.failed(origin, id, new NoteError(Limits.TOO_LARGE,
                        "the file does not fit in memory", 0));
            }
        }
    }
}

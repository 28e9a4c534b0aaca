package io.notelint.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Random access to the JSON of resources read once already, so the reader never holds note text: a
 * line of a plain NDJSON file is read again from the file itself; a resource from gzip or a Bundle is
 * kept in a temporary spill file (deleted on close). Reads are positional, so decoding threads may read
 * at the same time.
 */
final class ResourceStore {

    /** Closes the files (and deletes the spill file) once no reader or pending record can read them. */
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    private final List<FileChannel> channels = new ArrayList<>();
    private Path spillPath;
    private FileChannel spill;
    private int spillChannel = -1;

    ResourceStore() {
        List<FileChannel> open = channels;
        CLEANER.register(this, () -> closeAll(open));
    }

    /** Opens {@code file} for reading; returns its channel number. */
    int open(Path file) throws IOException {
        channels.add(FileChannel.open(file, StandardOpenOption.READ));
        return channels.size() - 1;
    }

    /** Keeps {@code json} in the spill file (single-threaded, while indexing). */
    Location spill(byte[] json, int length, int source, long line) throws IOException {
        if (spill == null) {
            spillPath = Files.createTempFile("notelint-fhir-", ".spill");
            spillPath.toFile().deleteOnExit();
            spill = FileChannel.open(spillPath, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            channels.add(spill);
            spillChannel = channels.size() - 1;
        }
        long offset = spill.size();
        ByteBuffer buf = ByteBuffer.wrap(json, 0, length);
        long at = offset;
        while (buf.hasRemaining()) {
            at += spill.write(buf, at);
        }
        return new Location(spillChannel, offset, length, source, line);
    }

    /** The JSON at {@code where}. */
    String read(Location where) {
        ByteBuffer buf = ByteBuffer.allocate(where.length());
        FileChannel ch = channels.get(where.channel());
        try {
            long at = where.offset();
            while (buf.hasRemaining()) {
                int n = ch.read(buf, at);
                if (n < 0) {
                    throw new IOException("the file became shorter while it was read");
                }
                at += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buf.array(), StandardCharsets.UTF_8);
    }

    /**
     * Not closed with the reader: records read before the end may still be decoding on other threads
     * (as a text file is read by its record's decode); the {@link #CLEANER} closes the files.
     */
    private static void closeAll(List<FileChannel> channels) {
        for (FileChannel ch : channels) {
            try {
                ch.close();
            } catch (IOException e) {
                // a read-only file, or the spill file that DELETE_ON_CLOSE removes: nothing to save
            }
        }
    }
}

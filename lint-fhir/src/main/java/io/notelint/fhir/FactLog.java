package io.notelint.fhir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first pass's index, kept in a temporary file instead of the heap, so that the reader's memory does
 * not grow with the export: an append-only log of small records ({@code kind}, key, value), chained
 * per hash bucket (each record points back to the previous one of its bucket), with the bucket heads in
 * a fixed table. Looking a key up walks its bucket's chain, newest record first, and compares the keys
 * themselves, so a shared bucket costs a few more reads and never a wrong answer.
 *
 * <p>Written by one thread while indexing ({@link #append}); after {@link #seal} the file is mapped
 * read-only and read by any thread. The file is deleted when it is closed, on exit, and when the reader
 * that owns it is collected; it holds references, codes and the few values the mapping reads, never a
 * note's text.
 */
final class FactLog implements AutoCloseable {

    /**
     * Bucket heads: at most 2^20 (8 MB), whatever the export's size (chains grow longer past a million
     * records); a small input gets a small table.
     */
    static final int MAX_BUCKET_BITS = 20;
    static final int MIN_BUCKET_BITS = 10;
    private static final long NONE = -1;
    /** Mapped a segment at a time (a mapping is at most 2 GB). */
    private static final int SEGMENT_BITS = 30;
    private static final long SEGMENT = 1L << SEGMENT_BITS;
    /** prev (8), length of what follows (4), kind (1), key length (4). */
    private static final int HEADER = 8 + 4 + 1 + 4;

    private final long[] heads;
    private final int mask;
    private final Path path;
    private OutputStream out;
    private long size;
    private MappedByteBuffer[] segments;
    private final byte[] header = new byte[HEADER];

    /** A log with 2^{@code bucketBits} buckets (clamped to the bounds above). */
    FactLog(int bucketBits) throws IOException {
        int bits = Math.max(MIN_BUCKET_BITS, Math.min(MAX_BUCKET_BITS, bucketBits));
        heads = new long[1 << bits];
        mask = heads.length - 1;
        Arrays.fill(heads, NONE);
        path = Files.createTempFile("notelint-fhir-", ".index");
        path.toFile().deleteOnExit();
        out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.WRITE), 1 << 16);
    }

    /** The temporary file (for tests: it must be gone once sealed or closed). */
    Path path() {
        return path;
    }

    /** Adds a record under ({@code kind}, {@code key}), or with no key ({@code key} null): returns its offset. */
    long append(byte kind, String key, byte[] value) {
        byte[] k = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
        int bucket = key == null ? -1 : bucket(kind, k);
        long prev = bucket < 0 ? NONE : heads[bucket];
        long at = size;
        int rest = 1 + 4 + k.length + value.length;
        try {
            writeLong(prev);
            writeInt(rest);
            out.write(kind);
            writeInt(k.length);
            out.write(k);
            out.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        size += 8 + 4 + rest;
        if (bucket >= 0) {
            heads[bucket] = at;
        }
        return at;
    }

    /** Indexing is over: the log becomes read-only and readable. */
    void seal() throws IOException {
        out.close();
        out = null;
        List<MappedByteBuffer> maps = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            for (long at = 0; at < size; at += SEGMENT) {
                maps.add(ch.map(FileChannel.MapMode.READ_ONLY, at, Math.min(SEGMENT, size - at)));
            }
        }
        segments = maps.toArray(new MappedByteBuffer[0]);
        Files.deleteIfExists(path); // the mapping stays readable; nothing is left on disk
    }

    /** The value of the newest record under ({@code kind}, {@code key}), or null. */
    byte[] last(byte kind, String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        for (long at = heads[bucket(kind, k)]; at != NONE; at = prev(at)) {
            byte[] v = valueIfMatch(at, kind, k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The values of every record under ({@code kind}, {@code key}), oldest first. */
    List<byte[]> all(byte kind, String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        List<byte[]> out = new ArrayList<>();
        for (long at = heads[bucket(kind, k)]; at != NONE; at = prev(at)) {
            byte[] v = valueIfMatch(at, kind, k);
            if (v != null) {
                out.add(v);
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** The value of the record at {@code offset} (as {@link #append} returned it). */
    byte[] value(long offset) {
        byte[] h = new byte[HEADER];
        read(offset, h, HEADER);
        int rest = getInt(h, 8);
        int keyLength = getInt(h, 13);
        byte[] v = new byte[rest - 1 - 4 - keyLength];
        read(offset + HEADER + keyLength, v, v.length);
        return v;
    }

    private long prev(long at) {
        byte[] h = new byte[8];
        read(at, h, 8);
        return getLong(h, 0);
    }

    private byte[] valueIfMatch(long at, byte kind, byte[] key) {
        byte[] h = new byte[HEADER];
        read(at, h, HEADER);
        int keyLength = getInt(h, 13);
        if (h[12] != kind || keyLength != key.length) {
            return null;
        }
        byte[] k = new byte[keyLength];
        read(at + HEADER, k, keyLength);
        if (!Arrays.equals(k, key)) {
            return null;
        }
        byte[] v = new byte[getInt(h, 8) - 1 - 4 - keyLength];
        read(at + HEADER + keyLength, v, v.length);
        return v;
    }

    private void read(long at, byte[] dst, int length) {
        int done = 0;
        while (done < length) {
            long pos = at + done;
            MappedByteBuffer seg = segments[(int) (pos >>> SEGMENT_BITS)];
            int in = (int) (pos & (SEGMENT - 1));
            int n = Math.min(length - done, seg.limit() - in);
            seg.get(in, dst, done, n);
            done += n;
        }
    }

    private int bucket(byte kind, byte[] key) {
        int h = kind;
        for (byte b : key) {
            h = 31 * h + b;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h & mask;
    }

    private void writeLong(long v) throws IOException {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    private void writeInt(int v) throws IOException {
        header[0] = (byte) (v >>> 24);
        header[1] = (byte) (v >>> 16);
        header[2] = (byte) (v >>> 8);
        header[3] = (byte) v;
        out.write(header, 0, 4);
    }

    private static int getInt(byte[] b, int i) {
        return ((b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
    }

    private static long getLong(byte[] b, int i) {
        return ((long) getInt(b, i) << 32) | (getInt(b, i + 4) & 0xffffffffL);
    }

    /** Deletes the file (if indexing stopped before {@link #seal}); a sealed log's mapping goes with the reader. */
    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file that cannot be removed now is removed on exit (deleteOnExit)
        }
    }
}

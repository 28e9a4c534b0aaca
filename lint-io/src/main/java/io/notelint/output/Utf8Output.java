package io.notelint.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A report's output: a text {@link Writer} that encodes to UTF-8, which also takes results already
 * encoded to UTF-8 bytes ({@link #writeUtf8}) and copies them through as they are. The batch encodes a
 * result on the worker thread that linted it ({@link EncodingResultWriter}), so the thread that writes
 * results in input order only copies bytes.
 *
 * <p>Text goes through the JDK's own UTF-8 writer (a buffer of chars, then {@link OutputStreamWriter}),
 * as it did before bytes could be passed through, so its bytes are unchanged (an unpaired surrogate
 * becomes {@code ?}, as {@link String#getBytes} makes it too). Both kinds of output meet in one byte
 * buffer in the order they were written; nothing reaches the target before that buffer fills or
 * {@link #flush} is called, so a result is not a system call.
 */
public final class Utf8Output extends Writer {

    private static final int BUFFER = 1 << 16;

    private final OutputStream bytes;
    private final Writer text;
    /** Text written since the last time it was passed into {@link #bytes}. */
    private boolean textPending;

    public Utf8Output(OutputStream target) {
        this.bytes = new BufferedOutputStream(target, BUFFER);
        // the text side hands its bytes into the shared buffer; flushing it must not flush the target
        this.text = new BufferedWriter(new OutputStreamWriter(new KeepOpen(bytes), StandardCharsets.UTF_8), BUFFER);
    }

    /** Copies bytes already encoded as UTF-8, after any text written before them. */
    public void writeUtf8(byte[] utf8, int off, int len) throws IOException {
        if (textPending) {
            text.flush();
            textPending = false;
        }
        bytes.write(utf8, off, len);
    }

    /**
     * Writes UTF-8 bytes to any writer: copied through when it is a {@code Utf8Output}, else decoded back
     * to text (a writer of chars, as tests use).
     */
    public static void writeUtf8(Writer out, byte[] utf8) throws IOException {
        if (out instanceof Utf8Output o) {
            o.writeUtf8(utf8, 0, utf8.length);
        } else {
            out.write(new String(utf8, StandardCharsets.UTF_8));
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        text.write(cbuf, off, len);
        textPending = true;
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        text.write(str, off, len);
        textPending = true;
    }

    @Override
    public void write(int c) throws IOException {
        text.write(c);
        textPending = true;
    }

    @Override
    public void flush() throws IOException {
        text.flush();
        textPending = false;
        bytes.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            text.close(); // ends the text (an unpaired surrogate at its very end included), leaves bytes open
        } finally {
            bytes.close();
        }
    }

    /** The shared buffer as the text side sees it: neither flushed nor closed by it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // the owner flushes the buffer when it flushes
        }

        @Override
        public void close() {
            // the owner closes the buffer
        }
    }
}

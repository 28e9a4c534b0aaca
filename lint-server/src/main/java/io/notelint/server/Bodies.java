package io.notelint.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body, never more than the limit: a larger one is refused before it is all in memory. */
final class Bodies {

    static final String MAX_REQUEST_BYTES = "maxRequestBytes";

    private Bodies() {
    }

    /**
     * The body's bytes.
     *
     * @param declared the Content-Length the client sent, or -1
     * @throws ApiError.Failure 413 naming the limit when the body is larger
     */
    static byte[] read(InputStream in, long declared, long limit) {
        if (declared > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 1024), limit));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
        return out.toByteArray();
    }

    private static ApiError.Failure tooLarge(long limit) {
        return ApiError.tooLarge(MAX_REQUEST_BYTES, "the request body is larger than " + limit + " bytes ("
                + MAX_REQUEST_BYTES + "); send fewer notes per request").failure();
    }
}

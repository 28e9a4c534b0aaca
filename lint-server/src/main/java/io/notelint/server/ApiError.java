package io.notelint.server;

import io.notelint.core.json.NoteJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error answer: an HTTP status and a JSON body {@code {"error": {"code", "message", ...}}}. The
 * message says what was wrong and where in plain words, and never quotes the request: the body is
 * protected health information.
 *
 * @param limit the name of the limit that was exceeded, or null
 * @param line  the line of the body the error is on (1-based), or 0
 * @param column the column on that line (1-based), or 0
 */
record ApiError(int status, String code, String message, String limit, long line, long column) {

    static ApiError of(int status, String code, String message) {
        return new ApiError(status, code, message, null, 0, 0);
    }

    static ApiError tooLarge(String limit, String message) {
        return new ApiError(413, "too-large", message, limit, 0, 0);
    }

    String json() {
        ObjectNode root = NoteJson.mapper().createObjectNode();
        ObjectNode e = root.putObject("error").put("code", code).put("message", message);
        if (limit != null) {
            e.put("limit", limit);
        }
        if (line > 0) {
            e.put("line", line);
        }
        if (column > 0) {
            e.put("column", column);
        }
        return NoteJson.mapper().writeValueAsString(root);
    }

    /** Thrown by a handler to answer with this error. */
    static final class Failure extends RuntimeException {
        private final transient ApiError error;

        Failure(ApiError error) {
            super(error.code(), null, false, false);
            this.error = error;
        }

        ApiError error() {
            return error;
        }
    }

    Failure failure() {
        return new Failure(this);
    }
}

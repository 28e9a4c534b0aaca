package io.notelint.core.model;

/**
 * A record that is not a note: says what is wrong and where (JSON path, line, column), never quoting
 * the record's content.
 */
public class NoteFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public NoteFormatException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** Stable reason: "invalid-json", "not-an-object", "missing-field", "wrong-type", "too-large". */
    public String code() {
        return code;
    }
}

package io.notelint.fhir;

/** Why a note resource cannot be linted; the message names the resource and the reason, never its text. */
final class MappingException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    MappingException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}

package io.notelint.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;

/** Output failures as unchecked I/O errors that name no content. */
final class Outputs {

    private Outputs() {
    }

    static UncheckedIOException failure(JacksonException e) {
        IOException cause = e.getCause() instanceof IOException c ? c : new IOException("output failed");
        return new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(cause), cause);
    }
}

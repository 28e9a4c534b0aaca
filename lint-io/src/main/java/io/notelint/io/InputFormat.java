package io.notelint.io;

import io.notelint.core.batch.RecordReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An input format that lives outside lint-core (FHIR in {@code lint-fhir}), found with
 * {@link java.util.ServiceLoader} when an argument or a file in a directory is not plainly one of the
 * built-in formats. A provider is consulted only for directories and {@code .json}/{@code .ndjson}
 * files (gzipped or not), so it must answer {@link #claims} cheaply (its name and first bytes), and keep
 * its heavy classes out of the provider class itself: they load when {@link #open} is first called,
 * never for an input that is not of the format.
 */
public interface InputFormat {

    /** What the format is called in messages: "FHIR". */
    String name();

    /**
     * True when this format reads {@code path}: a directory (read as one input, not walked) or a file.
     * Must not throw; an unreadable path is not claimed.
     */
    boolean claims(Path path);

    /**
     * Opens the input. Records come out in a stable order (the same input gives the same order every run);
     * a bad record becomes an error record and the reader goes on.
     *
     * @param name how outputs name the input (as the user wrote it)
     */
    RecordReader open(Path path, String name, ReadOptions options) throws IOException;
}

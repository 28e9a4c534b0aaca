package io.notelint.fhir;

import io.notelint.io.InputFormat;
import io.notelint.io.ReadOptions;
import io.notelint.core.batch.RecordReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The FHIR input format, found by {@link java.util.ServiceLoader}. This class and {@link FhirSniffer}
 * touch no HAPI class: HAPI FHIR loads when a FHIR input is opened, never to check a plain note.
 */
public final class FhirInputFormat implements InputFormat {

    @Override
    public String name() {
        return "FHIR";
    }

    @Override
    public boolean claims(Path path) {
        return FhirSniffer.isFhir(path);
    }

    @Override
    public RecordReader open(Path path, String name, ReadOptions options) throws IOException {
        return FhirReader.open(path, name, options);
    }
}

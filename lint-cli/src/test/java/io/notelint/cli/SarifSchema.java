package io.notelint.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS, errata 01; a test resource, see the NOTICE beside it),
 * loaded once, offline: the validator never fetches anything.
 */
final class SarifSchema {

    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    /** Validation errors, as "path: message" lines; empty when the document is valid SARIF. */
    static List<String> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("sarif-schema-2.1.0.json missing from test resources");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.notelint.fhir;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Names a record HAPI could not read by its {@code resourceType} and {@code id}, when those two are readable. */
final class ResourceNames {

    private static final JsonFactory JSON = new JsonFactory();

    private ResourceNames() {
    }

    /** {@code Encounter/e-9}, or null. */
    static String sniff(String json) {
        String type = null;
        String id = null;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.VALUE_STRING && "resourceType".equals(name)) {
                    type = p.getString();
                } else if (v == JsonToken.VALUE_STRING && "id".equals(name)) {
                    id = p.getString();
                } else {
                    p.skipChildren();
                }
                if (type != null && id != null) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // broken JSON: the names read before the break, if any, are still good
        }
        if (type == null || id == null || !type.matches("[A-Z][A-Za-z]{1,60}") || !id.matches("[A-Za-z0-9\\-.]{1,64}")) {
            return null;
        }
        return type + "/" + id;
    }
}

package io.notelint.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of one FHIR input, in the order they are read: a single {@code .json} or {@code .ndjson}
 * file, or the NDJSON files of a Bulk Data export folder - those its {@code manifest.json} lists (its
 * {@code output}, in manifest order), or without a manifest every {@code *.ndjson} file in name order.
 * Files of resource types NoteLint does not use (Observation, say) are not read at all.
 */
final class ExportLayout {

    static final String MANIFEST = "manifest.json";

    /** The resource types a note is read from. */
    static final Set<String> NOTE_TYPES = Set.of("DocumentReference", "Composition");
    /** The resource types that give a note its fields (docs/fhir.md). */
    static final Set<String> SUPPORTING_TYPES = Set.of("Patient", "Encounter", "Practitioner", "PractitionerRole",
            "Condition", "MedicationStatement", "MedicationRequest", "Medication", "RiskAssessment", "Goal",
            "CarePlan", "Claim", "ChargeItem", "Binary");

    /**
     * One file to read.
     *
     * @param path   null for a file the manifest lists but the folder lacks
     * @param name   how messages and results name it
     * @param type   the resource type the manifest or the file name declares, or null
     * @param ndjson one resource a line; otherwise one JSON resource (a Bundle, say)
     */
    record Source(Path path, String name, String type, boolean ndjson) {
    }

    private ExportLayout() {
    }

    static List<Source> of(Path input, String name) throws IOException {
        if (!Files.isDirectory(input)) {
            boolean ndjson = FhirSniffer.baseName(input).endsWith(".ndjson");
            return List.of(new Source(input, name, null, ndjson));
        }
        Path manifest = input.resolve(MANIFEST);
        List<Source> out = Files.isRegularFile(manifest) ? fromManifest(input, name, manifest) : fromNames(input, name);
        return out.stream().filter(s -> s.type() == null || NOTE_TYPES.contains(s.type())
                || SUPPORTING_TYPES.contains(s.type())).toList();
    }

    private static List<Source> fromManifest(Path dir, String name, Path manifest) throws IOException {
        JsonNode tree;
        try (InputStream in = Files.newInputStream(manifest)) {
            tree = JsonMapper.builder().build().readTree(in);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException(join(name, MANIFEST) + ": not a valid Bulk Data manifest (not JSON)");
        }
        JsonNode output = tree.get("output");
        if (output == null || !output.isArray()) {
            throw new IOException(join(name, MANIFEST) + ": not a valid Bulk Data manifest (no 'output' list)");
        }
        List<Source> out = new ArrayList<>();
        for (JsonNode entry : output) {
            String url = entry.path("url").asString("");
            String type = entry.path("type").asString(null);
            String file = url.substring(url.lastIndexOf('/') + 1);
            if (file.isEmpty()) {
                continue;
            }
            Path p = dir.resolve(file);
            out.add(new Source(Files.isRegularFile(p) ? p : null, join(name, file), type, true));
        }
        return out;
    }

    private static List<Source> fromNames(Path dir, String name) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path f : listing) {
                if (FhirSniffer.baseName(f).endsWith(".ndjson") && Files.isRegularFile(f)
                        && !f.getFileName().toString().startsWith(".")) {
                    files.add(f);
                }
            }
        }
        files.sort(null);
        List<Source> out = new ArrayList<>();
        for (Path f : files) {
            String file = f.getFileName().toString();
            out.add(new Source(f, join(name, file), typeOf(file), true));
        }
        return out;
    }

    /** The resource type a Bulk Data file name starts with ({@code Encounter.ndjson}, {@code Encounter_2.ndjson}). */
    static String typeOf(String fileName) {
        int end = 0;
        while (end < fileName.length() && Character.isLetter(fileName.charAt(end))) {
            end++;
        }
        String t = fileName.substring(0, end);
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) ? t : null; // FHIR type names are capitalised
    }

    private static String join(String dir, String file) {
        return dir.endsWith("/") ? dir + file : dir + "/" + file;
    }
}

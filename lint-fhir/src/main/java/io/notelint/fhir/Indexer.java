package io.notelint.fhir;

import io.notelint.core.model.NoteError;
import io.notelint.io.InputStreams;
import io.notelint.core.files.IoProblem;
import io.notelint.io.ReadOptions;
import io.notelint.core.limits.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The first pass: reads every file of the input once, in order, keeps where each note is and the
 * facts of everything around it ({@link FhirIndex}), and turns what cannot be read into error records
 * at their place. Notes are not decoded here; their text is read again when their turn comes.
 */
final class Indexer {

    private final FhirIndex index;
    private final ResourceStore store;
    private final ReadOptions options;
    private final JsonFacts facts;
    private final tools.jackson.databind.json.JsonMapper json;

    private Indexer(FhirIndex index, ResourceStore store, ReadOptions options) {
        this.index = index;
        this.store = store;
        this.options = options;
        this.facts = new JsonFacts(index);
        this.json = io.notelint.core.json.NoteJson.mapper(options.limits());
    }

    /** The index of {@code sources}; its temporary file is deleted if indexing fails. */
    static FhirIndex index(List<ExportLayout.Source> sources, ResourceStore store, ReadOptions options) throws IOException {
        long bytes = 0;
        for (ExportLayout.Source s : sources) {
            try {
                bytes += s.path() == null ? 0 : Files.size(s.path());
            } catch (IOException e) {
                // read() reports the file when its turn comes; it only sizes the index here
            }
        }
        FhirIndex index = new FhirIndex(bytes);
        try {
            Indexer indexer = new Indexer(index, store, options);
            for (int i = 0; i < sources.size(); i++) {
                index.sourceNames.add(sources.get(i).name());
            }
            for (int i = 0; i < sources.size(); i++) {
                indexer.read(sources.get(i), i);
            }
            index.built();
            return index;
        } catch (IOException | RuntimeException | Error e) {
            index.close();
            throw e;
        }
    }

    private void read(ExportLayout.Source source, int number) {
        if (source.path() == null) {
            error(number, 0, "file-1", "missing-file", "the export's manifest lists this file, but the folder does not have it");
            return;
        }
        try {
            if (source.ndjson()) {
                readLines(source, number);
            } else {
                readDocument(source, number);
            }
        } catch (IOException e) {
            error(number, 0, "file-1", "unreadable-file", "cannot read the file: " + IoProblem.describe(e));
        }
    }

    private void readLines(ExportLayout.Source source, int number) throws IOException {
        boolean plain;
        try (InputStream probe = Files.newInputStream(source.path())) {
            plain = !(probe.read() == 0x1f && probe.read() == 0x8b);
        }
        int channel = plain ? store.open(source.path()) : -1;
        try (InputStream raw = Files.newInputStream(source.path());
             InputStream in = InputStreams.open(raw, options.consumed())) {
            LineInput lines = new LineInput(in, options.limits().maxRecordBytes());
            while (lines.next()) {
                if (lines.blank() && !lines.tooLong()) {
                    continue;
                }
                long line = lines.lineNo();
                if (lines.tooLong()) {
                    error(number, line, "line-" + line, Limits.TOO_LARGE, "line " + line + ": a record over the limit of "
                            + options.limits().maxRecordBytes() + " bytes (" + Limits.MAX_RECORD_BYTES + ")");
                    continue;
                }
                JsonNode r = parseOrReport(lines.bytes(), lines.length(), number, line, "line " + line);
                if (r == null) {
                    continue;
                }
                Location where = plain
                        ? new Location(channel, lines.offset(), lines.length(), number, line)
                        : null;
                accept(r, where, lines.bytes(), lines.length(), number, line, "line " + line);
            }
        }
    }

    private void readDocument(ExportLayout.Source source, int number) throws IOException {
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(source.path());
             InputStream in = InputStreams.open(raw, options.consumed())) {
            bytes = in.readAllBytes();
        }
        JsonNode r = parseOrReport(bytes, bytes.length, number, 1, "the file");
        if (r != null) {
            accept(r, null, null, 0, number, 1, "the file");
        }
    }

    /** The resource's JSON, or null after recording an error record for it. */
    private JsonNode parseOrReport(byte[] bytes, int length, int source, long line, String where) {
        JsonNode r;
        try {
            r = json.readTree(bytes, 0, length);
        } catch (RuntimeException e) {
            String id = ResourceNames.sniff(new String(bytes, 0, length, StandardCharsets.UTF_8));
            error(source, line, id != null ? id : "line-" + line, "invalid-fhir", where + ": not valid JSON");
            return null;
        }
        if (r == null || !r.isObject() || Json.str(r, "resourceType") == null) {
            error(source, line, "line-" + line, "invalid-fhir", where + ": not a FHIR resource (no resourceType)");
            return null;
        }
        return r;
    }

    /**
     * Takes one resource in. {@code where} is its place in a plain file, or null when its JSON must be kept
     * in the spill file ({@code raw} the bytes as read, or null to write the tree out again).
     */
    private void accept(JsonNode r, Location where, byte[] raw, int rawLength, int source, long line, String place)
            throws IOException {
        String type = Json.str(r, "resourceType");
        index.typesSeen.add(type);
        String ref = Json.resourceRef(r);
        if ("Bundle".equals(type)) {
            acceptBundle(r, source, line);
            return;
        }
        if (ExportLayout.NOTE_TYPES.contains(type) || "Binary".equals(type)) {
            if (ref == null) {
                error(source, line, "line-" + line, "missing-id", place + ": a " + type + " without an id");
                return;
            }
            Location at = where != null ? where : spill(r, raw, rawLength, source, line);
            if ("Binary".equals(type)) {
                index.putBinary(ref, at);
            } else {
                index.addNote(facts.noteEntry(r, ref, at), source, line);
            }
            return;
        }
        if (ExportLayout.SUPPORTING_TYPES.contains(type)) {
            facts.accept(type, r, ref);
            return;
        }
        error(source, line, ref != null ? ref : "line-" + line, "not-a-note", place + ": " + (ref != null ? ref : "a " + type)
                + " is not a note: NoteLint reads DocumentReference and Composition (and the resources they refer to)");
    }

    private void acceptBundle(JsonNode bundle, int source, long line) throws IOException {
        java.util.List<JsonNode> entries = Json.list(bundle, "entry");
        for (JsonNode e : entries) {
            String ref = Json.resourceRef(Json.at(e, "resource"));
            if (Json.str(e, "fullUrl") != null && ref != null) {
                index.aliases.put(Json.str(e, "fullUrl"), ref);
            }
        }
        int entryNo = 0;
        for (JsonNode e : entries) {
            entryNo++;
            JsonNode resource = Json.at(e, "resource");
            if (resource == null || !resource.isObject()) {
                continue; // a delete or a search outcome without a body: nothing to read
            }
            if (Json.str(resource, "resourceType") == null) {
                error(source, line, "entry-" + entryNo, "invalid-fhir", "entry " + entryNo + " of the Bundle: not a FHIR resource (no resourceType)");
                continue;
            }
            accept(resource, null, null, 0, source, line, "entry " + entryNo + " of the Bundle");
        }
    }

    private Location spill(JsonNode r, byte[] raw, int rawLength, int source, long line) throws IOException {
        if (raw != null) {
            return store.spill(raw, rawLength, source, line);
        }
        byte[] bytes = json.writeValueAsBytes(r);
        return store.spill(bytes, bytes.length, source, line);
    }

    private void error(int source, long line, String id, String code, String message) {
        index.addError(id, new NoteError(code, message, line), source, line);
    }
}

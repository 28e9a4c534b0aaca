package io.notelint.fhir;

import io.notelint.core.engine.NoteError;
import io.notelint.core.io.InputStreams;
import io.notelint.core.io.IoProblem;
import io.notelint.core.io.ReadOptions;
import io.notelint.core.limits.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The first pass: reads every file of the input once, in order, keeps where each note is and the
 * facts of everything around it ({@link FhirIndex}), and turns what cannot be read into error records
 * at their place. Notes are not decoded here; their text is read again when their turn comes.
 */
final class Indexer {

    private final FhirIndex index = new FhirIndex();
    private final ResourceStore store;
    private final ReadOptions options;
    private final FactExtractor facts;

    private Indexer(ResourceStore store, ReadOptions options) {
        this.store = store;
        this.options = options;
        this.facts = new FactExtractor(index);
    }

    static FhirIndex index(List<ExportLayout.Source> sources, ResourceStore store, ReadOptions options) {
        Indexer indexer = new Indexer(store, options);
        for (int i = 0; i < sources.size(); i++) {
            indexer.index.sourceNames.add(sources.get(i).name());
        }
        for (int i = 0; i < sources.size(); i++) {
            indexer.read(sources.get(i), i);
        }
        return indexer.index;
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
                String json = new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8);
                Resource r = parseOrReport(json, number, line, "line " + line);
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
        String json = new String(bytes, StandardCharsets.UTF_8);
        Resource r = parseOrReport(json, number, 1, "the file");
        if (r != null) {
            accept(r, null, null, 0, number, 1, "the file");
        }
    }

    /** The resource, or null after recording an error record for it. */
    private Resource parseOrReport(String json, int source, long line, String where) {
        try {
            return FhirParsing.parse(json);
        } catch (RuntimeException e) {
            String id = ResourceNames.sniff(json);
            String name = id != null ? id : "line-" + line;
            // HAPI's message quotes the bad value (which may be note text): only the element's name is used
            java.util.regex.Matcher m = ELEMENT.matcher(String.valueOf(e.getMessage()));
            String element = m.find() ? m.group(1) : null;
            if ("data".equals(element)) {
                error(source, line, name, "invalid-attachment", where + ": " + name + ": the attachment's data is not valid base64");
            } else if (element != null) {
                error(source, line, name, "invalid-fhir", where + ": " + name + ": the value of '" + element
                        + "' is not valid for its FHIR type");
            } else {
                error(source, line, name, "invalid-fhir", where + ": not a FHIR R4 resource NoteLint can read"
                        + " (not JSON, no known resourceType, or a value of the wrong shape)");
            }
            return null;
        }
    }

    private static final java.util.regex.Pattern ELEMENT = java.util.regex.Pattern.compile("\\[element=\"([A-Za-z0-9_]{1,64})\"\\]");

    /**
     * Takes one parsed resource in. {@code where} is its place in a plain file, or null when its JSON
     * must be kept in the spill file ({@code raw} the bytes as read, or null to encode it again).
     */
    private void accept(Resource r, Location where, byte[] raw, int rawLength, int source, long line, String place)
            throws IOException {
        String type = r.fhirType();
        index.typesSeen.add(type);
        String ref = Refs.of(r);
        if (r instanceof Bundle bundle) {
            acceptBundle(bundle, source, line);
            return;
        }
        if (ExportLayout.NOTE_TYPES.contains(type) || "Binary".equals(type)) {
            if (ref == null) {
                error(source, line, "line-" + line, "missing-id", place + ": a " + type + " without an id");
                return;
            }
            Location at = where != null ? where : spill(r, raw, rawLength, source, line);
            if ("Binary".equals(type)) {
                index.binaries.put(ref, at);
            } else {
                index.items.add(new FhirIndex.Item(facts.noteEntry(r, ref, at), null, null, source, line));
            }
            return;
        }
        if (ExportLayout.SUPPORTING_TYPES.contains(type)) {
            facts.accept(r, ref);
            return;
        }
        error(source, line, ref != null ? ref : "line-" + line, "not-a-note", place + ": " + (ref != null ? ref : "a " + type)
                + " is not a note: NoteLint reads DocumentReference and Composition (and the resources they refer to)");
    }

    private void acceptBundle(Bundle bundle, int source, long line) throws IOException {
        int entryNo = 0;
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            entryNo++;
            if (e.hasFullUrl() && e.hasResource() && Refs.of(e.getResource()) != null) {
                index.aliases.put(e.getFullUrl(), Refs.of(e.getResource()));
            }
        }
        entryNo = 0;
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            entryNo++;
            if (!e.hasResource()) {
                continue; // a delete or a search outcome without a body: nothing to read
            }
            accept(e.getResource(), null, null, 0, source, line, "entry " + entryNo + " of the Bundle");
        }
    }

    private Location spill(Resource r, byte[] raw, int rawLength, int source, long line) throws IOException {
        if (raw != null) {
            return store.spill(raw, rawLength, source, line);
        }
        byte[] json = FhirParsing.encode(r).getBytes(StandardCharsets.UTF_8);
        return store.spill(json, json.length, source, line);
    }

    private void error(int source, long line, String id, String code, String message) {
        index.items.add(new FhirIndex.Item(null, id, new NoteError(code, message, line), source, line));
    }
}

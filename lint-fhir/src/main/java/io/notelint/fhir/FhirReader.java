package io.notelint.fhir;

import io.notelint.core.model.NoteError;
import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.io.ReadOptions;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.model.Note;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a FHIR input as NoteLint records: a first pass indexes it ({@link Indexer}), then every note
 * and every error comes out in input order. A note is decoded (parsed, mapped, given its history) on
 * whichever thread decodes its record; its text, and its earlier notes' texts, are read from the input
 * again then, so the reader holds no note text. Each result is named by its resource reference
 * ({@code DocumentReference/abc}) in the file it came from.
 */
final class FhirReader implements RecordReader {

    private final FhirIndex index;
    private final HistoryOrder history;
    private final NoteMapper mapper;
    private final ResourceStore store;
    private final HistoryCache cache;
    private final ReadOptions options;
    private int next;

    private FhirReader(FhirIndex index, ResourceStore store, ReadOptions options) {
        this.index = index;
        this.store = store;
        this.options = options;
        this.history = HistoryOrder.of(index);
        this.mapper = new NoteMapper(index, store);
        this.cache = new HistoryCache(256);
    }

    static RecordReader open(Path path, String name, ReadOptions options) throws IOException {
        List<ExportLayout.Source> sources = ExportLayout.of(path, name);
        ResourceStore store = new ResourceStore();
        try {
            return new FhirReader(Indexer.index(sources, store, options), store, options);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public PendingRecord next() {
        if (next >= index.itemCount()) {
            return null;
        }
        FhirIndex.Item item = index.item(next++);
        RecordOrigin origin = RecordOrigin.line(index.sourceNames.get(item.source()), item.line());
        if (item.note() == null) {
            NoteRecord failed = NoteRecord.failed(origin, item.errorId(), item.error());
            return new Pending(origin, () -> failed);
        }
        return new Pending(origin, () -> decode(origin, item.note(), item.ordinal()));
    }

    private NoteRecord decode(RecordOrigin origin, Facts.NoteEntry entry, int ordinal) {
        try {
            Note note = mapped(entry);
            return NoteRecord.of(origin, note.withHistory(earlier(entry, ordinal)));
        } catch (MappingException e) {
            return NoteRecord.failed(origin, entry.ref(), new NoteError(e.code(), "line " + origin.line() + ": " + e.getMessage(), origin.line()));
        } catch (RuntimeException e) {
            return NoteRecord.failed(origin, entry.ref(), new NoteError("invalid-fhir", "line " + origin.line() + ": " + entry.ref()
                    + ": not a note NoteLint could read (a value of an unexpected shape)", origin.line()));
        }
    }

    private Note mapped(Facts.NoteEntry entry) throws MappingException {
        Resource r;
        try {
            r = FhirParsing.parse(store.read(entry.where()));
        } catch (ca.uhn.fhir.parser.DataFormatException e) {
            throw FhirParsing.problem(entry.ref(), e);
        }
        return mapper.map(r, entry);
    }

    /** The client's earlier notes, most recent first, within the history limits; an unreadable one is left out. */
    private List<Note> earlier(Facts.NoteEntry entry, int ordinal) {
        List<Note> out = new ArrayList<>();
        long chars = 0;
        for (Facts.NoteEntry e : history.earlier(entry, ordinal, options.limits().maxHistoryEntries())) {
            Note n = cache.get(e.ref());
            if (n == null) {
                try {
                    n = mapped(e);
                } catch (MappingException | RuntimeException ex) {
                    continue; // its own record says what is wrong with it
                }
                cache.put(e.ref(), n);
            }
            chars += n.text().length();
            if (chars > options.limits().maxHistoryChars()) {
                break;
            }
            out.add(n);
        }
        return out;
    }

    @Override
    public void close() {
        next = index.itemCount();
    }

    private record Pending(RecordOrigin origin, java.util.function.Supplier<NoteRecord> decoder) implements PendingRecord {
        @Override
        public NoteRecord decode() {
            return decoder.get();
        }
    }
}

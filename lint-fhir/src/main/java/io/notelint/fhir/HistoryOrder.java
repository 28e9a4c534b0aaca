package io.notelint.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each client's notes in time order, whatever order the input has them in, so a note's history is the
 * notes of the same {@code subject} dated before it (most recent first). A note's time is its session
 * start ({@code context.period.start}, else its encounter's {@code period.start}), else its {@code date},
 * else {@code meta.lastUpdated}; a note with none of them has no history and is no one's history. Notes
 * at the same time are not each other's history; ties are listed by reference so the order is stable.
 */
final class HistoryOrder {

    private record Dated(Facts.NoteEntry entry, long at) {
    }

    private final Map<String, List<Dated>> bySubject = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();

    static HistoryOrder of(FhirIndex index) {
        HistoryOrder order = new HistoryOrder();
        for (FhirIndex.Item item : index.items) {
            Facts.NoteEntry e = item.note();
            if (e == null || e.subject() == null) {
                continue;
            }
            long at = at(e, index);
            if (at != Facts.NO_TIME) {
                FhirIndex.add(order.bySubject, e.subject(), new Dated(e, at));
            }
        }
        for (List<Dated> notes : order.bySubject.values()) {
            notes.sort(Comparator.comparingLong(Dated::at).thenComparing(d -> d.entry().ref()));
            for (int i = 0; i < notes.size(); i++) {
                order.position.put(notes.get(i).entry().ref(), i);
            }
        }
        return order;
    }

    /** The notes before {@code entry}, most recent first, at most {@code max}. */
    List<Facts.NoteEntry> earlier(Facts.NoteEntry entry, int max) {
        Integer pos = position.get(entry.ref());
        if (pos == null || max <= 0) {
            return List.of();
        }
        List<Dated> notes = bySubject.get(entry.subject());
        long at = notes.get(pos).at();
        List<Facts.NoteEntry> out = new ArrayList<>();
        for (int i = pos - 1; i >= 0 && out.size() < max; i--) {
            if (notes.get(i).at() < at) {
                out.add(notes.get(i).entry());
            }
        }
        return out;
    }

    private static long at(Facts.NoteEntry e, FhirIndex index) {
        if (e.start() != Facts.NO_TIME) {
            return e.start();
        }
        Facts.Encounter enc = e.encounter() == null ? null : index.encounters.get(e.encounter());
        long start = enc == null ? Facts.NO_TIME : millis(enc.period().start());
        return start != Facts.NO_TIME ? start : e.fallback();
    }

    /** {@link #parse} in epoch milliseconds, or {@link Facts#NO_TIME}. */
    static long millis(String s) {
        Instant i = parse(s);
        return i == null ? Facts.NO_TIME : i.toEpochMilli();
    }

    /** A FHIR date or dateTime as an instant (a date alone: its start, UTC; a year or month alone: its first day). */
    static Instant parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            if (s.length() > 10) {
                return OffsetDateTime.parse(s).toInstant();
            }
            String day = s.length() == 4 ? s + "-01-01" : s.length() == 7 ? s + "-01" : s;
            return LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package io.notelint.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Each client's notes in time order, whatever order the input has them in, so a note's history is the
 * notes of the same {@code subject} dated before it (most recent first). A note's time is its session
 * start ({@code context.period.start}, else its encounter's {@code period.start}), else its {@code date},
 * else {@code meta.lastUpdated}; a note with none of them has no history and is no one's history. Notes
 * at the same time are not each other's history; ties are listed by reference so the order is stable.
 */
final class HistoryOrder {

    private final FhirIndex index;
    /** By note ordinal: its client (a hash of the {@code subject}), its time, its record. */
    private final long[] subject;
    private final long[] at;
    private final int[] item;
    /** The dated notes' ordinals, by client and time; and each note's place in it (-1: none). */
    private final int[] order;
    private final int[] position;

    private HistoryOrder(FhirIndex index, long[] subject, long[] at, int[] item, int[] order, int[] position) {
        this.index = index;
        this.subject = subject;
        this.at = at;
        this.item = item;
        this.order = order;
        this.position = position;
    }

    /**
     * Sorts the index's notes by client, then time, then reference. Kept in primitive arrays (under 30
     * bytes a note), so the order costs little heap; a client is a 64-bit hash of its reference, and
     * {@link #earlier} compares the references themselves, so two clients sharing a hash still get
     * only their own notes.
     */
    static HistoryOrder of(FhirIndex index) {
        int notes = index.noteCount();
        long[] subject = new long[notes];
        long[] at = new long[notes];
        int[] item = new int[notes];
        int dated = 0;
        for (int i = 0; i < index.itemCount(); i++) {
            FhirIndex.Item it = index.item(i);
            Facts.NoteEntry e = it.note();
            if (e == null) {
                continue;
            }
            int o = it.ordinal();
            item[o] = i;
            at[o] = e.subject() == null ? Facts.NO_TIME : at(e, index);
            subject[o] = e.subject() == null ? 0 : hash(e.subject());
            if (at[o] != Facts.NO_TIME) {
                dated++;
            }
        }
        Integer[] sorted = new Integer[dated];
        int k = 0;
        for (int o = 0; o < notes; o++) {
            if (at[o] != Facts.NO_TIME) {
                sorted[k++] = o;
            }
        }
        Comparator<Integer> byClientAndTime = Comparator.<Integer>comparingLong(o -> subject[o]).thenComparingLong(o -> at[o]);
        Arrays.sort(sorted, byClientAndTime.thenComparing(o -> index.item(item[o]).note().ref()));
        int[] order = new int[dated];
        int[] position = new int[notes];
        Arrays.fill(position, -1);
        for (int i = 0; i < dated; i++) {
            order[i] = sorted[i];
            position[sorted[i]] = i;
        }
        return new HistoryOrder(index, subject, at, item, order, position);
    }

    /** The notes before {@code entry} (the note of that {@code ordinal}), most recent first, at most {@code max}. */
    List<Facts.NoteEntry> earlier(Facts.NoteEntry entry, int ordinal, int max) {
        int pos = position[ordinal];
        if (pos < 0 || max <= 0) {
            return List.of();
        }
        long client = subject[ordinal];
        long time = at[ordinal];
        List<Facts.NoteEntry> out = new ArrayList<>();
        for (int i = pos - 1; i >= 0 && out.size() < max && subject[order[i]] == client; i--) {
            if (at[order[i]] < time) {
                Facts.NoteEntry e = index.item(item[order[i]]).note();
                if (entry.subject().equals(e.subject())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    private static long at(Facts.NoteEntry e, FhirIndex index) {
        if (e.start() != Facts.NO_TIME) {
            return e.start();
        }
        Facts.Encounter enc = e.encounter() == null ? null : index.encounter(e.encounter());
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

package io.notelint.rules.clinical;

import io.notelint.core.text.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The elements of the record a note's text states for itself (note-format.md: read where structured
 * fields are absent), each with the words it came from: the date of service ("Date of Service:
 * 3/08/2023"), session start and end ("Time in: 2:00 pm"), stated session lengths, CPT codes ("CPT
 * 90837") and the signature line ("Jane Doe, LMFT, 3/8/2023"; "Electronically signed by ...").
 *
 * <p>Each element is read from the text the first time a rule asks for it, and kept: most notes with
 * fields never need the text's. One instance belongs to one note's analysis, on one thread.
 */
public final class TextRecord {

    private final String text;
    private TextRecordReader.Words words;
    private Optional<Located<LocalDate>> serviceDate;
    private List<Optional<Located<LocalTime>>> times;
    private Optional<Located<String>> cptCodes;
    private Optional<TextSignature> signature;
    private List<StatedDuration> durations;

    TextRecord(String text) {
        this.text = text;
    }

    /** A value read from the text and the span of the words that state it. */
    record Located<T>(T value, Span span) {
    }

    /**
     * A signature line: the signer's name, credentials ("" when none is written), the date signed (null
     * when none is written) and the span of the line.
     */
    record TextSignature(String name, String credentials, LocalDate date, Span span) {
    }

    private TextRecordReader.Words words() {
        if (words == null) {
            words = TextRecordReader.Words.of(text);
        }
        return words;
    }

    Optional<Located<LocalDate>> serviceDate() {
        if (serviceDate == null) {
            serviceDate = TextRecordReader.serviceDate(text, words(), TextRecordReader.FINDER);
        }
        return serviceDate;
    }

    Optional<Located<LocalTime>> start() {
        return times().get(0);
    }

    Optional<Located<LocalTime>> end() {
        return times().get(1);
    }

    private List<Optional<Located<LocalTime>>> times() {
        if (times == null) {
            times = TextRecordReader.times(text, words());
        }
        return times;
    }

    Optional<Located<String>> cptCodes() {
        if (cptCodes == null) {
            cptCodes = TextRecordReader.codes(text, words());
        }
        return cptCodes;
    }

    Optional<TextSignature> signature() {
        if (signature == null) {
            signature = TextRecordReader.signature(text, words(), TextRecordReader.FINDER);
        }
        return signature;
    }

    /** Every statement of a session length in the text ({@link StatedDurations}). */
    public List<StatedDuration> durations() {
        if (durations == null) {
            durations = List.copyOf(StatedDurations.find(text));
        }
        return durations;
    }

    /** The session's minutes from the start and end read in the text, when both are. */
    Optional<Integer> clockMinutes() {
        if (start().isEmpty() || end().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SessionClock.minutesBetween(start().get().value(), end().get().value()));
    }

    /**
     * The one session length the text states, when every statement of the whole session agrees (within
     * {@code tolerance}); statements that time only the psychotherapy part are left out.
     */
    Optional<StatedDuration> statedLength(int tolerance) {
        List<StatedDuration> whole = durations().stream().filter(d -> !d.psychotherapyOnly()).toList();
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        StatedDuration first = whole.get(0);
        boolean agree = whole.stream().allMatch(d -> Math.abs(d.low() - first.low()) <= tolerance
                && Math.abs(d.high() - first.high()) <= tolerance);
        return agree ? Optional.of(first) : Optional.empty();
    }
}

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
 */
record TextRecord(Optional<Located<LocalDate>> serviceDate, Optional<Located<LocalTime>> start,
                  Optional<Located<LocalTime>> end, Optional<Located<String>> cptCodes,
                  Optional<TextSignature> signature, List<StatedDuration> durations) {

    static final TextRecord NONE = new TextRecord(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of());

    TextRecord {
        durations = List.copyOf(durations);
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

    /** The session's minutes from the start and end read in the text, when both are. */
    Optional<Integer> clockMinutes() {
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SessionClock.minutesBetween(start.get().value(), end.get().value()));
    }

    /**
     * The one session length the text states, when every statement of the whole session agrees (within
     * {@code tolerance}); statements that time only the psychotherapy part are left out.
     */
    Optional<StatedDuration> statedLength(int tolerance) {
        List<StatedDuration> whole = durations.stream().filter(d -> !d.psychotherapyOnly()).toList();
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        StatedDuration first = whole.get(0);
        boolean agree = whole.stream().allMatch(d -> Math.abs(d.low() - first.low()) <= tolerance
                && Math.abs(d.high() - first.high()) <= tolerance);
        return agree ? Optional.of(first) : Optional.empty();
    }
}

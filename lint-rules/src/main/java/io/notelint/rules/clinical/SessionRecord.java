package io.notelint.rules.clinical;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.model.Clinician;
import io.notelint.core.model.NoteFields;
import io.notelint.core.text.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The record of one session as the rules judge it: each structured field, or where the field is absent
 * (and not merely unreadable) what the note's text states for it (note-format.md). Every value read from
 * the text keeps its span, so a finding built on it points at the words. Computed once per note.
 */
public final class SessionRecord {

    private static final Object KEY = new Object();

    /** Largest difference, in minutes, between two statements of the session length that still agree. */
    static final int AGREEMENT_MINUTES = 5;

    private final NoteFields fields;
    private final TextRecord text;

    private SessionRecord(NoteFields fields, TextRecord text) {
        this.fields = fields;
        this.text = text;
    }

    public static SessionRecord of(AnalyzedNote analysis) {
        return analysis.derived(KEY, a -> new SessionRecord(a.note().fields(), TextRecordReader.read(a.text())));
    }

    NoteFields fields() {
        return fields;
    }

    public TextRecord text() {
        return text;
    }

    /** True when the field was given but could not be read: the text does not stand in for it. */
    public boolean unreadable(String field) {
        return fields.invalid().containsKey(field);
    }

    public Optional<LocalDate> sessionDate() {
        if (fields.sessionDate() != null) {
            return Optional.of(fields.sessionDate());
        }
        return unreadable("sessionDate") ? Optional.empty() : text.serviceDate().map(TextRecord.Located::value);
    }

    public Optional<LocalTime> start() {
        if (fields.startTime() != null) {
            return Optional.of(fields.startTime());
        }
        return unreadable("startTime") || fields.endTime() != null ? Optional.empty()
                : text.start().map(TextRecord.Located::value);
    }

    public Optional<LocalTime> end() {
        if (fields.endTime() != null) {
            return Optional.of(fields.endTime());
        }
        return unreadable("endTime") || fields.startTime() != null ? Optional.empty()
                : text.end().map(TextRecord.Located::value);
    }

    /** The CPT codes: the field, else those the text states ("CPT 90837"). */
    public Optional<String> cptCodes() {
        if (fields.cpt().isPresent()) {
            return fields.cpt();
        }
        return unreadable("cptCode") ? Optional.empty() : text.cptCodes().map(TextRecord.Located::value);
    }

    /** Where the codes came from, for messages: "cptCode" or the text's words. */
    String cptSource() {
        return fields.cpt().isPresent() ? "cptCode" : text.cptCodes().map(c -> "the text").orElse("cptCode");
    }

    /** Minutes from start to end, fields or text (never one from each). */
    OptionalInt clockMinutes() {
        OptionalInt fromFields = SessionClock.clockMinutes(fields);
        if (fromFields.isPresent()) {
            return fromFields;
        }
        if (fields.startTime() != null || fields.endTime() != null || unreadable("startTime") || unreadable("endTime")) {
            return OptionalInt.empty();
        }
        return text.clockMinutes().map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /**
     * The session's minutes and where they came from: durationMinutes, else the clock times (fields,
     * then text), else the one session length the text states.
     */
    public Optional<Minutes> minutes() {
        if (fields.durationMinutes() != null) {
            return Optional.of(new Minutes(fields.durationMinutes(), "durationMinutes", null));
        }
        if (unreadable("durationMinutes")) {
            return Optional.empty();
        }
        OptionalInt clock = clockMinutes();
        if (clock.isPresent()) {
            boolean fromFields = fields.startTime() != null;
            String source = fromFields ? fields.startTime() + "-" + fields.endTime()
                    : text.start().get().value() + "-" + text.end().get().value() + " in the text";
            return Optional.of(new Minutes(clock.getAsInt(), source, fromFields ? null : text.start().get().span()));
        }
        return text.statedLength(AGREEMENT_MINUTES).map(d -> new Minutes(d.low(), "stated in the text", d.span()));
    }

    /** The signer: the clinician field, else the text's signature line. */
    public Optional<Signer> signer() {
        Clinician c = fields.clinician();
        if (c != null) {
            return Optional.of(new Signer(c.name(), c.credentials(), null));
        }
        if (unreadable("clinician")) {
            return Optional.empty();
        }
        return text.signature().map(s -> new Signer(s.name(), s.credentials(), s.span()));
    }

    /** The date signed: signedAt's date in the note's zone, else the date on the text's signature line. */
    public Optional<LocalDate> signedDate() {
        if (fields.signedAt() != null) {
            return Optional.of(SessionClock.localDate(fields.signedAt(), fields));
        }
        if (unreadable("signedAt")) {
            return Optional.empty();
        }
        return text.signature().map(TextRecord.TextSignature::date);
    }

    /** A length of the session, where it came from, and the words that state it (null for a field). */
    public record Minutes(int value, String source, Span span) {
    }

    /** A signer's name and credentials, and the words that state them (null for the field). */
    public record Signer(String name, String credentials, Span span) {
    }
}

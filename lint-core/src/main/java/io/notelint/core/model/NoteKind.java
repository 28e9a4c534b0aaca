package io.notelint.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of clinical document a note is (note-format.md, {@code kind}; categories.md, Document kinds).
 * A rule states in its metadata which kinds it judges: a psychiatric evaluation is not held to a
 * progress note's template.
 */
public enum NoteKind {
    /** A session progress note: the default when nothing says otherwise. */
    PROGRESS,
    /** An intake or diagnostic assessment. */
    INTAKE,
    /** A psychological or psychiatric evaluation. */
    EVALUATION,
    /** A consultation requested by another clinician. */
    CONSULT,
    /** A crisis contact. */
    CRISIS,
    /** A group session note. */
    GROUP,
    /** A discharge or transfer summary. */
    DISCHARGE;

    /** The value as written in note JSON and rule docs: {@code progress}, {@code intake}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A declared kind, any case; empty for an unknown value (and for {@code auto}, see {@link #isAuto}). */
    public static Optional<NoteKind> parse(String value) {
        return DeclaredValues.parse(NoteKind.class, value);
    }

    /** True for {@code auto} in any case: "infer it", the same as no value. */
    public static boolean isAuto(String value) {
        return DeclaredValues.isAuto(value);
    }
}

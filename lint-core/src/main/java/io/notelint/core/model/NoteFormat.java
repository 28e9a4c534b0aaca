package io.notelint.core.model;

import java.util.List;
import java.util.Optional;

/** The documentation formats NoteLint knows, with the sections each one requires. */
public enum NoteFormat {
    SOAP(List.of(SectionKind.SUBJECTIVE, SectionKind.OBJECTIVE, SectionKind.ASSESSMENT, SectionKind.PLAN)),
    DAP(List.of(SectionKind.DATA, SectionKind.ASSESSMENT, SectionKind.PLAN)),
    BIRP(List.of(SectionKind.BEHAVIOR, SectionKind.INTERVENTION, SectionKind.RESPONSE, SectionKind.PLAN)),
    GIRP(List.of(SectionKind.GOAL, SectionKind.INTERVENTION, SectionKind.RESPONSE, SectionKind.PLAN)),
    PIE(List.of(SectionKind.PROBLEM, SectionKind.INTERVENTION, SectionKind.EVALUATION)),
    /** Free text: no required sections. */
    FREE(List.of());

    private final List<SectionKind> requiredSections;

    NoteFormat(List<SectionKind> requiredSections) {
        this.requiredSections = requiredSections;
    }

    public List<SectionKind> requiredSections() {
        return requiredSections;
    }

    /** A declared format, any case; empty for an unknown value and for {@code auto} (see {@link #isAuto}). */
    public static Optional<NoteFormat> parse(String value) {
        return DeclaredValues.parse(NoteFormat.class, value);
    }

    /** True for {@code auto} in any case: "detect from the headers", the same as no format at all. */
    public static boolean isAuto(String value) {
        return DeclaredValues.isAuto(value);
    }
}

package io.notelint.core.model;

/** What a note section holds, whatever header spelled it. */
public enum SectionKind {
    SUBJECTIVE, OBJECTIVE, ASSESSMENT, PLAN,
    DATA,
    BEHAVIOR, INTERVENTION, RESPONSE,
    GOAL,
    PROBLEM, EVALUATION,
    /** A header NoteLint recognises as a section but that belongs to no format (e.g. "Risk:"). */
    OTHER,
    /** Text before the first header. */
    PREAMBLE;

    /** Human name, e.g. "Subjective". */
    public String title() {
        String n = name();
        return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}

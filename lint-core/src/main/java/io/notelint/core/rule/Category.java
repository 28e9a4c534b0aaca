package io.notelint.core.rule;

import java.util.Arrays;
import java.util.Optional;

/**
 * The finding categories of the public contract (docs/categories.md). Every finding carries exactly
 * one; ids never change once published.
 */
public enum Category {
    VAGUE_LANGUAGE("vague-language", Kind.SPAN, "Vague language"),
    STIGMATIZING_LANGUAGE("stigmatizing-language", Kind.SPAN, "Stigmatizing language"),
    MISSING_SECTION("missing-section", Kind.NOTE, "Missing section"),
    MISSING_PLAN("missing-plan", Kind.NOTE, "No plan"),
    PLAN_QUALITY("plan-quality", Kind.NOTE, "Plan without a next contact"),
    RISK_DOCUMENTATION("risk-documentation", Kind.NOTE, "Risk not addressed"),
    UNDOCUMENTED_CHANGE("undocumented-change", Kind.NOTE, "Change not documented"),
    INCONSISTENCY("inconsistency", Kind.NOTE, "Times, codes or dates disagree"),
    CLONED_CONTENT("cloned-content", Kind.NOTE, "Copied from an earlier note"),
    ADMINISTRATIVE("administrative", Kind.NOTE, "Record element missing or late"),
    GOLDEN_THREAD("golden-thread", Kind.NOTE, "Not tied to treatment goals"),
    PLAN_FOLLOW_THROUGH("plan-follow-through", Kind.NOTE, "Last plan not followed up");

    /** Span categories point at words; note categories are judged per note. */
    public enum Kind { SPAN, NOTE }

    private final String id;
    private final Kind kind;
    private final String title;

    /** A category whose title is its id in words ("plan-follow-through": "Plan follow through"). */
    Category(String id, Kind kind) {
        this(id, kind, Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' '));
    }

    Category(String id, Kind kind, String title) {
        this.id = id;
        this.kind = kind;
        this.title = title;
    }

    /** The category in plain words, for headings and reports read by people ("No plan"). */
    public String title() {
        return title;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<Category> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}

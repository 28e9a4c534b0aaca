package io.notelint.core.rule;

import java.util.Arrays;
import java.util.Optional;

/**
 * The finding categories of the public contract (spec/categories.md). Every finding carries exactly
 * one; ids never change once published.
 */
public enum Category {
    VAGUE_LANGUAGE("vague-language", Kind.SPAN),
    STIGMATIZING_LANGUAGE("stigmatizing-language", Kind.SPAN),
    MISSING_SECTION("missing-section", Kind.NOTE),
    MISSING_PLAN("missing-plan", Kind.NOTE),
    PLAN_QUALITY("plan-quality", Kind.NOTE),
    RISK_DOCUMENTATION("risk-documentation", Kind.NOTE),
    UNDOCUMENTED_CHANGE("undocumented-change", Kind.NOTE),
    INCONSISTENCY("inconsistency", Kind.NOTE),
    CLONED_CONTENT("cloned-content", Kind.NOTE),
    ADMINISTRATIVE("administrative", Kind.NOTE),
    GOLDEN_THREAD("golden-thread", Kind.NOTE),
    PLAN_FOLLOW_THROUGH("plan-follow-through", Kind.NOTE);

    /** Span categories point at words; note categories are judged per note. */
    public enum Kind { SPAN, NOTE }

    private final String id;
    private final Kind kind;

    Category(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
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

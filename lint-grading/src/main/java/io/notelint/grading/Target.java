package io.notelint.grading;

import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import java.util.Objects;

/**
 * What a deduction or requirement counts: every finding of a category ({@code vague-language}), or the
 * findings of one rule ({@code vague-language/vague-status}). A rule is more specific than its category.
 */
public record Target(Kind kind, String id) {

    public enum Kind { CATEGORY, RULE }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Target category(Category category) {
        return new Target(Kind.CATEGORY, category.id());
    }

    public static Target rule(String ruleId) {
        return new Target(Kind.RULE, ruleId);
    }

    public boolean matches(Finding f) {
        return kind == Kind.RULE ? f.ruleId().equals(id) : f.category().id().equals(id);
    }

    /** The category this target belongs to (a rule id's first segment). */
    public String categoryId() {
        int slash = id.indexOf('/');
        return kind == Kind.RULE && slash > 0 ? id.substring(0, slash) : id;
    }

    @Override
    public String toString() {
        return id;
    }
}

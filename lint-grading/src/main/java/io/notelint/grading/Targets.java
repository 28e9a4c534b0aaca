package io.notelint.grading;

import io.notelint.core.config.TreeReader;

import io.notelint.core.rule.Category;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a target written in a rubric or assignment file: a category id or a rule id. */
final class Targets {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> CATEGORY_IDS = Arrays.stream(Category.values()).map(Category::id).toList();

    private Targets() {
    }

    /**
     * The target, or null with a problem recorded at {@code at}. A rule id is checked for its shape only
     * ({@code family/name}; plug-in rules may use families of their own): whether the linter runs it is
     * checked when the grader is built.
     */
    static Target parse(String text, String at, TreeReader reader) {
        if (text.indexOf('/') >= 0) {
            if (!RULE_ID.matcher(text).matches()) {
                reader.problem(at, "'" + text + "' is not a rule id: expected <category>/<kebab-name>,"
                        + " e.g. vague-language/vague-status");
                return null;
            }
            return Target.rule(text);
        }
        if (Category.fromId(text).isEmpty()) {
            String hint = GradingFiles.nearest(text, CATEGORY_IDS);
            reader.problem(at, "unknown category '" + text + "'" + (hint == null
                    ? "; categories: " + String.join(", ", CATEGORY_IDS) : " (did you mean '" + hint + "'?)"));
            return null;
        }
        return Target.category(Category.fromId(text).orElseThrow());
    }
}

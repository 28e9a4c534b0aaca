package io.notelint.grading;

import io.notelint.core.rule.Category;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a target written in a rubric or assignment file: a category id or a rule id. */
final class Targets {

    private static final Pattern RULE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> CATEGORY_IDS = Arrays.stream(Category.values()).map(Category::id).toList();

    private Targets() {
    }

    /** The target, or null with a problem recorded at {@code at}. */
    static Target parse(String text, String at, TreeReader reader) {
        int slash = text.indexOf('/');
        String category = slash < 0 ? text : text.substring(0, slash);
        if (Category.fromId(category).isEmpty()) {
            String hint = TreeReader.nearest(category, CATEGORY_IDS);
            reader.problem(at, "unknown category '" + category + "'" + (hint == null
                    ? "; categories: " + String.join(", ", CATEGORY_IDS) : " (did you mean '" + hint + "'?)"));
            return null;
        }
        if (slash < 0) {
            return Target.category(Category.fromId(category).orElseThrow());
        }
        String name = text.substring(slash + 1);
        if (!RULE_NAME.matcher(name).matches()) {
            reader.problem(at, "'" + text + "' is not a rule id: expected <category>/<kebab-name>,"
                    + " e.g. vague-language/vague-status");
            return null;
        }
        return Target.rule(text);
    }
}

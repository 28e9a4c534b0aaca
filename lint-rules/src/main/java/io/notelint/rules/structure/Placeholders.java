package io.notelint.rules.structure;

import io.notelint.core.analysis.Section;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Section contents that say nothing: empty, or only a placeholder such as "N/A", "none", "TBD", "-".
 * Immutable and thread-safe.
 */
final class Placeholders {

    /** Longer bodies are never placeholders; saves folding long sections. */
    private static final int MAX_PLACEHOLDER = 60;

    private final Set<String> entries;

    private Placeholders(Set<String> entries) {
        this.entries = Set.copyOf(entries);
    }

    private static final class Holder {
        static final Placeholders STANDARD = load();
    }

    static Placeholders standard() {
        return Holder.STANDARD;
    }

    private static Placeholders load() {
        Set<String> set = new HashSet<>();
        for (String line : ResourceLines.lines(Placeholders.class, "placeholder-content.txt")) {
            set.add(simplify(line));
        }
        return new Placeholders(set);
    }

    /** True when the section's body is empty or holds only a placeholder. */
    boolean isEmpty(CharSequence text, Section section) {
        return isEmpty(text, section.body());
    }

    boolean isEmpty(CharSequence text, Span body) {
        if (body.length() > MAX_PLACEHOLDER * 4) {
            return false;
        }
        String s = simplify(body.in(text));
        return s.isEmpty() || s.length() <= MAX_PLACEHOLDER && entries.contains(s);
    }

    /** Lower case, letters, digits and '?' kept, everything else one space, trimmed. */
    static String simplify(CharSequence raw) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '?') {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}

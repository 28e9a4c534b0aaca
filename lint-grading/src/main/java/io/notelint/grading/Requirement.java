package io.notelint.grading;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something an assignment's note must contain, scored all or nothing: met when the note text matches
 * one of the patterns or phrases (when any are given) and no finding of the {@code noFindings} targets
 * was raised (when any are given).
 *
 * @param patterns   RE2/J patterns, searched in the note text (linear time: no pattern can hang a grade)
 * @param phrases    phrases matched on normal forms ("safety plans" matches "Safety Plan")
 * @param noFindings rules or categories that must stay silent for the requirement to be met
 */
public record Requirement(String id, String title, int weight, List<Pattern> patterns, List<String> phrases,
                          PhraseLexicon<String> lexicon, List<Target> noFindings, String why, String fix,
                          String location) {

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(fix, "fix");
        patterns = List.copyOf(patterns);
        phrases = List.copyOf(phrases);
        noFindings = List.copyOf(noFindings);
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1");
        }
        if (patterns.isEmpty() && phrases.isEmpty() && noFindings.isEmpty()) {
            throw new IllegalArgumentException("a requirement needs patterns, phrases or noFindings");
        }
    }

    /** True when the note must show some wording for this requirement. */
    public boolean needsWording() {
        return !patterns.isEmpty() || !phrases.isEmpty();
    }

    /** Where the note shows the required wording: every pattern and phrase match, in text order. */
    public List<Span> evidence(String text, List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(new Span(m.start(), m.end()));
                }
            }
        }
        if (lexicon != null) {
            for (PhraseLexicon.Match<String> m : lexicon.find(tokens)) {
                out.add(m.span());
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    /** The findings that keep this requirement from being met. */
    public List<Finding> blocking(List<Finding> findings) {
        return findings.stream().filter(f -> noFindings.stream().anyMatch(t -> t.matches(f))).toList();
    }
}

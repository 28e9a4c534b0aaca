package io.notelint.nlp.corenlp.bench;

import io.notelint.core.engine.LintResult;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Java port of the scoring in the shared {@code score.py}, so the bench needs no Python: span categories
 * count every occurrence of a labelled phrase, found when a finding of that category overlaps it, and
 * findings that overlap none are false; note categories compare as sets per note.
 */
final class CorpusScore {

    static final List<String> SPAN = List.of("vague-language", "stigmatizing-language");
    static final List<String> NOTE = List.of("missing-section", "missing-plan", "plan-quality", "risk-documentation",
            "undocumented-change", "inconsistency", "cloned-content", "administrative", "golden-thread",
            "plan-follow-through");

    /** tp, fp, fn per category, in the order of score.py. */
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    CorpusScore() {
        for (String c : SPAN) {
            counts.put(c, new int[3]);
        }
        for (String c : NOTE) {
            counts.put(c, new int[3]);
        }
    }

    /** Adds one note: its text, its {"spans": ..., "notes": ...} labels, and the linter's result. */
    void add(String text, JsonNode expect, LintResult result) {
        List<Finding> findings = result.findings();
        for (String cat : SPAN) {
            List<Span> gold = new ArrayList<>();
            JsonNode phrases = expect.path("spans").path(cat);
            for (JsonNode p : phrases.values()) {
                String phrase = p.stringValue();
                for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                    gold.add(new Span(at, at + phrase.length()));
                }
            }
            List<Span> preds = new ArrayList<>();
            for (Finding f : findings) {
                if (f.category().id().equals(cat) && f.span() != null) {
                    preds.add(f.span());
                }
            }
            int truePreds = (int) preds.stream().filter(p -> gold.stream().anyMatch(p::overlaps)).count();
            int found = (int) gold.stream().filter(g -> preds.stream().anyMatch(g::overlaps)).count();
            int[] c = counts.get(cat);
            c[0] += found;
            c[1] += preds.size() - truePreds;
            c[2] += gold.size() - found;
        }
        Set<String> got = new HashSet<>();
        for (Finding f : findings) {
            got.add(f.category().id());
        }
        Set<String> want = new HashSet<>();
        for (JsonNode n : expect.path("notes").values()) {
            want.add(n.stringValue());
        }
        for (String cat : NOTE) {
            int[] c = counts.get(cat);
            if (got.contains(cat) && want.contains(cat)) {
                c[0]++;
            } else if (got.contains(cat)) {
                c[1]++;
            } else if (want.contains(cat)) {
                c[2]++;
            }
        }
    }

    Map<String, int[]> counts() {
        return counts;
    }

    int[] total() {
        int[] t = new int[3];
        for (int[] c : counts.values()) {
            for (int i = 0; i < 3; i++) {
                t[i] += c[i];
            }
        }
        return t;
    }

    /** Precision, recall and F1 with score.py's conventions for empty denominators. */
    static double[] prf(int[] c) {
        int tp = c[0];
        int fp = c[1];
        int fn = c[2];
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : fn == 0 ? 1.0 : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }
}

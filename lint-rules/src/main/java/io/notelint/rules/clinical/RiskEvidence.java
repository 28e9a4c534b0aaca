package io.notelint.rules.clinical;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.assertion.Assertion;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a note documents in response to risk: a risk assessment (a stated risk level, a named instrument,
 * an explicit assessment statement) and a safety intervention (safety plan, crisis line, means
 * restriction, emergency contact, higher level of care). The whole note is searched, section headers
 * included, since "Safety plan:" or "Risk assessment:" as a header documents the element as well.
 */
final class RiskEvidence {

    /** How far (in tokens) a level word may stand from "risk" in "risk is assessed as low". */
    private static final int LEVEL_WINDOW = 8;

    private static final class Holder {
        static final PhraseLexicon<String> ASSESSMENT = PhraseFamilies.phrases("risk-assessment-cues.tsv");
        static final PhraseLexicon<Boolean> INTERVENTION = PhraseFamilies.load("safety-intervention-cues.tsv",
                cols -> cols.length > 0 && cols[0].contains("case"));
        static final Set<String> LEVELS = levels();

        private static Set<String> levels() {
            Set<String> out = new HashSet<>();
            for (String line : ResourceLines.lines(RiskEvidence.class, "risk-levels.tsv")) {
                out.add(io.notelint.core.analysis.TextToolkit.standard().normalizer().normalize(line.strip()));
            }
            return Set.copyOf(out);
        }
    }

    private RiskEvidence() {
    }

    /**
     * The first words documenting a risk assessment. Polarity does not matter here: "not at imminent
     * risk" and "C-SSRS negative" are assessments too.
     */
    static Optional<String> assessment(AnalyzedNote note) {
        List<Token> tokens = note.tokens();
        List<PhraseLexicon.Match<String>> named = Holder.ASSESSMENT.find(tokens);
        if (!named.isEmpty()) {
            return Optional.of(named.get(0).span().in(note.text()));
        }
        return statedLevel(note, tokens);
    }

    /**
     * The first words documenting a safety intervention that the note does not negate ("no safety
     * plan") or place in the past only ("hospitalised in 2019"). A conditional plan ("if urges return
     * she will call 988") is a safety intervention, and so is one carried out by someone else ("her
     * mother locked up the medications"): family members restricting means is the intervention.
     */
    static Optional<String> intervention(AnalyzedNote note) {
        List<Token> tokens = note.tokens();
        for (PhraseLexicon.Match<Boolean> m : Holder.INTERVENTION.find(tokens)) {
            if (m.value() && !PhraseFamilies.caseMatches(m.phrase(), tokens.subList(m.firstToken(), m.endToken()))) {
                continue;
            }
            Assertion a = note.assertion(m.span());
            if (a != Assertion.NEGATED && a != Assertion.HISTORICAL) {
                return Optional.of(m.span().in(note.text()));
            }
        }
        return Optional.empty();
    }

    /**
     * "risk low", "moderate risk", "Risk: high", "risk is assessed as low", "imminent danger low": "risk" or
     * "danger" near a level word, in the same sentence and line.
     */
    private static Optional<String> statedLevel(AnalyzedNote note, List<Token> tokens) {
        String text = note.text();
        for (int i = 0; i < tokens.size(); i++) {
            String anchor = tokens.get(i).norm();
            if (!anchor.equals("risk") && !anchor.equals("danger")) {
                continue;
            }
            for (int dir = -1; dir <= 1; dir += 2) {
                for (int k = 1; k <= LEVEL_WINDOW; k++) {
                    int j = i + dir * k;
                    if (j < 0 || j >= tokens.size() || breaks(text, tokens, Math.min(i, j), Math.max(i, j))) {
                        break;
                    }
                    if (Holder.LEVELS.contains(tokens.get(j).norm())) {
                        int a = Math.min(i, j);
                        int b = Math.max(i, j);
                        return Optional.of(text.substring(tokens.get(a).start(), tokens.get(b).end()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** True when a sentence end or a line break lies between tokens a and b. */
    private static boolean breaks(String text, List<Token> tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            String t = tokens.get(k + 1).text();
            if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals(";")) {
                return true;
            }
            for (int c = tokens.get(k).end(); c < tokens.get(k + 1).start(); c++) {
                if (text.charAt(c) == '\n' || text.charAt(c) == '\r') {
                    return true;
                }
            }
        }
        return false;
    }
}

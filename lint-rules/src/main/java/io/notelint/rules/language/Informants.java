package io.notelint.rules.language;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Whose judgement a phrase is, when it is not the clinician's about the client: what an informant
 * reported ("Her mother states she is doing well", "Per staff, he did fine") or how a test came out
 * ("Labs fairly stable", "Calculations performed fairly well"). A clinician quoting a collateral
 * source, or grading a test, is documenting data, not judging vaguely. Word lists in
 * informant-verbs.txt and test-subjects.txt. Immutable and shared.
 */
final class Informants {

    private static final Set<String> SOURCE_MARKERS = Lexicons.wordList("per|according");
    private static final Set<String> ANAPHORS = Lexicons.wordList("this|that|it|which|these|those|they");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", "(", ")");

    private static final class Holder {
        static final Informants STANDARD = new Informants();
    }

    private final Set<String> verbs;
    private final Set<String> tests;

    private Informants() {
        this.verbs = Lexicons.words("informant-verbs.txt");
        this.tests = Lexicons.words("test-subjects.txt");
    }

    static Informants standard() {
        return Holder.STANDARD;
    }

    /**
     * True when the words at {@code at} are what someone other than the client reported: a reporting
     * verb earlier in the sentence whose subject is another person ("The friend with her states ...",
     * "Teacher reports ..."), or a source marker before another person ("Per his mother, ...").
     */
    boolean reportedByOther(List<Token> tokens, int at) {
        ClientReference refs = ClientReference.standard();
        for (int i = at - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.text().equals(";")) {
                return false;
            }
            if (verbs.contains(t.norm()) && refs.subjectBefore(tokens, i) == ClientReference.Who.OTHER) {
                return true;
            }
            if (SOURCE_MARKERS.contains(t.norm())) {
                for (int j = i + 1; j < at; j++) {
                    ClientReference.Who who = refs.of(tokens.get(j));
                    if (who != ClientReference.Who.UNNAMED) {
                        return who == ClientReference.Who.OTHER;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when the clause of the words at {@code at} is about a test, a measure or a lab value rather
     * than a person: a test word before them in the clause with no person between ("Calculations are
     * performed fairly well", "BUN fairly stable"), or a sentence that opens with "This"/"It" right after
     * a sentence about a test ("Creatinine 1.3. This is fairly stable for her.").
     */
    boolean describesTestResult(AnalyzedNote note, Sentence sentence, List<Token> tokens, int at) {
        ClientReference refs = ClientReference.standard();
        for (int i = at - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (CLAUSE_ENDS.contains(t.text()) || refs.of(t) != ClientReference.Who.UNNAMED) {
                break;
            }
            if (tests.contains(t.norm())) {
                return true;
            }
        }
        if (tokens.isEmpty() || !ANAPHORS.contains(tokens.get(0).norm()) || sentence.index() == 0) {
            return false;
        }
        Sentence previous = note.sentences().get(sentence.index() - 1);
        boolean test = false;
        boolean measure = false;
        for (Token t : note.tokens(previous)) {
            test |= tests.contains(t.norm());
            measure |= Evidence.isNumber(t);
        }
        return test && measure;
    }
}

package io.notelint.rules.language;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.assertion.Assertion;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the uses of a stigmatizing-language lexicon that describe the client: one pass over each
 * sentence's fast tokens looking up the lexicon trie, then, for the few hits, the entry's context
 * conditions and gate (quoted speech, someone else, negation, passive, noun modifier). POS tags are
 * asked for only when a noun label is followed by an open-class word. Stateless.
 */
final class StigmaMatcher {

    /** A use to report: its span, its tokens' normal forms (for the ignore option) and the entry. */
    record Hit(Span span, String key, StigmaEntry entry) {
    }

    /** Adverbs between an auxiliary and the verb: "was repeatedly refused". */
    private static final Set<String> ADVERBS = Lexicons.wordList(
            "also|again|then|repeatedly|initially|still|reportedly|previously|just|already|often|frequently|once|twice");
    private static final Set<String> PASSIVE_AUX = Lexicons.wordList("was|get");
    /** Labels of a family history block (family-history-labels.txt). */
    private static final class Family {
        static final List<String> LABELS = io.notelint.core.text.ResourceLines.tsv(StigmaMatcher.class,
                "family-history-labels.txt", 1).stream().map(r -> r[0].toLowerCase(java.util.Locale.ROOT)).toList();
    }
    private static final String BY = Lexicons.normalizer().normalize("by");
    private static final String BE = Lexicons.normalizer().normalize("been");
    /** After a test word, these make it a verb with an object: "clean the screen", "clean up". */
    private static final Set<String> OBJECT_STARTS = Lexicons.wordList(
            "the|a|an|her|his|their|my|your|our|its|it|them|up|out|off|this|that|these|those");

    private StigmaMatcher() {
    }

    static List<Hit> find(AnalyzedNote note, PhraseLexicon<StigmaEntry> lexicon) {
        List<Hit> hits = new ArrayList<>();
        for (Sentence sentence : note.sentences()) {
            List<Token> tokens = note.tokens(sentence);
            // Position by position rather than lexicon.find(): a longer entry that fails its gate
            // ("is clean" without "for") must not hide a shorter one inside it ("clean and sober").
            int i = 0;
            while (i < tokens.size()) {
                PhraseLexicon.Match<StigmaEntry> m = lexicon.longestAt(tokens, i);
                if (m != null && !quoted(note, m.span()) && !Headings.inHeading(note.text(), m.span())
                        && !familyHistory(note, m.span()) && gateOpen(note, sentence, tokens, m)) {
                    hits.add(new Hit(reported(tokens, m), Lexicons.key(tokens, m.firstToken(), m.endToken()), m.value()));
                    i = m.endToken();
                } else {
                    i++;
                }
            }
        }
        return hits;
    }

    private static boolean gateOpen(AnalyzedNote note, Sentence sentence, List<Token> tokens,
                                    PhraseLexicon.Match<StigmaEntry> m) {
        StigmaEntry entry = m.value();
        for (LexiconCondition c : entry.conditions()) {
            if (!c.holds(tokens, m.firstToken(), m.endToken())) {
                return false;
            }
        }
        if (entry.gate() == StigmaEntry.Gate.ALWAYS) {
            return true;
        }
        ClientReference.Who who = ClientReference.standard().before(tokens, m.firstToken());
        if (who == ClientReference.Who.OTHER
                || entry.gate() == StigmaEntry.Gate.CLIENT_EXPLICIT && who != ClientReference.Who.CLIENT) {
            return false;
        }
        boolean describesWord = entry.gate() != StigmaEntry.Gate.TEST && entry.gate() != StigmaEntry.Gate.VERB;
        if (describesWord && m.endToken() < tokens.size()
                && ClientReference.standard().of(tokens.get(m.endToken())) == ClientReference.Who.OTHER) {
            return false; // "her manipulative ex-husband", "an alcoholic father": it describes the next person
        }
        return switch (entry.gate()) {
            case TEST -> !(m.endToken() < tokens.size() && OBJECT_STARTS.contains(tokens.get(m.endToken()).norm()));
            case LABEL -> affirmed(note, m.span()) && !modifiesNoun(note, sentence, tokens, m.endToken());
            case VERB -> affirmed(note, m.span()) && !passiveOfClient(tokens, m, who) && !byOther(tokens, m.endToken());
            default -> affirmed(note, m.span());
        };
    }

    /**
     * The span to report: the entry's words without a leading "is/was/been" ("been [clean] for 45 days"),
     * with the substance word a generic entry was conditioned on ("[heroin abuser]").
     */
    private static Span reported(List<Token> tokens, PhraseLexicon.Match<StigmaEntry> m) {
        int first = m.firstToken();
        if (m.endToken() - first > 1 && tokens.get(first).norm().equals(BE)) {
            first++;
        }
        for (LexiconCondition c : m.value().conditions()) {
            first = Math.min(first, c.reportedStart(tokens, first));
        }
        return new Span(tokens.get(first).start(), m.span().end());
    }

    /** Not negated ("was not combative") and not about someone else, per the assertion classifier. */
    private static boolean affirmed(AnalyzedNote note, Span span) {
        Assertion a = note.assertion(span);
        return a != Assertion.NEGATED && a != Assertion.OTHER_PERSON;
    }

    /** "Client was refused admission": the client is the one refused, not the one refusing. */
    private static boolean passiveOfClient(List<Token> tokens, PhraseLexicon.Match<StigmaEntry> m, ClientReference.Who who) {
        int i = m.firstToken() - 1;
        while (i >= 0 && ADVERBS.contains(tokens.get(i).norm())) {
            i--;
        }
        return i >= 0 && PASSIVE_AUX.contains(tokens.get(i).norm()) && who == ClientReference.Who.CLIENT;
    }

    /** "refused by her insurer": a person or body other than the client within three words after "by". */
    private static boolean byOther(List<Token> tokens, int end) {
        if (end >= tokens.size() || !tokens.get(end).norm().equals(BY)) {
            return false;
        }
        for (int i = end + 1; i < Math.min(tokens.size(), end + 4); i++) {
            if (ClientReference.standard().of(tokens.get(i)) == ClientReference.Who.OTHER) {
                return true;
            }
        }
        return false;
    }

    /** The label is used as a modifier: "alcoholic beverages", "alcoholic father". */
    private static boolean modifiesNoun(AnalyzedNote note, Sentence sentence, List<Token> tokens, int end) {
        return end < tokens.size() && PartOfSpeech.isNoun(note, sentence, tokens.get(end));
    }

    /**
     * Inside a family history block ("FAMILY HISTORY: Her mother died at 67. She did abuse alcohol."):
     * "she" and "he" there are relatives, never the client.
     */
    private static boolean familyHistory(AnalyzedNote note, Span span) {
        String label = Headings.blockLabel(note.text(), span.start()).toLowerCase(java.util.Locale.ROOT);
        return Family.LABELS.stream().anyMatch(label::startsWith);
    }

    private static boolean quoted(AnalyzedNote note, Span span) {
        for (Span q : note.quotes()) {
            if (q.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}

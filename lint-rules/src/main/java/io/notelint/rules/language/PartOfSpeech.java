package io.notelint.rules.language;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.text.TaggedToken;
import io.notelint.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The one place these rules ask for POS tags, always about a single word right after a lexicon hit.
 * Tagging is the costly step of the pipeline, so a closed-class word ("with", "today", "she") is
 * answered from a word list and never sent to the tagger; the tagger runs only for open-class words,
 * and then for that one sentence (AnalyzedNote memoises it).
 */
final class PartOfSpeech {

    private static final class Holder {
        static final Set<String> FUNCTION_WORDS = Lexicons.words("function-words.txt");
    }

    private PartOfSpeech() {
    }

    /** True when the word is closed-class, so it is neither a noun nor an adjective. */
    static boolean functionWord(Token t) {
        return Holder.FUNCTION_WORDS.contains(t.norm());
    }

    /** The UPOS tag of a fast token ("" when it is punctuation or the tagger cut it differently). */
    static String tag(AnalyzedNote note, Sentence sentence, Token t) {
        List<TaggedToken> tagged = note.tagged(sentence);
        for (TaggedToken tt : tagged) {
            if (tt.span().overlaps(t.span())) {
                return tt.pos();
            }
        }
        return "";
    }

    /** The tag of the word after {@code t} in the tagger's own tokens ("" at the end). */
    static String nextTag(AnalyzedNote note, Sentence sentence, Token t) {
        List<TaggedToken> tagged = note.tagged(sentence);
        for (int i = 0; i < tagged.size(); i++) {
            if (tagged.get(i).span().overlaps(t.span())) {
                return i + 1 < tagged.size() ? tagged.get(i + 1).pos() : "";
            }
        }
        return "";
    }

    /** True when the word is a noun: a word, not closed-class, and tagged NOUN or PROPN. */
    static boolean isNoun(AnalyzedNote note, Sentence sentence, Token t) {
        if (!t.isWord() || functionWord(t)) {
            return false;
        }
        String pos = tag(note, sentence, t);
        return pos.equals("NOUN") || pos.equals("PROPN");
    }
}

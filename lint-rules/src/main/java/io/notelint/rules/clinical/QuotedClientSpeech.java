package io.notelint.rules.clinical;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.text.Span;
import java.util.regex.Pattern;

/**
 * Recognises a risk statement quoted in the client's own words: the words stand inside quotation marks,
 * speak in the first person, and the sentence around them has the client as its subject ("Client told
 * her mother "I want to die""; "She said "I'd be better off dead""). A sentence whose subject is
 * someone else ("Her brother said "I want to die"") does not qualify.
 */
final class QuotedClientSpeech {

    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)(?<![\\w'])(?:i|i'm|i'd|i've|i'll|me|my|myself)(?![\\w'])");

    /** The sentence opens with the client as subject: "Client", "Pt", "Patient", "The client", "She", "He", "They". */
    private static final Pattern CLIENT_SUBJECT = Pattern.compile(
            "^\\W*(?:(?:the\\s+)?(?:client|patient|pt|member|consumer)|she|he|they)\\b", Pattern.CASE_INSENSITIVE);

    private QuotedClientSpeech() {
    }

    static boolean isClientQuote(AnalyzedNote note, Sentence sentence, Span mention) {
        Span quote = note.quotes().stream().filter(q -> q.contains(mention)).findFirst().orElse(null);
        if (quote == null) {
            return false;
        }
        String text = note.text();
        if (!FIRST_PERSON.matcher(quote.in(text)).find()) {
            return false;
        }
        int from = sentence.span().start();
        if (from >= quote.start()) {
            return false;
        }
        return CLIENT_SUBJECT.matcher(text.substring(from, quote.start())).find();
    }
}

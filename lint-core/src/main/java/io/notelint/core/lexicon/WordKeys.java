package io.notelint.core.lexicon;

import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A phrase's match keys made one space-separated word at a time, each word keyed once however many
 * phrases repeat it: lexicons expanded from alternatives repeat a few hundred words in tens of thousands
 * of phrases, and tokenising each phrase whole was most of a one-note run. The result is what keying the
 * whole phrase gives, because the tokenizer never makes a token across a space (a space is never part of
 * a word, and a joining apostrophe, hyphen or separator needs a letter or digit on both sides) and the
 * key of a token depends on that token alone. {@code WordKeysTest} holds the two equal.
 * Used while one lexicon is built, on one thread; not shared.
 */
public final class WordKeys {

    private final Function<String, List<String>> keysOfWord;
    private final Map<String, List<String>> byWord = new HashMap<>();

    /** @param keysOfWord the keys of one word's tokens; must read each token alone */
    public WordKeys(Function<String, List<String>> keysOfWord) {
        this.keysOfWord = keysOfWord;
    }

    /** Keys that are the tokens' normal forms, as {@link PhraseLexicon#of(Map, Tokenizer)} matches them. */
    public static WordKeys normalForms(Tokenizer tokenizer) {
        return new WordKeys(word -> tokenizer.tokenize(word, new Span(0, word.length())).stream().map(Token::norm).toList());
    }

    /** The keys of the phrase's tokens, in order. */
    public List<String> keysOf(String phrase) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= phrase.length()) {
            int space = phrase.indexOf(' ', start);
            int end = space < 0 ? phrase.length() : space;
            if (end > start) {
                out.addAll(byWord.computeIfAbsent(phrase.substring(start, end), keysOfWord));
            }
            start = end + 1;
        }
        return out;
    }
}

package io.notelint.core.lexicon;

import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A phrase's match keys (its tokens' normal forms) made one space-separated word at a time, each word
 * tokenised once however many phrases repeat it. The result is the tokenizer's on the whole phrase:
 * a token never spans a space (a space is never part of a word, and a joining apostrophe, hyphen or
 * separator needs a letter or digit on both sides), and a token's normal form depends on its text alone.
 * {@code WordKeysTest} holds the two equal on every phrase of the built-in lexicons.
 * Used while one lexicon is built, on one thread; not shared.
 */
final class WordKeys {

    private final Tokenizer tokenizer;
    private final Map<String, List<String>> byWord = new HashMap<>();

    WordKeys(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The normal forms of the phrase's tokens, in order. */
    List<String> keysOf(String phrase) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= phrase.length()) {
            int space = phrase.indexOf(' ', start);
            int end = space < 0 ? phrase.length() : space;
            if (end > start) {
                out.addAll(byWord.computeIfAbsent(phrase.substring(start, end), this::tokenizeWord));
            }
            start = end + 1;
        }
        return out;
    }

    private List<String> tokenizeWord(String word) {
        return tokenizer.tokenize(word, new Span(0, word.length())).stream().map(Token::norm).toList();
    }
}

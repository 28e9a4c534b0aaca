package io.notelint.core.text;


/**
 * A token of the fast tokenizer: its span, its text, and its normal form (case-folded and reduced to a
 * cheap lemma, so "Talked", "talking" and "talks" all read "talk").
 */
public record Token(Span span, String text, String norm) {

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}

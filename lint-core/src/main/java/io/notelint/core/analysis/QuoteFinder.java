package io.notelint.core.analysis;

import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted speech: text between straight double quotes or curly double quotes on one line. Client
 * speech in quotes is the client's own words and is never flagged as vague or stigmatizing.
 */
final class QuoteFinder {

    private QuoteFinder() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                open = -1;
                continue;
            }
            if (open < 0) {
                if (c == '"' || c == '\u201C') {
                    open = i;
                    closer = c == '"' ? '"' : '\u201D';
                }
            } else if (c == closer || (closer == '\u201D' && c == '"')) {
                out.add(new Span(open, i + 1));
                open = -1;
            }
        }
        return List.copyOf(out);
    }
}

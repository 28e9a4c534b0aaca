package io.notelint.testing;

import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Text with {@code [[...]]} markers around the spans a rule must report, and the same text with the
 * markers removed.
 */
public record MarkedText(String text, List<Span> marked) {

    public static MarkedText parse(String source) {
        StringBuilder out = new StringBuilder(source.length());
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < source.length(); i++) {
            if (source.startsWith("[[", i) && open < 0) {
                open = out.length();
                i++;
            } else if (source.startsWith("]]", i) && open >= 0) {
                spans.add(new Span(open, out.length()));
                open = -1;
                i++;
            } else {
                out.append(source.charAt(i));
            }
        }
        if (open >= 0) {
            throw new IllegalArgumentException("unclosed [[ marker in example");
        }
        return new MarkedText(out.toString(), List.copyOf(spans));
    }
}

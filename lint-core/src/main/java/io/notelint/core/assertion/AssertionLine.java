package io.notelint.core.assertion;

import java.util.Arrays;
import java.util.List;

/**
 * One line of the NegEx test-kit format, which the command line also reads:
 * {@code id<TAB>term<TAB>sentence[<TAB>more columns...]}. A trailing CR is dropped, and a field wrapped
 * in double quotes is unwrapped ({@code ""} inside becomes {@code "}), as spreadsheet exports write it.
 *
 * @param rest the columns after the sentence (the kit's gold label, for instance), possibly empty
 */
public record AssertionLine(String id, String term, String sentence, List<String> rest) {

    public AssertionLine {
        rest = List.copyOf(rest);
    }

    /** Parses a line; throws IllegalArgumentException (without the line's text) when it has under 3 columns. */
    public static AssertionLine parse(String line) {
        String l = line;
        while (l.endsWith("\r") || l.endsWith("\n")) {
            l = l.substring(0, l.length() - 1);
        }
        String[] cols = l.split("\t", -1);
        if (cols.length < 3) {
            throw new IllegalArgumentException("expected id<TAB>term<TAB>sentence, found " + cols.length + " column(s)");
        }
        List<String> rest = Arrays.stream(cols, 3, cols.length).map(AssertionLine::unquote).toList();
        return new AssertionLine(cols[0].strip(), unquote(cols[1]), unquote(cols[2]), rest);
    }

    static String unquote(String field) {
        String f = field.strip();
        if (f.length() >= 2 && f.charAt(0) == '"' && f.charAt(f.length() - 1) == '"') {
            return f.substring(1, f.length() - 1).replace("\"\"", "\"");
        }
        return f;
    }
}

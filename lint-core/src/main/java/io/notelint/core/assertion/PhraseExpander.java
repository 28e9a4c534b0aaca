package io.notelint.core.assertion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Expands the compact phrase notation of the trigger file: {@code {a|b|}} stands for each alternative
 * (an empty one makes the group optional) and {@code @NAME} for each alternative of a macro. "no
 * {sign|signs} of" gives "no sign of" and "no signs of". Spaces are collapsed afterwards.
 */
final class PhraseExpander {

    private static final Pattern WHITE = Pattern.compile("\\s+");

    private final Map<String, List<String>> macros;

    PhraseExpander(Map<String, List<String>> macros) {
        this.macros = macros;
    }

    /** Every phrase the notation stands for, in order, blanks collapsed, empty results dropped. */
    List<String> expand(String notation) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : expandRaw(notation)) {
            String collapsed = WHITE.matcher(s.strip()).replaceAll(" ");
            if (!collapsed.isEmpty()) {
                out.add(collapsed);
            }
        }
        return List.copyOf(out);
    }

    /** The alternatives of a macro body such as "a|b {c|d}". */
    List<String> expandAlternatives(String body) {
        List<String> out = new ArrayList<>();
        for (String alt : splitTopLevel(body)) {
            out.addAll(expandRaw(alt));
        }
        return out;
    }

    private List<String> expandRaw(String s) {
        List<String> acc = new ArrayList<>();
        acc.add("");
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            List<String> options;
            if (c == '{') {
                int close = matchingBrace(s, i);
                options = expandAlternatives(s.substring(i + 1, close));
                i = close + 1;
            } else if (c == '@' && i + 1 < s.length() && isNameChar(s.charAt(i + 1))) {
                int end = i + 1;
                while (end < s.length() && isNameChar(s.charAt(end))) {
                    end++;
                }
                String name = s.substring(i + 1, end);
                options = macros.get(name);
                if (options == null) {
                    throw new IllegalArgumentException("unknown macro @" + name);
                }
                i = end;
            } else {
                int end = i;
                while (end < s.length() && s.charAt(end) != '{' && !(s.charAt(end) == '@' && end + 1 < s.length()
                        && isNameChar(s.charAt(end + 1)))) {
                    end++;
                }
                options = List.of(s.substring(i, end));
                i = end;
            }
            List<String> next = new ArrayList<>(acc.size() * options.size());
            for (String prefix : acc) {
                for (String o : options) {
                    next.add(prefix + o);
                }
            }
            acc = next;
        }
        return acc;
    }

    private static List<String> splitTopLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed '{' in a trigger phrase");
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

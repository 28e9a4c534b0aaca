package io.notelint.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions {@link DocumentKindDetector} read labels, titles and codes with before
 * {@link SectionLabels} and its hand-written helpers replaced them: kept in test code as the oracle of a
 * differential test only.
 */
final class RegexSectionLabels {

    static final Pattern LINE_LABEL = Pattern.compile(
            "(?m)^[ \\t>*#•\\-–]*(?:\\d{1,2}[.)]\\s*|[IVX]{1,4}[.)]\\s*)?\\**([A-Za-z][A-Za-z /&'’()\\-]{1,60}?)\\**\\s*(?::|\\s[-–]\\s|$)");
    static final Pattern CAPS_LABEL = Pattern.compile("(?<![A-Za-z])([A-Z][A-Z /&'\\-]{2,60}[A-Z])\\s*:");
    static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{5})(?![0-9])");

    private RegexSectionLabels() {
    }

    static List<int[]> spans(Pattern pattern, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(1), m.end(1)});
        }
        return out;
    }

    static Set<String> labels(String text) {
        Set<String> out = new LinkedHashSet<>();
        List<int[]> spans = spans(LINE_LABEL, text);
        spans.addAll(spans(CAPS_LABEL, text));
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] s : spans) {
            String w = words(text.substring(s[0], s[1]));
            if (!w.isEmpty() && w.split(" ").length <= 6) {
                out.add(w);
            }
        }
        return out;
    }

    static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String titleHead(String line) {
        return line.split("\\s[-–|]\\s|:", 2)[0];
    }

    static List<String> codes(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

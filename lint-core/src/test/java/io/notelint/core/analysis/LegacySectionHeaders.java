package io.notelint.core.analysis;

import io.notelint.core.model.SectionKind;
import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test oracle: the header vocabulary before issue 15, a list tried label by label (longest first).
 * The header vocabulary: labels and the section kinds they may name, longest label first. */
final class LegacySectionHeaders {

    record Label(String text, Set<SectionKind> kinds) {
        boolean singleLetter() {
            return text.length() == 1;
        }
    }

    private final List<Label> labels;

    private LegacySectionHeaders(List<Label> labels) {
        this.labels = labels;
    }

    static LegacySectionHeaders load() {
        List<Label> labels = new ArrayList<>();
        for (String[] row : ResourceLines.tsv(LegacySectionHeaders.class, "section-headers.tsv", 2)) {
            EnumSet<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
            for (String k : row[1].split(",")) {
                kinds.add(SectionKind.valueOf(k.trim()));
            }
            labels.add(new Label(row[0].toLowerCase(Locale.ROOT), Set.copyOf(kinds)));
        }
        labels.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
        return new LegacySectionHeaders(List.copyOf(labels));
    }

    /** The label texts, longest first (for the differential test). */
    List<String> labelsForTest() {
        return labels.stream().map(Label::text).toList();
    }

    /** The longest label that stands at {@code at} and ends on a word boundary, or null. */
    Label labelAt(CharSequence text, int at) {
        for (Label label : labels) {
            int end = at + label.text().length();
            if (end <= text.length() && regionMatchesIgnoreCase(text, at, label.text())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return label;
            }
        }
        return null;
    }

    /** The label spelled exactly {@code word} (any case), or null. */
    Label exact(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Label label : labels) {
            if (label.text().equals(lower)) {
                return label;
            }
        }
        return null;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int at, String lowerLabel) {
        for (int i = 0; i < lowerLabel.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != lowerLabel.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

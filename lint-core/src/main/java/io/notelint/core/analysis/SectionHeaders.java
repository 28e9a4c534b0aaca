package io.notelint.core.analysis;

import io.notelint.core.model.SectionKind;
import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header vocabulary (section-headers.tsv): labels and the section kinds they may name. Looked up
 * through a character trie, so finding the label at a position costs the length of the label, not a
 * comparison with each of the ~120 labels (the detector asks at every line start and sentence end).
 */
final class SectionHeaders {

    record Label(String text, Set<SectionKind> kinds) {
        boolean singleLetter() {
            return text.length() == 1;
        }
    }

    /** A trie node: children by lower-case char (keys sorted, searched by bisection), and the label ending here. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private Label label;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[children.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, n, at + 1, children.length - at);
            keys = k;
            children = n;
            return n[at];
        }
    }

    private final List<Label> labels;
    private final Node root;
    /** The root's children for ASCII chars, by char: the first step is taken at every line start. */
    private final Node[] asciiRoot = new Node[128];
    private final Map<String, Label> byText;

    private SectionHeaders(List<Label> labels) {
        this.labels = labels;
        this.root = new Node();
        Map<String, Label> exact = new HashMap<>();
        for (Label label : labels) {
            // the first of two rows with the same label wins, as it did when labels were tried in turn
            exact.putIfAbsent(label.text(), label);
            Node n = root;
            for (int i = 0; i < label.text().length(); i++) {
                n = n.addChild(label.text().charAt(i));
            }
            if (n.label == null) {
                n.label = label;
            }
        }
        this.byText = Map.copyOf(exact);
        for (char c = 0; c < asciiRoot.length; c++) {
            asciiRoot[c] = root.child(c);
        }
    }

    static SectionHeaders load() {
        List<Label> labels = new ArrayList<>();
        for (String[] row : ResourceLines.tsv(SectionHeaders.class, "section-headers.tsv", 2)) {
            EnumSet<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
            for (String k : row[1].split(",")) {
                kinds.add(SectionKind.valueOf(k.trim()));
            }
            String text = row[0].toLowerCase(Locale.ROOT);
            if (text.isEmpty()) {
                throw new IllegalStateException("section-headers.tsv: an empty label");
            }
            labels.add(new Label(text, Set.copyOf(kinds)));
        }
        labels.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
        return new SectionHeaders(List.copyOf(labels));
    }

    /** Every label, longest first (file order among labels of one length). */
    List<Label> labels() {
        return labels;
    }

    /**
     * The longest label that stands at {@code at} and ends on a word boundary (end of text or a char that
     * is not a letter or digit), or null. Case is ignored char by char ({@link Character#toLowerCase(char)}).
     */
    Label labelAt(CharSequence text, int at) {
        Label best = null;
        Node n = root;
        for (int i = at; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            n = i == at && c < asciiRoot.length ? asciiRoot[c] : n.child(c);
            if (n == null) {
                break;
            }
            if (n.label != null && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                best = n.label;
            }
        }
        return best;
    }

    /** The label spelled exactly {@code word} (any case), or null. */
    Label exact(String word) {
        return byText.get(word.toLowerCase(Locale.ROOT));
    }
}

package io.notelint.core.analysis;

import io.notelint.core.model.Note;
import io.notelint.core.model.NoteKind;
import io.notelint.core.text.CharClasses;
import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Infers the kind of document a note is when it declares none (categories.md, Document kinds), from
 * what says it, strongest first: a type field ({@code noteType}, {@code documentType}, a LOINC code;
 * {@code modality} group; a diagnostic-evaluation CPT code), the title on the first line, a section
 * title that names the kind ("REASON FOR CONSULTATION:", "HOSPITAL COURSE:"), and last the history,
 * impression and recommendation sections that evaluations carry and progress notes do not repeat.
 * Nothing found: a progress note. The knowledge is in {@code document-kinds.tsv}; immutable and
 * thread-safe.
 */
public final class DocumentKindDetector {

    /** Extra fields that may name the document type, in the order they are trusted. */
    private static final List<String> TYPE_FIELDS = List.of("kind", "noteType", "documentType", "docType", "type",
            "encounterType", "visitType", "serviceType", "loinc", "typeCode");

    /** CPT codes of a diagnostic evaluation, which is an intake whatever the note's headers. */
    private static final Set<String> EVALUATION_CODES = Set.of("90791", "90792");
    private static final Set<String> GROUP_CODES = Set.of("90853");

    private static final int WEAK_THRESHOLD = 3;
    private static final int MAX_TITLE_WORDS = 8;

    private final Map<String, NoteKind> titles;
    private final Map<String, NoteKind> headers;
    private final Map<String, NoteKind> weakKinds;
    private final Map<String, Integer> weakWeights;
    private final Map<String, NoteKind> loinc;

    private DocumentKindDetector(Map<String, NoteKind> titles, Map<String, NoteKind> headers,
                                 Map<String, NoteKind> weakKinds, Map<String, Integer> weakWeights,
                                 Map<String, NoteKind> loinc) {
        this.titles = Map.copyOf(titles);
        this.headers = Map.copyOf(headers);
        this.weakKinds = Map.copyOf(weakKinds);
        this.weakWeights = Map.copyOf(weakWeights);
        this.loinc = Map.copyOf(loinc);
    }

    /** The detector built from {@code document-kinds.tsv}. */
    public static DocumentKindDetector load() {
        Map<String, NoteKind> titles = new HashMap<>();
        Map<String, NoteKind> headers = new HashMap<>();
        Map<String, NoteKind> weakKinds = new HashMap<>();
        Map<String, Integer> weakWeights = new HashMap<>();
        Map<String, NoteKind> loinc = new HashMap<>();
        for (String[] row : ResourceLines.tsv(DocumentKindDetector.class, "document-kinds.tsv", 3)) {
            NoteKind kind = NoteKind.parse(row[0]).orElseThrow(
                    () -> new IllegalStateException("document-kinds.tsv: unknown kind '" + row[0] + "'"));
            String phrase = row[2];
            switch (row[1]) {
                case "title" -> titles.put(words(phrase), kind);
                case "header" -> headers.put(words(phrase), kind);
                case "weak" -> {
                    weakKinds.put(words(phrase), kind);
                    weakWeights.put(words(phrase), row.length > 3 ? Integer.parseInt(row[3]) : 1);
                }
                case "loinc" -> loinc.put(phrase, kind);
                default -> throw new IllegalStateException("document-kinds.tsv: unknown cue '" + row[1] + "'");
            }
        }
        return new DocumentKindDetector(titles, headers, weakKinds, weakWeights, loinc);
    }

    /** The note's kind: declared, else inferred, else {@link NoteKind#PROGRESS}. */
    public NoteKind detect(Note note) {
        return note.declaredKind().or(() -> inferred(note)).orElse(NoteKind.PROGRESS);
    }

    /** The kind the note's fields, title or headers show, if any does. */
    public Optional<NoteKind> inferred(Note note) {
        return fromFields(note).or(() -> fromTitle(note.text())).or(() -> fromHeaders(note.text()));
    }

    private Optional<NoteKind> fromFields(Note note) {
        for (String key : TYPE_FIELDS) {
            Object v = note.fields().extra().get(key);
            if (v == null) {
                v = note.extra().get(key);
            }
            if (v instanceof String s && !s.isBlank()) {
                Optional<NoteKind> k = NoteKind.parse(s).or(() -> Optional.ofNullable(loinc.get(s.strip())))
                        .or(() -> title(s));
                if (k.isPresent()) {
                    return k;
                }
            }
        }
        String modality = note.fields().modality();
        if (modality != null && words(modality).equals("group")) {
            return Optional.of(NoteKind.GROUP);
        }
        String cpt = note.fields().cptCode();
        if (cpt != null) {
            for (String code : fiveDigitCodes(cpt)) {
                if (EVALUATION_CODES.contains(code)) {
                    return Optional.of(NoteKind.INTAKE);
                }
                if (GROUP_CODES.contains(code)) {
                    return Optional.of(NoteKind.GROUP);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs of exactly five digits ("90791" in "90791, 90785"), in order. */
    static List<String> fiveDigitCodes(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!CharClasses.asciiDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && CharClasses.asciiDigit(s.charAt(i))) {
                i++;
            }
            if (i - start == 5) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** The first non-blank line, when it reads as a title (short, not a sentence). */
    private Optional<NoteKind> fromTitle(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                if (line.endsWith(".") && !line.endsWith("..")) {
                    return Optional.empty();
                }
                // "PSYCHIATRIC EVALUATION - initial", "Discharge Summary: J. Doe, 3/2/2023"
                String head = line.substring(0, titleEnd(line));
                return title(head);
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** Where a title line's title ends: at its first colon or spaced dash or bar ({@code \s[-–|]\s}). */
    static int titleEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return i;
            }
            if (CharClasses.space(c) && i + 2 < line.length() && CharClasses.space(line.charAt(i + 2))) {
                char d = line.charAt(i + 1);
                if (d == '-' || d == '\u2013' || d == '|') {
                    return i;
                }
            }
        }
        return line.length();
    }

    /** A title names a kind when it is a title phrase, or holds a phrase of two words or more. */
    private Optional<NoteKind> title(String value) {
        String w = words(value);
        if (w.isEmpty() || w.split(" ").length > MAX_TITLE_WORDS) {
            return Optional.empty();
        }
        NoteKind exact = titles.get(w);
        if (exact != null) {
            return Optional.of(exact);
        }
        // the longest phrase held wins: "psychiatric consultation note" over "consultation"
        String best = null;
        for (String phrase : titles.keySet()) {
            if (phrase.contains(" ") && (" " + w + " ").contains(" " + phrase + " ")
                    && (best == null || phrase.length() > best.length()
                    || phrase.length() == best.length() && phrase.compareTo(best) < 0)) {
                best = phrase;
            }
        }
        return Optional.ofNullable(best).map(titles::get);
    }

    private Optional<NoteKind> fromHeaders(String text) {
        Set<String> labels = labels(text);
        for (String label : labels) {
            NoteKind k = headers.get(label);
            if (k != null) {
                return Optional.of(k);
            }
        }
        Map<NoteKind, Integer> score = new EnumMap<>(NoteKind.class);
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            NoteKind k = weakKinds.get(label);
            if (k != null && seen.add(label)) {
                score.merge(k, weakWeights.get(label), Integer::sum);
            }
        }
        // EnumMap iterates in declaration order: ties go to the earlier kind, the same every time
        NoteKind best = null;
        int bestScore = WEAK_THRESHOLD - 1;
        for (Map.Entry<NoteKind, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Section titles in text order, as lower-case words: labels at the start of a line ("Reason for
     * referral:", "## Impression", "1. Family History -") and upper-case labels anywhere, as transcribed
     * notes run them into one line ("IMPRESSION:, ...").
     */
    static Set<String> labels(String text) {
        Set<String> out = new LinkedHashSet<>();
        List<int[]> spans = new ArrayList<>(SectionLabels.lineLabels(text));
        spans.addAll(SectionLabels.capsLabels(text));
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] s : spans) {
            String w = words(text.substring(s[0], s[1]));
            if (!w.isEmpty() && wordCount(w) <= 6) {
                out.add(w);
            }
        }
        return out;
    }

    private static int wordCount(String words) {
        int count = 1;
        for (int i = 0; i < words.length(); i++) {
            if (words.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    /** Lower-case words separated by single spaces ("Reason for Referral:" -> "reason for referral"). */
    static String words(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (CharClasses.letterOrNumber(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}

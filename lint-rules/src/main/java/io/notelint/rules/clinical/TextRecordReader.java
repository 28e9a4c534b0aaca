package io.notelint.rules.clinical;

import io.notelint.core.text.CharClasses;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression;
import io.notelint.core.time.TimeExpressionFinder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the elements of the record that a note's text states under a label ("Date of Service:", "Time
 * in:", "CPT", "Electronically signed by") or in a signature line at its end ("Jane Doe, LMFT,
 * 3/8/2023"). Only labelled values and signature-shaped lines are read: a date or a code in the
 * narrative is never taken for the record. Labels are in {@code record-labels.tsv}, credentials in
 * {@code credentials.txt}; stateless.
 */
final class TextRecordReader {

    private static final class Holder {
        static final Map<String, Label> LABELS = labels();
        static final Set<String> FIRST_WORDS = LABELS.values().stream().flatMap(l -> l.firstWords().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        static final int LONGEST_FIRST_WORD = FIRST_WORDS.stream().mapToInt(String::length).max().orElse(0);
        static final FirstAndLast EDGES = new FirstAndLast(FIRST_WORDS);
        static final Set<String> CREDENTIALS = credentials();

        private static Map<String, Label> labels() {
            Map<String, List<String>> byElement = new LinkedHashMap<>();
            for (String[] row : ResourceLines.tsv(TextRecordReader.class, "record-labels.tsv", 2)) {
                byElement.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
            }
            Map<String, Label> out = new LinkedHashMap<>();
            byElement.forEach((element, phrases) -> {
                List<String> sorted = new ArrayList<>(phrases);
                sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
                List<String> alternatives = sorted.stream()
                        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace("-", "\\E[-\\s]?\\Q")).toList();
                Set<String> firstWords = new HashSet<>();
                sorted.forEach(p -> firstWords.add(p.split("[^\\p{L}\\p{N}]+")[0]));
                out.put(element, new Label(Set.copyOf(firstWords), Pattern.compile("(?:" + String.join("|", alternatives)
                        + ")(?![\\p{L}\\p{N}])[ \\t]*(?:[:#=]|[-–](?!\\d))?[ \\t]*")));
            });
            return Map.copyOf(out);
        }

        private static Set<String> credentials() {
            Set<String> out = new HashSet<>();
            for (String line : ResourceLines.lines(TextRecordReader.class, "credentials.txt")) {
                out.add(line.strip().replace(".", ""));
            }
            return Set.copyOf(out);
        }
    }

    /** The first and last letters of a set of words: a word whose pair no word has is not in the set. */
    private static final class FirstAndLast {
        /** Whether some word starts with ASCII char f and ends with ASCII char l, at f * 128 + l. */
        private final boolean[] pairs = new boolean[128 * 128];

        FirstAndLast(Set<String> words) {
            for (String w : words) {
                if (!w.isEmpty() && w.charAt(0) < 128 && w.charAt(w.length() - 1) < 128) {
                    pairs[w.charAt(0) * 128 + w.charAt(w.length() - 1)] = true;
                }
            }
        }

        /** False only when no word starts with {@code first} and ends with {@code last}. */
        boolean mayBe(char first, char last) {
            return first >= 128 || last >= 128 || pairs[first * 128 + last];
        }
    }

    /**
     * The labels of one element: tried only where a word that starts one of them starts, since an
     * alternation of phrases tried at every offset of the text would cost more than the rest of the reading.
     */
    private record Label(Set<String> firstWords, Pattern pattern) {

        /** Label matches in the lower-cased text, in text order, not overlapping: {start, end} pairs. */
        List<int[]> find(Words words) {
            List<int[]> out = new ArrayList<>();
            Matcher matcher = pattern.matcher(words.lower()).useTransparentBounds(true).useAnchoringBounds(false);
            int covered = 0;
            for (int[] w : words.starts()) {
                if (w[0] < covered || !firstWords.contains(words.lower().substring(w[0], w[1]))) {
                    continue;
                }
                matcher.region(w[0], words.lower().length());
                if (matcher.lookingAt()) {
                    out.add(new int[] {w[0], matcher.end()});
                    covered = matcher.end();
                }
            }
            return out;
        }
    }

    /**
     * The lower-cased text (ASCII letters only, so offsets stay those of the text) and the start and end
     * of every word that begins some label: computed once per note for all labels.
     */
    record Words(String lower, List<int[]> starts) {

        static Words of(String text) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (c >= 'A' && c <= 'Z') {
                    chars[i] = (char) (c + ('a' - 'A'));
                }
            }
            String lower = new String(chars);
            List<int[]> starts = new ArrayList<>();
            // over the lower-cased chars, not the String: String.charAt and Character's tables cost the client
            // compiler's code a call a character, and notes are long
            int i = 0;
            int n = chars.length;
            while (i < n) {
                if (!letterOrDigit(chars[i])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && letterOrDigit(chars[i])) {
                    i++;
                }
                if (i - start <= Holder.LONGEST_FIRST_WORD && Holder.EDGES.mayBe(chars[start], chars[i - 1])
                        && Holder.FIRST_WORDS.contains(lower.substring(start, i))) {
                    starts.add(new int[] {start, i});
                }
            }
            return new Words(lower, starts);
        }

        /** {@link Character#isLetterOrDigit(char)}: for ASCII, exactly its letters and digits. */
        private static boolean letterOrDigit(char c) {
            return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
        }
    }

    /** A bare "Date:" label counts as the date of service only this near the top of the note. */
    private static final int HEADER_LINES = 5;
    /** A signature line without a label is looked for only among the note's last lines. */
    private static final int SIGNATURE_LINES = 8;
    /** How far after a label its value may start. */
    private static final int VALUE_REACH = 40;

    private static final String NAME_WORD = "(?:Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?|[A-Z]\\.)";
    private static final Pattern NAME = Pattern.compile("^(?:/s/\\s*)?((?:Dr\\.?\\s+)?" + NAME_WORD + "(?:\\s+" + NAME_WORD
            + "){0,3})(?![\\p{L}])");
    private static final Pattern CREDENTIAL = Pattern.compile("^\\s*(?:,\\s*|\\s+)([A-Za-z][A-Za-z./\\-]{0,10}[A-Za-z.])(?![\\p{L}])");
    private static final Pattern CODES = Pattern.compile("^(\\d{5}(?:-[A-Z0-9]{2})?(?:\\s*(?:,|/|\\+|&|and)\\s*\\d{5}(?:-[A-Z0-9]{2})?)*)(?!\\d)");
    private static final Pattern OTHER_SIGNER = Pattern.compile(
            "(?i)\\b(?:client|patient|pt|guardian|parent|member|consumer|youth|caregiver)['’]?s?\\s*$");
    /** Words before a date label that make it another contact's date. */
    private static final Pattern OTHER_VISIT = Pattern.compile(
            "(?i)\\b(?:next|follow[- ]?up|return|last|previous|prior|upcoming|future|scheduled|admission|discharge|birth)\\b[^.;]*$");
    private static final Pattern AM_PM = Pattern.compile("(?i)[ap]\\.?\\s?m\\b");

    private TextRecordReader() {
    }

    /** The record of {@code text}; each element is read when a rule first asks for it. */
    static TextRecord read(String text) {
        return new TextRecord(text);
    }

    static final TimeExpressionFinder FINDER = new RegionFinder(TimeExpressionFinder.standard());

    /** Start and end: a labelled range ("Start time and end time: 1:33 pm – 2:30 pm") first, else the single labels. */
    static List<Optional<TextRecord.Located<LocalTime>>> times(String text, Words words) {
        Optional<List<TextRecord.Located<LocalTime>>> range = range(text, words, FINDER);
        if (range.isPresent()) {
            return List.of(Optional.of(range.get().get(0)), Optional.of(range.get().get(1)));
        }
        return List.of(time(text, words, "start", FINDER), time(text, words, "end", FINDER));
    }

    // ---- date of service ------------------------------------------------------------------------

    static Optional<TextRecord.Located<LocalDate>> serviceDate(String text, Words words, TimeExpressionFinder finder) {
        for (int[] m : Holder.LABELS.get("date").find(words)) {
            if (OTHER_VISIT.matcher(text.substring(Math.max(lineStart(text, m[0]), m[0] - 25), m[0])).find()) {
                continue; // "next date of service", "Last visit date:"
            }
            Optional<TextRecord.Located<LocalDate>> d = dateAfter(text, m[0], m[1], finder);
            if (d.isPresent()) {
                return d;
            }
        }
        for (int[] bare = bareDate(words.lower(), 0); bare != null && lineNumber(text, bare[0]) <= HEADER_LINES;
             bare = bareDate(words.lower(), bare[1])) {
            if (!standsAlone(text, bare[0])) {
                continue; // "Follow-up visit date:", "Appointment date:"
            }
            Optional<TextRecord.Located<LocalDate>> d = dateAfter(text, bare[0], bare[1], finder);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * The next bare "date:" label at or after {@code from} in the lower-cased text ("Date: 3/8/2023" at the top
     * of the note, alone or after other header items, "Client: A.M. Date: ..."): {start, end after the colon
     * and the blanks after it}, or null. What {@code (?<![\p{L}\p{N}])date[ \t]*:[ \t]*} found.
     */
    static int[] bareDate(String lower, int from) {
        int n = lower.length();
        for (int i = lower.indexOf("date", from); i >= 0; i = lower.indexOf("date", i + 1)) {
            if (CharClasses.letterOrNumberBefore(lower, i)) {
                continue;
            }
            int k = blanks(lower, i + 4);
            if (k < n && lower.charAt(k) == ':') {
                return new int[] {i, blanks(lower, k + 1)};
            }
        }
        return null;
    }

    private static int blanks(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static Optional<TextRecord.Located<LocalDate>> dateAfter(String text, int labelStart, int labelEnd,
                                                                     TimeExpressionFinder finder) {
        Span region = new Span(labelEnd, Math.min(lineEnd(text, labelEnd), labelEnd + VALUE_REACH));
        for (TimeExpression e : finder.find(text, region, null)) {
            if (e.kind() == TimeExpression.Kind.DATE && e.date() != null && e.span().start() - labelEnd <= 3) {
                return Optional.of(new TextRecord.Located<>(e.date(), new Span(labelStart, e.span().end())));
            }
            break; // only the value right after the label
        }
        return Optional.empty();
    }

    // ---- session times --------------------------------------------------------------------------

    private static Optional<TextRecord.Located<LocalTime>> time(String text, Words words, String element,
                                                                TimeExpressionFinder finder) {
        for (int[] m : Holder.LABELS.get(element).find(words)) {
            Span region = new Span(m[1], Math.min(lineEnd(text, m[1]), m[1] + VALUE_REACH));
            List<TimeExpression> found = finder.find(text, region, null);
            if (!found.isEmpty() && found.get(0).kind() == TimeExpression.Kind.TIME && found.get(0).span().start() - m[1] <= 3) {
                Optional<LocalTime> t = clock(found.get(0));
                if (t.isPresent()) {
                    return Optional.of(new TextRecord.Located<>(t.get(), new Span(m[0], found.get(0).span().end())));
                }
            }
        }
        return Optional.empty();
    }

    /** "Session time: 2:00-2:50 pm": start and end under one label. */
    private static Optional<List<TextRecord.Located<LocalTime>>> range(String text, Words words, TimeExpressionFinder finder) {
        for (int[] m : Holder.LABELS.get("range").find(words)) {
            Span region = new Span(m[1], Math.min(lineEnd(text, m[1]), m[1] + VALUE_REACH));
            List<TimeExpression> found = finder.find(text, region, null);
            if (found.size() >= 2 && found.get(0).kind() == TimeExpression.Kind.TIME
                    && found.get(1).kind() == TimeExpression.Kind.TIME && found.get(0).span().start() - m[1] <= 3
                    && text.substring(found.get(0).span().end(), found.get(1).span().start()).matches("\\s*(?:-|–|to|until)\\s*")) {
                Optional<LocalTime> a = clock(found.get(0));
                Optional<LocalTime> b = clock(found.get(1));
                if (a.isPresent() && b.isPresent()) {
                    LocalTime start = a.get();
                    boolean startHasMeridiem = AM_PM.matcher(found.get(0).span().in(text)).find();
                    boolean endPm = found.get(1).span().in(text).toLowerCase(Locale.ROOT).contains("p");
                    // "2:00-2:50 pm": the afternoon applies to both ends
                    if (!startHasMeridiem && endPm && start.getHour() < 12 && start.plusHours(12).isBefore(b.get())) {
                        start = start.plusHours(12);
                    }
                    Span all = new Span(m[0], found.get(1).span().end());
                    return Optional.of(List.of(new TextRecord.Located<>(start, all), new TextRecord.Located<>(b.get(), all)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> clock(TimeExpression e) {
        if (e.value().equals("NOON")) {
            return Optional.of(LocalTime.NOON);
        }
        try {
            return Optional.of(LocalTime.parse(e.value()));
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    // ---- CPT codes ------------------------------------------------------------------------------

    static Optional<TextRecord.Located<String>> codes(String text, Words words) {
        for (int[] m : Holder.LABELS.get("cpt").find(words)) {
            int to = Math.min(lineEnd(text, m[1]), m[1] + VALUE_REACH);
            Matcher c = CODES.matcher(text.substring(m[1], to));
            if (c.find()) {
                return Optional.of(new TextRecord.Located<>(c.group(1), new Span(m[0], m[1] + c.end(1))));
            }
        }
        return Optional.empty();
    }

    // ---- signature ------------------------------------------------------------------------------

    /** The last signature of the note: a labelled one ("Electronically signed by ..."), else a signature line. */
    static Optional<TextRecord.TextSignature> signature(String text, Words words, TimeExpressionFinder finder) {
        TextRecord.TextSignature last = null;
        for (int[] m : Holder.LABELS.get("signature").find(words)) {
            int lineStart = text.lastIndexOf('\n', m[0] - 1) + 1;
            if (OTHER_SIGNER.matcher(text.substring(lineStart, m[0])).find()) {
                continue; // "Client signature:", "Guardian signed ..."
            }
            int from = m[1];
            if (lineEnd(text, from) == from) {
                from = nextLineStart(text, from); // "Signature:" with the name on the line below
            }
            TextRecord.TextSignature s = signer(text, from, m[0], finder, false);
            if (s != null) {
                last = s;
            }
        }
        if (last != null) {
            return Optional.of(last);
        }
        List<int[]> lines = lastLines(text, SIGNATURE_LINES);
        for (int[] line : lines) {
            TextRecord.TextSignature s = signer(text, line[0], line[0], finder, true);
            if (s != null && lineEnd(text, s.span().end()) - s.span().end() <= 2) {
                last = s;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * A name with optional credentials and date starting at {@code from}; with {@code bare} (no label) the
     * line must be a name of two words or more followed by credentials, and nothing but a date after them.
     */
    private static TextRecord.TextSignature signer(String text, int from, int spanStart, TimeExpressionFinder finder,
                                                   boolean bare) {
        int lineEnd = lineEnd(text, from);
        String rest = text.substring(from, lineEnd);
        int lead = rest.length() - rest.stripLeading().length();
        Matcher name = NAME.matcher(rest.substring(lead));
        if (!name.find()) {
            return null;
        }
        String signerName = name.group(1).strip();
        if (bare && signerName.split("\\s+").length < 2) {
            return null;
        }
        int pos = from + lead + name.end();
        List<String> creds = new ArrayList<>();
        while (true) {
            Matcher c = CREDENTIAL.matcher(text.substring(pos, lineEnd));
            if (!c.find() || !Holder.CREDENTIALS.contains(c.group(1).replace(".", ""))) {
                break;
            }
            creds.add(c.group(1).replace(".", ""));
            pos += c.end();
        }
        if (bare && creds.isEmpty()) {
            return null;
        }
        int end = pos;
        LocalDate date = null;
        Span region = new Span(pos, Math.min(lineEnd, pos + VALUE_REACH));
        for (TimeExpression e : finder.find(text, region, null)) {
            if (e.kind() == TimeExpression.Kind.DATE && e.date() != null
                    && text.substring(pos, e.span().start()).matches("[\\s,;:\\-–]*(?:(?:on|date(?:d)?|signed)\\b[\\s:]*)?")) {
                date = e.date();
                end = e.span().end();
            }
            break;
        }
        if (bare && text.substring(end, lineEnd).matches(".*[\\p{L}].*")
                && !text.substring(end, lineEnd).matches("(?i)[\\s,@]*(?:at\\s+)?\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*")) {
            return null; // a sentence that starts with a name, not a signature line
        }
        if (date == null) {
            date = dateOnNextLine(text, lineEnd, finder);
        }
        return new TextRecord.TextSignature(signerName, String.join(", ", creds), date, new Span(spanStart, end));
    }

    /** "Jane Doe, LMFT" with "3/8/2023" or "Date: 3/8/2023" alone on the next line. */
    private static LocalDate dateOnNextLine(String text, int lineEnd, TimeExpressionFinder finder) {
        int next = nextLineStart(text, lineEnd);
        if (next >= text.length()) {
            return null;
        }
        int end = lineEnd(text, next);
        String line = text.substring(next, end);
        List<TimeExpression> found = finder.find(text, new Span(next, end), null);
        if (!found.isEmpty() && found.get(0).kind() == TimeExpression.Kind.DATE && found.get(0).date() != null
                && line.replace(found.get(0).span().in(text), "").matches("(?i)[\\s,:]*(?:date(?:\\s+signed)?[\\s:]*)?[\\s\\d:apm.]*")) {
            return found.get(0).date();
        }
        return null;
    }

    /**
     * Runs the time-expression finder on the few chars after a label only: given the whole text, the
     * finder would index all of it for every label.
     */
    private record RegionFinder(TimeExpressionFinder inner) implements TimeExpressionFinder {
        @Override
        public List<TimeExpression> find(CharSequence text, Span region, java.time.LocalDate anchor) {
            CharSequence part = text.subSequence(region.start(), region.end());
            List<TimeExpression> out = new ArrayList<>();
            for (TimeExpression e : inner.find(part, new Span(0, part.length()), anchor)) {
                out.add(new TimeExpression(new Span(e.span().start() + region.start(), e.span().end() + region.start()),
                        e.kind(), e.value(), e.date(), e.orientation()));
            }
            return out;
        }
    }

    // ---- lines ----------------------------------------------------------------------------------

    private static int lineEnd(String text, int from) {
        int n = text.indexOf('\n', from);
        int end = n < 0 ? text.length() : n;
        return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** True when a label starts its line or follows a separator ("Client: A.M. Date: ..."), not another word. */
    private static boolean standsAlone(String text, int offset) {
        int i = offset;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r' || offset - i >= 2) {
            return true;
        }
        return ".,;|·•*".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    private static int nextLineStart(String text, int from) {
        int n = text.indexOf('\n', from);
        if (n < 0) {
            return text.length();
        }
        int i = n + 1;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == ' ')) {
            i++;
        }
        return i;
    }

    private static int lineNumber(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Starts and ends of the last {@code count} non-blank lines, in text order. */
    private static List<int[]> lastLines(String text, int count) {
        List<int[]> out = new ArrayList<>();
        int end = text.length();
        while (end > 0 && out.size() < count) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            if (!text.substring(start, end).isBlank()) {
                out.add(0, new int[] {start, end});
            }
            end = start - 1;
        }
        return out;
    }
}

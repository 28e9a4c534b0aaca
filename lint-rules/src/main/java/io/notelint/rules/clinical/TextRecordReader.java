package io.notelint.rules.clinical;

import io.notelint.core.lexicon.ResourceLines;
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
        static final Map<String, Pattern> LABELS = labels();
        static final Set<String> CREDENTIALS = credentials();

        private static Map<String, Pattern> labels() {
            Map<String, List<String>> byElement = new LinkedHashMap<>();
            for (String[] row : ResourceLines.tsv(TextRecordReader.class, "record-labels.tsv", 2)) {
                byElement.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
            }
            Map<String, Pattern> out = new LinkedHashMap<>();
            byElement.forEach((element, phrases) -> {
                List<String> sorted = new ArrayList<>(phrases);
                sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
                List<String> alternatives = sorted.stream()
                        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace("-", "\\E[-\\s]?\\Q")).toList();
                out.put(element, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives)
                        + ")(?![\\p{L}\\p{N}])[ \\t]*(?:[:#=]|[-–](?!\\d))?[ \\t]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
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

    /** A bare "Date:" label counts as the date of service only this near the top of the note. */
    private static final int HEADER_LINES = 5;
    /** A signature line without a label is looked for only among the note's last lines. */
    private static final int SIGNATURE_LINES = 8;
    /** How far after a label its value may start. */
    private static final int VALUE_REACH = 40;

    /** "Date: 3/8/2023" at the top of the note, alone or after other header items ("Client: A.M. Date: ..."). */
    private static final Pattern BARE_DATE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])date[ \\t]*:[ \\t]*");
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

    static TextRecord read(String text) {
        TimeExpressionFinder finder = TimeExpressionFinder.standard();
        // a labelled range ("Start time and end time: 1:33 pm – 2:30 pm") first: its words hold the single labels too
        Optional<List<TextRecord.Located<LocalTime>>> range = range(text, finder);
        Optional<TextRecord.Located<LocalTime>> start = range.isPresent() ? Optional.of(range.get().get(0)) : time(text, "start", finder);
        Optional<TextRecord.Located<LocalTime>> end = range.isPresent() ? Optional.of(range.get().get(1)) : time(text, "end", finder);
        return new TextRecord(serviceDate(text, finder), start, end, codes(text), signature(text, finder),
                StatedDurations.find(text));
    }

    // ---- date of service ------------------------------------------------------------------------

    private static Optional<TextRecord.Located<LocalDate>> serviceDate(String text, TimeExpressionFinder finder) {
        Matcher m = Holder.LABELS.get("date").matcher(text);
        while (m.find()) {
            if (OTHER_VISIT.matcher(text.substring(Math.max(lineStart(text, m.start()), m.start() - 25), m.start())).find()) {
                continue; // "next date of service", "Last visit date:"
            }
            Optional<TextRecord.Located<LocalDate>> d = dateAfter(text, m, finder);
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher bare = BARE_DATE.matcher(text);
        while (bare.find() && lineNumber(text, bare.start()) <= HEADER_LINES) {
            if (!standsAlone(text, bare.start())) {
                continue; // "Follow-up visit date:", "Appointment date:"
            }
            Optional<TextRecord.Located<LocalDate>> d = dateAfter(text, bare, finder);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<TextRecord.Located<LocalDate>> dateAfter(String text, Matcher label, TimeExpressionFinder finder) {
        Span region = new Span(label.end(), Math.min(lineEnd(text, label.end()), label.end() + VALUE_REACH));
        for (TimeExpression e : finder.find(text, region, null)) {
            if (e.kind() == TimeExpression.Kind.DATE && e.date() != null && e.span().start() - label.end() <= 3) {
                return Optional.of(new TextRecord.Located<>(e.date(), new Span(label.start(), e.span().end())));
            }
            break; // only the value right after the label
        }
        return Optional.empty();
    }

    // ---- session times --------------------------------------------------------------------------

    private static Optional<TextRecord.Located<LocalTime>> time(String text, String element, TimeExpressionFinder finder) {
        Matcher m = Holder.LABELS.get(element).matcher(text);
        while (m.find()) {
            Span region = new Span(m.end(), Math.min(lineEnd(text, m.end()), m.end() + VALUE_REACH));
            List<TimeExpression> found = finder.find(text, region, null);
            if (!found.isEmpty() && found.get(0).kind() == TimeExpression.Kind.TIME && found.get(0).span().start() - m.end() <= 3) {
                Optional<LocalTime> t = clock(found.get(0));
                if (t.isPresent()) {
                    return Optional.of(new TextRecord.Located<>(t.get(), new Span(m.start(), found.get(0).span().end())));
                }
            }
        }
        return Optional.empty();
    }

    /** "Session time: 2:00-2:50 pm": start and end under one label. */
    private static Optional<List<TextRecord.Located<LocalTime>>> range(String text, TimeExpressionFinder finder) {
        Matcher m = Holder.LABELS.get("range").matcher(text);
        while (m.find()) {
            Span region = new Span(m.end(), Math.min(lineEnd(text, m.end()), m.end() + VALUE_REACH));
            List<TimeExpression> found = finder.find(text, region, null);
            if (found.size() >= 2 && found.get(0).kind() == TimeExpression.Kind.TIME
                    && found.get(1).kind() == TimeExpression.Kind.TIME && found.get(0).span().start() - m.end() <= 3
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
                    Span all = new Span(m.start(), found.get(1).span().end());
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

    private static Optional<TextRecord.Located<String>> codes(String text) {
        Matcher m = Holder.LABELS.get("cpt").matcher(text);
        while (m.find()) {
            int to = Math.min(lineEnd(text, m.end()), m.end() + VALUE_REACH);
            Matcher c = CODES.matcher(text.substring(m.end(), to));
            if (c.find()) {
                return Optional.of(new TextRecord.Located<>(c.group(1), new Span(m.start(), m.end() + c.end(1))));
            }
        }
        return Optional.empty();
    }

    // ---- signature ------------------------------------------------------------------------------

    /** The last signature of the note: a labelled one ("Electronically signed by ..."), else a signature line. */
    private static Optional<TextRecord.TextSignature> signature(String text, TimeExpressionFinder finder) {
        TextRecord.TextSignature last = null;
        Matcher m = Holder.LABELS.get("signature").matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            if (OTHER_SIGNER.matcher(text.substring(lineStart, m.start())).find()) {
                continue; // "Client signature:", "Guardian signed ..."
            }
            int from = m.end();
            if (lineEnd(text, from) == from) {
                from = nextLineStart(text, from); // "Signature:" with the name on the line below
            }
            TextRecord.TextSignature s = signer(text, from, m.start(), finder, false);
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

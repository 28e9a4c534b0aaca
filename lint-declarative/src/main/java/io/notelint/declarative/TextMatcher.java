package io.notelint.declarative;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.pattern.GuardedPattern;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a rule looks for in text: terms (phrases matched word by word on normal forms through a
 * {@link PhraseLexicon}, so "talked" and "talking" match "talk") and patterns (RE2/J regular
 * expressions, which run in time linear in the text whatever the pattern: no user pattern can
 * backtrack catastrophically). Matches inside an exception are dropped, and so are mentions the
 * {@link MentionFilter} skips. Immutable and thread-safe (RE2/J patterns are).
 */
final class TextMatcher {

    /** A term as written, its tokens (for case and exact-form checks), and what it carries (a preferred term). */
    record Term(String phrase, List<String> tokens, String value) {
    }

    /** One match: where, the text matched, and the term's value (null for patterns). */
    record Hit(Span span, String text, String value) {
    }

    private final List<Term> termList;
    private final PhraseLexicon<Term> terms;
    private final List<Pattern> patterns;
    private final boolean ignoreCase;
    private final boolean inflections;
    private final TextMatcher exceptions;
    private final TextMatcher sentenceGuard;
    private final MentionFilter filter;

    private TextMatcher(List<Term> termList, List<Pattern> patterns, boolean ignoreCase, boolean inflections,
                        TextMatcher exceptions, TextMatcher sentenceGuard, MentionFilter filter) {
        this.termList = List.copyOf(termList);
        Map<String, Term> entries = new LinkedHashMap<>();
        termList.forEach(t -> entries.put(t.phrase(), t));
        this.terms = termList.isEmpty() ? null : PhraseLexicon.of(entries, TextToolkit.standard().tokenizer());
        this.patterns = List.copyOf(patterns);
        this.ignoreCase = ignoreCase;
        this.inflections = inflections;
        this.exceptions = exceptions;
        this.sentenceGuard = sentenceGuard;
        this.filter = filter;
    }

    /**
     * Reads {@code terms}, {@code patterns}, {@code exceptions}, {@code unlessSentence}, {@code ignoreCase},
     * {@code inflections} and {@code skip} from a mapping; {@code swap} (term to preferred term) when
     * {@code swapKey} is given. Returns null when the mapping names no term and no pattern.
     */
    static TextMatcher parse(Node node, String swapKey) {
        boolean ignoreCase = node.bool("ignoreCase", true);
        boolean inflections = node.bool("inflections", true);
        List<Term> termList = new ArrayList<>();
        for (String t : node.stringList("terms")) {
            termList.add(term(node, "terms", t, null));
        }
        if (swapKey != null && node.has(swapKey)) {
            Node swap = node.child(swapKey, swapKey);
            if (swap.keys().isEmpty()) {
                throw node.error(swapKey, "must map at least one term to its preferred term");
            }
            for (String from : swap.keys()) {
                String to = swap.string(from, null);
                if (to == null) {
                    throw swap.error(from, "needs a preferred term");
                }
                termList.add(term(swap, from, from, to));
            }
        }
        List<Pattern> patterns = compileAll(node, ignoreCase);
        if (termList.isEmpty() && patterns.isEmpty()) {
            return null;
        }
        TextMatcher exceptions = null;
        List<String> exceptionTerms = node.stringList("exceptions");
        if (!exceptionTerms.isEmpty()) {
            List<Term> ex = new ArrayList<>();
            exceptionTerms.forEach(t -> ex.add(term(node, "exceptions", t, null)));
            exceptions = new TextMatcher(ex, List.of(), ignoreCase, inflections, null, null, MentionFilter.NONE);
        }
        TextMatcher guard = null;
        if (node.has("unlessSentence")) {
            Node g = node.child("unlessSentence", "unlessSentence");
            g.allowOnly(java.util.Set.of("terms", "patterns"), "unlessSentence (the evidence that excuses a match)");
            guard = new TextMatcher(g.stringList("terms").stream().map(t -> term(g, "terms", t, null)).toList(),
                    compileAll(g, ignoreCase), ignoreCase, true, null, null, MentionFilter.NONE);
            if (guard.termList.isEmpty() && guard.patterns.isEmpty()) {
                throw node.error("unlessSentence", "needs 'terms' or 'patterns'");
            }
        }
        return new TextMatcher(termList, patterns, ignoreCase, inflections, exceptions, guard, MentionFilter.parse(node, "skip"));
    }

    private static List<Pattern> compileAll(Node node, boolean ignoreCase) {
        List<Pattern> out = new ArrayList<>();
        List<String> sources = node.stringList("patterns");
        for (int i = 0; i < sources.size(); i++) {
            String key = node.path("patterns") + (node.raw("patterns") instanceof List ? "[" + i + "]" : "");
            out.add(compile(node, key, sources.get(i), ignoreCase));
        }
        return out;
    }

    private static Term term(Node node, String key, String phrase, String value) {
        String p = phrase.strip();
        List<Token> tokens = TextToolkit.standard().tokenizer().tokenize(p, new Span(0, p.length()));
        if (tokens.isEmpty()) {
            throw node.error(key, "term '" + phrase + "' has no word in it");
        }
        return new Term(p, tokens.stream().map(Token::text).toList(), value);
    }

    /** Compiles a pattern with RE2/J, guarded: '^' and '$' match at line breaks; case ignored unless asked. */
    static Pattern compile(Node node, String key, String source, boolean ignoreCase) {
        try {
            return GuardedPattern.compile(source, Pattern.MULTILINE | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
        } catch (PatternSyntaxException e) {
            String why = e.getDescription() == null ? "syntax error" : e.getDescription();
            throw new RuleFileException(Node.where(node.tree(), key), key, "invalid regular expression: " + why
                    + " (RE2 syntax: no look-around and no back-references)");
        } catch (GuardedPattern.Refused e) {
            throw new RuleFileException(Node.where(node.tree(), key), key, e.getMessage());
        }
    }

    /** Every kept match in the regions, in text order, overlapping matches reduced to the first. */
    List<Hit> find(AnalyzedNote note, List<Span> regions) {
        List<Hit> raw = new ArrayList<>();
        for (Span region : regions) {
            if (terms != null) {
                findTerms(note, region, raw);
            }
            for (Pattern p : patterns) {
                findPattern(note.text(), region, p, raw);
            }
        }
        // leftmost first and, of matches starting together, the longest
        raw.sort(Comparator.comparingInt((Hit h) -> h.span().start()).thenComparing(h -> -h.span().end()));
        List<Hit> exceptionHits = exceptions == null ? List.of() : exceptions.find(note, regions);
        List<Hit> out = new ArrayList<>();
        int lastEnd = -1;
        for (Hit h : raw) {
            if (h.span().start() < lastEnd || insideAny(h.span(), exceptionHits) || excusedBySentence(note, h.span())
                    || !filter.keep(note, h.span())) {
                continue;
            }
            out.add(h);
            lastEnd = h.span().end();
        }
        return out;
    }

    /** True when the match's sentence also holds the evidence {@code unlessSentence} names. */
    private boolean excusedBySentence(AnalyzedNote note, Span span) {
        if (sentenceGuard == null) {
            return false;
        }
        Span sentence = note.sentenceAt(span.start()).map(s -> s.span()).orElse(null);
        if (sentence == null) {
            return false;
        }
        for (Span part : Scope.subtract(List.of(sentence), List.of(span))) {
            if (!sentenceGuard.find(note, List.of(part)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(Span span, List<Hit> hits) {
        for (Hit e : hits) {
            if (e.span().contains(span)) {
                return true;
            }
        }
        return false;
    }

    private void findTerms(AnalyzedNote note, Span region, List<Hit> out) {
        List<Token> all = note.tokens();
        String text = note.text();
        int i = firstTokenAtOrAfter(all, region.start());
        List<Token> run = new ArrayList<>();
        for (; i < all.size() && all.get(i).end() <= region.end(); i++) {
            Token t = all.get(i);
            if (!run.isEmpty() && lineBreakBetween(text, run.get(run.size() - 1).end(), t.start())) {
                matchRun(run, text, out);
                run.clear();
            }
            run.add(t);
        }
        matchRun(run, text, out);
    }

    private void matchRun(List<Token> run, String text, List<Hit> out) {
        if (run.isEmpty()) {
            return;
        }
        for (PhraseLexicon.Match<Term> m : terms.find(run)) {
            if (formMatches(run.subList(m.firstToken(), m.endToken()), m.value())) {
                out.add(new Hit(m.span(), m.span().in(text), m.value().value()));
            }
        }
    }

    /** Normal forms matched; checks what they fold away when the rule asks for case or exact forms. */
    private boolean formMatches(List<Token> tokens, Term term) {
        if (ignoreCase && inflections) {
            return true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String got = tokens.get(i).text();
            String want = term.tokens().get(i);
            if (!inflections) {
                if (ignoreCase ? !got.toLowerCase(Locale.ROOT).equals(want.toLowerCase(Locale.ROOT)) : !got.equals(want)) {
                    return false;
                }
            } else if (!got.regionMatches(false, 0, want, 0, Math.min(got.length(), want.length()))) {
                return false; // case-sensitive: the shared stem must be written the same way
            }
        }
        return true;
    }

    private static void findPattern(String text, Span region, Pattern p, List<Hit> out) {
        Matcher m = p.matcher(new RegionText(text, region.start(), region.end()));
        while (m.find()) {
            if (m.end() > m.start()) {
                Span s = new Span(region.start() + m.start(), region.start() + m.end());
                out.add(new Hit(s, s.in(text), null));
            }
        }
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** For generated descriptions: "'a', 'b' or /c/" (the first few). */
    String describe() {
        List<String> parts = new ArrayList<>();
        termList.stream().limit(4).forEach(t -> parts.add("'" + t.phrase() + "'"));
        patterns.stream().limit(Math.max(0, 4 - parts.size())).forEach(p -> parts.add("/" + p.pattern() + "/"));
        int more = termList.size() + patterns.size() - parts.size();
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + (more > 0 ? ", " : " or ") + parts.get(parts.size() - 1);
        return more > 0 ? list + " or " + more + " more" : list;
    }

    List<Term> termList() {
        return termList;
    }

    MentionFilter filter() {
        return filter;
    }

    /** A window on the note text, so RE2/J matches a region without copying it. */
    private record RegionText(String text, int from, int to) implements CharSequence {
        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new RegionText(text, from + start, from + end);
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }
}

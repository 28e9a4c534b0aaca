package io.notelint.core.analysis;

import io.notelint.core.assertion.Assertion;
import io.notelint.core.assertion.AssertionResult;
import io.notelint.core.assertion.SyntacticScope;
import io.notelint.core.limits.Deadline;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.NoteKind;
import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.LineIndex;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import io.notelint.core.text.Token;
import io.notelint.core.time.TimeExpression;
import io.notelint.core.time.TimeExpressionFinder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One note and its analysis, computed lazily and at most once: a rule that reads only fields pays for
 * nothing, and what two rules need is computed once. Confined to the thread linting the note; never
 * shared, never kept after the call.
 *
 * <p>Every step that grows with the note (sentences, tokens, tags, assertions, derived values) first
 * checks the note's {@link Deadline}: past it, the step throws
 * {@link io.notelint.core.limits.BudgetExceededException} and the rule that asked is reported as over
 * the time budget.
 */
public final class AnalyzedNote {

    /** Segments longer than this are cut at white space before sentence detection, to bound its cost. */
    private static final int MAX_SEGMENT = 4_000;

    private final Note note;
    private final String text;
    private final TextToolkit tools;
    private final NlpSession nlp;
    private final Deadline deadline;

    private SectionLayout layout;
    private List<Sentence> sentences;
    private LineIndex lineIndex;
    private List<Span> quotes;
    private final Map<Integer, List<Token>> tokensBySentence = new HashMap<>();
    private final Map<Integer, List<TaggedToken>> tagsBySentence = new HashMap<>();
    private final Map<Integer, Optional<DependencyParse>> parsesBySentence = new HashMap<>();
    private final Map<Object, Object> derived = new HashMap<>();
    private final Map<Note, AnalyzedNote> others = new java.util.IdentityHashMap<>();
    private List<Token> allTokens;
    private List<TimeExpression> timeExpressions;
    private TimeExpressionFinder.RegionReader timeRegions;
    private final Map<Integer, List<TimeExpression>> timesBySentence = new HashMap<>();
    private NoteKind kind;
    private Boolean parses;

    public AnalyzedNote(Note note, TextToolkit tools, NlpSession nlp) {
        this(note, tools, nlp, Deadline.NONE);
    }

    /** An analysis whose steps stop with {@link io.notelint.core.limits.BudgetExceededException} past {@code deadline}. */
    public AnalyzedNote(Note note, TextToolkit tools, NlpSession nlp, Deadline deadline) {
        this.note = note;
        this.text = note.text();
        this.tools = tools;
        this.nlp = nlp;
        this.deadline = deadline;
    }

    /**
     * The note's time budget. A rule with a loop of its own that can grow with the note (over all
     * pairs of sentences, over the history) calls {@code deadline().check("...")} in it.
     */
    public Deadline deadline() {
        return deadline;
    }

    public Note note() {
        return note;
    }

    /**
     * The analysis of another note of the same client (an earlier note from {@code history}), on the same
     * tools, NLP session and time budget as this one; as lazy as this one, and confined to the same call.
     * Its time expressions resolve against its own session date. One analysis per earlier note and lint:
     * every rule that asks for the same note (the same object) gets the same analysis, so what two rules
     * read of it is computed once.
     */
    public AnalyzedNote analysisOf(Note other) {
        return others.computeIfAbsent(other, o -> new AnalyzedNote(o, tools, nlp, deadline));
    }

    public String text() {
        return text;
    }

    public TextToolkit tools() {
        return tools;
    }

    public SectionLayout sections() {
        if (layout == null) {
            deadline.check("section detection");
            layout = tools.sectionDetector().detect(text, note.format());
        }
        return layout;
    }

    public NoteFormat format() {
        return sections().format();
    }

    /**
     * The kind of document: the note's declared {@code kind}, else the one its type fields, title or
     * headers show, else a progress note (categories.md, Document kinds).
     */
    public NoteKind kind() {
        if (kind == null) {
            deadline.check("document kind");
            kind = tools.documentKinds().detect(note);
        }
        return kind;
    }

    public LineIndex lines() {
        if (lineIndex == null) {
            lineIndex = LineIndex.of(text);
        }
        return lineIndex;
    }

    /** Sentences in text order; never crossing a section header or a line break. */
    public List<Sentence> sentences() {
        if (sentences == null) {
            List<Sentence> out = new ArrayList<>();
            for (Section section : sections().sections()) {
                for (Span segment : segments(section.body())) {
                    deadline.check("sentence detection");
                    for (Span s : nlp.sentences(text, segment)) {
                        Span trimmed = trim(s);
                        if (!trimmed.isEmpty()) {
                            out.add(new Sentence(out.size(), trimmed, section));
                        }
                    }
                }
            }
            sentences = Collections.unmodifiableList(out);
        }
        return sentences;
    }

    /** The sentence containing an offset (a binary search: sentences are in text order and do not overlap). */
    public Optional<Sentence> sentenceAt(int offset) {
        List<Sentence> all = sentences();
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = all.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(all.get(mid));
            }
        }
        return Optional.empty();
    }

    /**
     * Fast tokens of one sentence, with normal forms: the note's own tokens that lie in the sentence, so
     * each token (its forms and match keys) is made once per note. Tokenising the sentence alone gives the
     * same tokens unless a token of the note crosses the sentence's start or end (the tokenizer's
     * decisions read only the characters of the token and the one after it); then it is tokenised alone.
     */
    public List<Token> tokens(Sentence sentence) {
        deadline.check("tokenization");
        return tokensBySentence.computeIfAbsent(sentence.index(), i -> tokensWithin(sentence.span()));
    }

    private List<Token> tokensWithin(Span span) {
        List<Token> all = tokens();
        int first = firstEndingAfter(all, span.start());
        int end = firstEndingAfter(all, span.end());
        boolean cutAtStart = first < all.size() && all.get(first).start() < span.start();
        boolean cutAtEnd = end < all.size() && all.get(end).start() < span.end();
        if (cutAtStart || cutAtEnd) {
            return List.copyOf(tools.tokenizer().tokenize(text, span));
        }
        return all.subList(first, end);
    }

    /** The index of the first token ending after {@code offset} (tokens are in order and do not overlap). */
    private static int firstEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Fast tokens of the whole note (header labels included). */
    public List<Token> tokens() {
        if (allTokens == null) {
            deadline.check("tokenization");
            allTokens = List.copyOf(tools.tokenizer().tokenize(text, new Span(0, text.length())));
        }
        return allTokens;
    }

    /** Statistical tokens with POS tags for one sentence; computed only for sentences a rule asks about. */
    public List<TaggedToken> tagged(Sentence sentence) {
        deadline.check("part-of-speech tagging");
        return tagsBySentence.computeIfAbsent(sentence.index(), i -> List.copyOf(nlp.tag(text, sentence.span())));
    }

    /**
     * Time expressions of the whole note in text order (dates, weekdays, clock times, intervals,
     * durations, frequencies, relative times), resolved against the session date when there is one.
     */
    public List<TimeExpression> timeExpressions() {
        if (timeExpressions == null) {
            deadline.check("time expressions");
            List<TimeExpression> found = new ArrayList<>(timeFinder().find(text, note.fields().sessionDate()));
            // text order by start (a stable sort: a finder's order among equal starts stands), which the
            // binary search of timeExpressions(Span) relies on whatever the finder returns
            found.sort(java.util.Comparator.comparingInt(TimeExpression::start));
            timeExpressions = List.copyOf(found);
        }
        return timeExpressions;
    }

    /** A backend may offer a better finder (CoreNLP: SUTime added to the default's); else the default. */
    private TimeExpressionFinder timeFinder() {
        return nlp.capability(TimeExpressionFinder.class).orElse(tools.timeExpressions());
    }

    /**
     * The time expressions lying wholly inside the sentence: the same list as
     * {@code timeExpressions(sentence.span())}, read from the sentence alone when the finder can tell them
     * that way (the default's can, see {@link TimeExpressionFinder.RegionReader}), so a rule that judges only
     * some sentences does not pay for the whole note's. Once the whole note's are known, taken from them.
     */
    public List<TimeExpression> timeExpressions(Sentence sentence) {
        List<TimeExpression> known = timesBySentence.get(sentence.index());
        if (known != null) {
            return known;
        }
        List<TimeExpression> inside = null;
        if (timeExpressions == null) {
            deadline.check("time expressions");
            if (timeRegions == null) {
                timeRegions = timeFinder().regions(text, note.fields().sessionDate());
            }
            inside = timeRegions.inside(sentence.span());
        }
        List<TimeExpression> out = List.copyOf(inside != null ? inside : timeExpressions(sentence.span()));
        timesBySentence.put(sentence.index(), out);
        return out;
    }

    /**
     * The time expressions lying wholly inside {@code span}: a binary search for the first one starting in
     * it, so asking for every sentence's costs O(times + sentences x log times) in all.
     */
    public List<TimeExpression> timeExpressions(Span span) {
        List<TimeExpression> all = timeExpressions();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<TimeExpression> out = new ArrayList<>();
        for (int i = lo; i < all.size() && all.get(i).start() < span.end(); i++) {
            if (span.contains(all.get(i).span())) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /**
     * The dependency parse of one sentence when the NLP backend offers parses (the CoreNLP backend
     * does, the default does not: callers fall back to word windows). Computed once per sentence.
     */
    public Optional<DependencyParse> dependencies(Sentence sentence) {
        if (!parses()) {
            return Optional.empty();
        }
        deadline.check("dependency parsing");
        return parsesBySentence.computeIfAbsent(sentence.index(), i -> nlp.capability(DependencyParses.class)
                .map(p -> p.parse(text, sentence.span())));
    }

    /** Whether the NLP backend offers dependency parses (looked up once per note). */
    private boolean parses() {
        if (parses == null) {
            parses = nlp.capability(DependencyParses.class).isPresent();
        }
        return parses;
    }

    /** Spans of quoted speech ("..." or curly quotes), marks included, never crossing a line. */
    public List<Span> quotes() {
        if (quotes == null) {
            quotes = QuoteFinder.find(text);
        }
        return quotes;
    }

    /**
     * True when {@code span} lies inside one quote. Quotes are in text order and never overlap (see
     * {@link QuoteFinder}), so this is a binary search: O(log quotes) per call.
     */
    public boolean inQuote(Span span) {
        List<Span> all = quotes();
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span q = all.get(mid);
            if (span.start() < q.start()) {
                hi = mid - 1;
            } else if (span.start() >= q.end()) {
                lo = mid + 1;
            } else {
                return span.end() <= q.end();
            }
        }
        return false;
    }

    /**
     * What the sentence around {@code term} says about it (negated, hypothetical, ...), by the word-window
     * classifier: the same answer with every NLP backend, and cheap.
     */
    public Assertion assertion(Span term) {
        return assertionResult(term).status();
    }

    /** Like {@link #assertion(Span)}, with the cues that decided it ("negated by 'denies' at 12-18"). */
    public AssertionResult assertionResult(Span term) {
        deadline.check("assertion");
        Sentence s = sentenceAt(term.start()).orElse(null);
        if (s != null && s.span().contains(term)) {
            return tools.assertions().assess(text, s.span(), tokens(s), term);
        }
        Span sentence = s == null ? lineAround(term) : s.span();
        return tools.assertions().assess(text, sentence, term);
    }

    /**
     * Like {@link #assertionResult(Span)}, refined by a dependency parse of the sentence when the NLP backend
     * parses (CoreNLP does, the default does not: then the window's answer stands) and the parse could change
     * the answer ({@link SyntacticScope#couldRefine}): a negation lifted across a clause boundary ("denies SI
     * but reports urges to cut"), carried down a long object phrase, or an if-clause the window missed.
     * A parse costs some 4 ms of CPU a sentence, more than the default's whole linting of a note
     * (docs/performance.md), so rules ask this only where a misread clause costs most, risk mentions: an
     * affirmed risk read as denied is the miss that matters; elsewhere the window's answer is the contract.
     */
    public AssertionResult scopedAssertionResult(Span term) {
        AssertionResult window = assertionResult(term);
        if (!parses()) {
            return window;
        }
        Sentence s = sentenceAt(term.start()).orElse(null);
        if (s == null || !s.span().contains(term)) {
            return window;
        }
        SyntacticScope scope = SyntacticScope.standard();
        if (!scope.couldRefine(window, tokens(s), term)) {
            return window;
        }
        return dependencies(s).map(p -> scope.refine(window, p, term)).orElse(window);
    }

    /** {@link #scopedAssertionResult(Span)}'s status. */
    public Assertion scopedAssertion(Span term) {
        return scopedAssertionResult(term).status();
    }

    /**
     * A value derived from this note that several rules need (a plan detection, a similarity table),
     * computed by the first rule that asks and reused by the others. {@code key} must identify the
     * computation (a static final object of the computing class); the value must not be mutated.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<AnalyzedNote, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            deadline.check("a shared computation");
            value = compute.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }

    /** The section an offset falls in, if any. */
    public Optional<Section> sectionAt(int offset) {
        return sections().at(offset);
    }

    private Span lineAround(Span term) {
        int line = lines().line(term.start());
        return new Span(lines().lineStart(line), Math.max(term.end(), lines().lineEnd(line, text)));
    }

    /** Lines of a section body, long lines cut at white space. */
    private List<Span> segments(Span body) {
        List<Span> out = new ArrayList<>();
        int start = body.start();
        for (int i = body.start(); i <= body.end(); i++) {
            boolean end = i == body.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            if (end || i - start >= MAX_SEGMENT && Character.isWhitespace(text.charAt(i))) {
                Span seg = trim(new Span(start, i));
                if (!seg.isEmpty()) {
                    out.add(seg);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private Span trim(Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && isBlank(text.charAt(a))) {
            a++;
        }
        while (b > a && isBlank(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}

package io.notelint.core.assertion;

import io.notelint.core.lexicon.PhraseLexicon.Match;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a mention is affirmed, negated, hypothetical, historical or about another person, in
 * the manner of NegEx and ConText: triggers from a resource file ({@code context-triggers.tsv}) are
 * found in one pass over the sentence's tokens, on their normal forms; a trigger before the mention
 * reaches forward and a post-trigger reaches back, until a terminator ("but", ", reports"), a pseudo-
 * trigger of the same category ("no change in"), a sentence end or semicolon, or the window runs out.
 * The nearest trigger of each category wins; {@link AssertionResult#PRIORITY} picks the status.
 *
 * <p>Words inside the mention never trigger ("no acute distress" as a term is affirmed as a whole).
 * Immutable and thread-safe: one instance serves every thread.
 */
public final class AssertionClassifier {

    static final String TRIGGERS = "context-triggers.tsv";

    private final Tokenizer tokenizer;
    private final PhraseLexicon<Trigger> lexicon;
    private final Set<String> followers;
    private final MatchForms forms;
    private final Map<Assertion, Set<String>> objectMarkers;
    private final Set<String> determiners;
    private final ScopeLimits limits;

    public AssertionClassifier(Tokenizer tokenizer) {
        this(tokenizer, ScopeLimits.DEFAULT);
    }

    public AssertionClassifier(Tokenizer tokenizer, ScopeLimits limits) {
        this.tokenizer = tokenizer;
        this.limits = limits;
        TriggerFile file = TriggerFile.load(AssertionClassifier.class, TRIGGERS, tokenizer);
        this.lexicon = file.lexicon();
        this.followers = file.followers();
        this.forms = file.forms();
        this.objectMarkers = file.objectMarkers();
        this.determiners = file.determiners();
    }

    /** A classifier with other windows and the same triggers (loaded again: for measurement, not per call). */
    public AssertionClassifier withLimits(ScopeLimits other) {
        return new AssertionClassifier(tokenizer, other);
    }

    public ScopeLimits limits() {
        return limits;
    }

    /** Classifies {@code term} (a span inside {@code sentence}) in {@code text}. */
    public Assertion classify(String text, Span sentence, Span term) {
        return assess(text, sentence, term).status();
    }

    /** Convenience: classifies {@code term} as found in {@code sentence} (see {@link TermLocator#find}). */
    public Assertion classify(String sentence, String term) {
        return assess(sentence, term).status();
    }

    /** Convenience: like {@link #classify(String, String)}, with the cues that decided it. */
    public AssertionResult assess(String sentence, String term) {
        Span at = TermLocator.find(sentence, term)
                .orElseThrow(() -> new IllegalArgumentException("term not found in sentence"));
        return assess(sentence, new Span(0, sentence.length()), at);
    }

    /**
     * For the command line: classifies one line {@code id<TAB>term<TAB>sentence[<TAB>...]} (see
     * {@link AssertionLine}) and returns the status id ({@code affirmed}, {@code negated},
     * {@code hypothetical}, {@code historical}, {@code other-person}). When the sentence holds only the
     * head or tail of the term (a sentence splitter cut it), that part is classified. Throws
     * IllegalArgumentException, without the line's text, when the line is malformed or no part of the
     * term occurs in the sentence.
     */
    public String classifyLine(String line) {
        return assessLine(AssertionLine.parse(line)).status().id();
    }

    /** The result for a parsed line (see {@link #classifyLine}). */
    public AssertionResult assessLine(AssertionLine line) {
        Span at = TermLocator.findOrPart(line.sentence(), line.term())
                .orElseThrow(() -> new IllegalArgumentException("term not found in sentence (line " + line.id() + ")"));
        return assess(line.sentence(), new Span(0, line.sentence().length()), at);
    }

    /** Classifies {@code term} (a span inside {@code sentence}) in {@code text}, with the deciding cues. */
    public AssertionResult assess(String text, Span sentence, Span term) {
        Span region = new Span(Math.min(sentence.start(), term.start()), Math.max(sentence.end(), term.end()));
        return assess(text, region, tokenizer.tokenize(text, region), term);
    }

    /**
     * Like {@link #assess(String, Span, Span)} for a caller that already holds the sentence's tokens from
     * this toolkit's tokenizer (as {@code AnalyzedNote.tokens(sentence)} does), so they are not made twice.
     * The term must lie inside the sentence.
     */
    public AssertionResult assess(String text, Span sentence, List<Token> sentenceTokens, Span term) {
        if (!sentence.contains(term)) {
            return assess(text, sentence, term);
        }
        List<Token> tokens = sentenceTokens;
        Span region = sentence;
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= term.start()) {
            first++;
        }
        int after = first;
        while (after < tokens.size() && tokens.get(after).start() < term.end()) {
            after++;
        }
        Side before = new Side(text, region, forms.view(tokens.subList(0, first)));
        Side behind = new Side(text, region, forms.view(tokens.subList(after, tokens.size())));
        Map<Assertion, Cue> found = new EnumMap<>(Assertion.class);
        Set<Cue> weak = new HashSet<>();
        scanForward(before, found, weak);
        scanBackward(before, behind, found, weak);
        if (found.containsKey(Assertion.NEGATED) && weak.contains(found.get(Assertion.HYPOTHETICAL))) {
            found.remove(Assertion.HYPOTHETICAL); // "asked about SI and denied": the answer is the assertion
        }
        return AssertionResult.of(found);
    }

    /** The tokens on one side of the mention, with their trigger matches and sentence breaks. */
    private final class Side {
        final List<Token> tokens;
        final List<Match<Trigger>> matches;
        final boolean[] breaks;

        Side(String text, Span region, List<Token> tokens) {
            this.tokens = tokens;
            this.matches = lexicon.find(tokens);
            this.breaks = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                breaks[i] = isBreak(text, region, tokens.get(i));
            }
        }

        Match<Trigger> matchStartingAt(int token) {
            for (Match<Trigger> m : matches) {
                if (m.firstToken() == token) {
                    return m;
                }
                if (m.firstToken() > token) {
                    break;
                }
            }
            return null;
        }
    }

    /** Triggers before the mention, nearest first, reaching forward to it. */
    private void scanForward(Side side, Map<Assertion, Cue> found, Set<Cue> weak) {
        EnumSet<Assertion> blocked = EnumSet.noneOf(Assertion.class);
        int words = 0;
        int cursor = side.tokens.size();
        for (int k = side.matches.size() - 1; k >= 0; k--) {
            Match<Trigger> m = side.matches.get(k);
            boolean lastReach = false;
            for (int i = m.endToken(); i < cursor; i++) {
                if (side.breaks[i]) {
                    return;
                }
                Token t = side.tokens.get(i);
                if (t.isWord()) {
                    words++;
                } else if (t.text().equals(":")) {
                    // "Negative for: SI" reaches on; "Not obtainable. REFERRING DIAGNOSIS: syncope" does not
                    if (i != m.endToken()) {
                        return;
                    }
                    lastReach = true;
                }
            }
            cursor = m.firstToken();
            for (Trigger.Effect e : m.value().effects()) {
                if (e.role() == Trigger.Role.TRIGGER && e.forward() && !isObject(side, m, e.category())) {
                    offer(found, weak, blocked, e, m, words, limits.forward(), false);
                }
            }
            if (lastReach) {
                return;
            }
            block(blocked, m.value());
            words += wordsIn(side.tokens, m.firstToken(), m.endToken());
        }
    }

    /** Post-triggers after the mention, nearest first, reaching back to it. */
    private void scanBackward(Side before, Side side, Map<Assertion, Cue> found, Set<Cue> weak) {
        EnumSet<Assertion> blocked = EnumSet.noneOf(Assertion.class);
        boolean finalAllowed = !governed(before);
        boolean comma = false;
        int words = 0;
        int cursor = 0;
        for (Match<Trigger> m : side.matches) {
            for (int i = cursor; i < m.firstToken(); i++) {
                if (side.breaks[i]) {
                    return;
                }
                Token t = side.tokens.get(i);
                if (t.isWord()) {
                    words++;
                } else if (t.text().equals(",")) {
                    comma = true;
                } else if (t.text().equals(":")) {
                    return; // a field label lies between: "Mood: anxious. Affect: flat, SI: denied"
                }
            }
            cursor = m.endToken();
            for (Trigger.Effect e : m.value().effects()) {
                if (e.role() != Trigger.Role.TRIGGER || e.backward() == Trigger.Backward.NONE) {
                    continue;
                }
                if (e.backward() == Trigger.Backward.FINAL
                        && (!finalAllowed || !endsClause(side, m) || comma && fieldValue(before))) {
                    continue;
                }
                offer(found, weak, blocked, e, m, words, limits.backward(), true);
            }
            block(blocked, m.value());
            words += wordsIn(side.tokens, m.firstToken(), m.endToken());
        }
    }

    /** True when the trigger is the object of a preposition: "argued with her mother about SI". */
    private boolean isObject(Side side, Match<Trigger> m, Assertion category) {
        Set<String> markers = objectMarkers.get(category);
        if (markers == null) {
            return false;
        }
        int i = m.firstToken() - 1;
        if (i >= 0 && determiners.contains(side.tokens.get(i).norm())) {
            i--;
        }
        return i >= 0 && markers.contains(side.tokens.get(i).norm());
    }

    private static void offer(Map<Assertion, Cue> found, Set<Cue> weak, Set<Assertion> blocked, Trigger.Effect e,
                              Match<Trigger> m, int words, int defaultWindow, boolean backward) {
        Assertion c = e.category();
        int window = e.window() >= 0 ? e.window() : defaultWindow;
        if (!found.containsKey(c) && !blocked.contains(c) && words <= window) {
            Cue cue = new Cue(c, m.span(), m.phrase(), backward);
            found.put(c, cue);
            if (e.weak()) {
                weak.add(cue);
            }
        }
    }

    /** Adds the categories whose scope this match ends (terminators, pseudo-triggers). */
    private static void block(Set<Assertion> blocked, Trigger t) {
        for (Trigger.Effect e : t.effects()) {
            if (e.role() == Trigger.Role.TERMINATE || e.role() == Trigger.Role.PSEUDO) {
                if (e.category() == null) {
                    blocked.addAll(AssertionResult.PRIORITY);
                } else {
                    blocked.add(e.category());
                }
            }
        }
    }

    /**
     * True when the mention is the object of an affirming verb in its clause ("Reports low mood, SI
     * denied"): a final post-trigger then belongs to another mention.
     */
    private static boolean governed(Side before) {
        for (int k = before.matches.size() - 1; k >= 0; k--) {
            Match<Trigger> m = before.matches.get(k);
            if (anyBreak(before, m.endToken(), before.tokens.size())) {
                return false;
            }
            for (Trigger.Effect e : m.value().effects()) {
                if (e.role() == Trigger.Role.AFFIRM) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the nearest separator before the mention is a colon ("Mood: anxious, SI: denied"): the
     * mention is a field's value, so a post-trigger past a comma belongs to the next field.
     */
    private static boolean fieldValue(Side before) {
        for (int i = before.tokens.size() - 1; i >= 0 && !before.breaks[i]; i--) {
            String t = before.tokens.get(i).text();
            if (t.equals(":")) {
                return true;
            }
            if (t.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** True when nothing but punctuation, a follower word or a terminator follows the trigger. */
    private boolean endsClause(Side side, Match<Trigger> m) {
        int next = m.endToken();
        if (next >= side.tokens.size()) {
            return true;
        }
        Token t = side.tokens.get(next);
        if (!t.isWord()) {
            return !t.text().equals("/") && !t.text().equals("-");
        }
        if (followers.contains(t.norm())) {
            return true;
        }
        Match<Trigger> following = side.matchStartingAt(next);
        if (following != null) {
            for (Trigger.Effect e : following.value().effects()) {
                if (e.role() == Trigger.Role.TERMINATE && e.category() == null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyBreak(Side side, int from, int to) {
        for (int i = from; i < to; i++) {
            if (side.breaks[i]) {
                return true;
            }
        }
        return false;
    }

    private static int wordsIn(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isWord()) {
                n++;
            }
        }
        return n;
    }

    /**
     * A sentence boundary inside the region: ';', '!' and '?' always; '.' when the next non-blank char
     * starts a new sentence (a capital, a digit) or nothing follows, so "p.o. fluids" and "Dr." before a
     * lower-case word do not break a scope.
     */
    private static boolean isBreak(String text, Span region, Token t) {
        String s = t.text();
        if (s.length() != 1) {
            return false;
        }
        char c = s.charAt(0);
        if (c == ';' || c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int i = t.end();
        while (i < region.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= region.end()) {
            return true;
        }
        if (i == t.end()) {
            return false; // "p.o" or ".5": no space, not a boundary
        }
        char next = text.charAt(i);
        return Character.isUpperCase(next) || Character.isDigit(next) || Character.isTitleCase(next);
    }
}

package io.notelint.rules.language;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The evidence exemption shared by every vague-language rule (docs/categories.md): a judgement is not
 * vague when its own sentence carries the evidence for it: a number or score ("PHQ-9 12", "6/10",
 * "3 times"), a frequency ("daily", "twice a week"), quoted client speech, an example ("as evidenced
 * by", "e.g.", "such as", "for example", "including"), or a colon followed by the particulars.
 * Immutable and shared; asked only about sentences where a rule already found a candidate.
 */
final class Evidence {

    /** Plain counts and measures: "3", "2.5", "45%", "3x", "10mg", "8hrs", "45-minute". */
    private static final Pattern MEASURE = Pattern.compile(
            "\\d+([.,]\\d+)?(%|x|mg|mcg|ml|min|mins|minutes|hr|hrs|h|k|lbs?|kg)?|\\d+(-\\w+)+",
            Pattern.CASE_INSENSITIVE);
    /**
     * A ratio such as "6/10" or "5/7": the denominators of rating scales and day counts, numerator not
     * larger. Others ("11/24", "12/03") are far more often dates.
     */
    private static final Pattern RATIO = Pattern.compile("(\\d{1,3})/(\\d{1,3})");
    private static final Set<Integer> SCORE_DENOMINATORS = Set.of(3, 4, 5, 7, 10, 100);
    /** Years, clock times, ordinals and times of day are numbers but not evidence about the client. */
    private static final Pattern NOT_EVIDENCE = Pattern.compile("(19|20)\\d\\d|\\d{1,2}:\\d\\d|\\d+(st|nd|rd|th|am|pm)",
            Pattern.CASE_INSENSITIVE);
    /** Words after a colon needed before it counts as "followed by the particulars". */
    private static final int PARTICULAR_WORDS = 2;
    /**
     * Last words of abbreviations after which the sentence detector may cut a sentence in two. Not "etc.",
     * which usually does end its sentence ("... money, etc. He slept 4 hours").
     */
    /** Words that open a new clause rather than a listed item. */
    private static final Set<String> CLAUSE_OPENERS = Lexicons.wordList(
            "as|but|which|although|though|who|that|so|because|since|when|if|she|he|they|it|client|patient|pt|however|yet|then"
            + "|while|this|is|was|are|were|has|have|had|feels|seems|appears|reports|states|and|mood|affect");
    /** Words in -ing that are not verbs' gerunds ("nothing", "morning", "evening", "during"). */
    private static final Set<String> NOT_GERUNDS = Set.of("nothing", "something", "anything", "everything", "morning",
            "evening", "during", "ceiling", "feeling", "feelings", "building", "meeting", "session", "thing", "things");
    private static final String AND = Lexicons.normalizer().normalize("and");
    /** "and was able to ..." / "and could ...": the words that introduce what the client could do. */
    private static final Set<String> ABILITY = Lexicons.wordList("was|were|is|are|able|could|can");
    /** Words in a list item short enough to read as one observation ("comfortable", "in no acute distress"). */
    private static final int SHORT_ITEM = 5;
    private static final Set<String> ABBREVIATIONS = Set.of("g", "e", "eg", "ie", "approx", "incl", "vs", "pt", "dr");

    private static final class Holder {
        static final Evidence STANDARD = new Evidence();
    }

    private final PhraseLexicon<String> markers;
    private final Set<String> numberWords;
    private final Set<String> idNouns;

    private Evidence() {
        this.markers = Lexicons.phrases("evidence-markers.tsv");
        this.numberWords = Lexicons.words("evidence-number-words.txt");
        this.idNouns = Lexicons.words("evidence-id-nouns.txt");
    }

    static Evidence standard() {
        return Holder.STANDARD;
    }

    /**
     * True when {@code sentence} carries evidence that makes the judgement at {@code phrase} specific.
     * Evidence in a clause before the judgement does not count: "Checked in by phone for 20 minutes; she
     * seemed okay" gives no evidence for "seemed okay".
     */
    boolean present(AnalyzedNote note, Sentence sentence, Span phrase) {
        return within(note, sentence, clauseOf(note, sentence, phrase)) || particularsAfter(note.tokens(sentence), phrase);
    }

    /** Evidence anywhere in the sentence: a number, a frequency, an example, a scale, quoted speech. */
    boolean throughout(AnalyzedNote note, Sentence sentence) {
        return within(note, sentence, null);
    }

    /** Evidence in the sentence (glued to abbreviation-cut neighbours), inside {@code clause} when given. */
    private boolean within(AnalyzedNote note, Sentence sentence, Span clause) {
        for (Sentence part : glued(note, sentence)) {
            Span region = clause == null || part.index() != sentence.index() ? part.span() : clause;
            if (quoted(note, region)) {
                return true;
            }
            List<Token> all = note.tokens(part);
            List<Token> tokens = all.stream().filter(t -> region.contains(t.span())).toList();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if ((isNumber(t) || numberWords.contains(t.norm())) && !(k > 0 && idNouns.contains(tokens.get(k - 1).norm()))
                        && !listMarker(tokens, k)) {
                    return true;
                }
            }
            if (markers.any(tokens)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part of the sentence from the semicolon before the phrase to the sentence end: evidence may
     * follow a judgement ("Good session; SUDS fell from 70 to 30") but not stand in an earlier clause.
     */
    private static Span clauseOf(AnalyzedNote note, Sentence sentence, Span phrase) {
        int start = sentence.span().start();
        for (Token t : note.tokens(sentence)) {
            if (t.text().equals(";") && t.end() <= phrase.start()) {
                start = t.end();
            }
        }
        return new Span(start, sentence.span().end());
    }

    /**
     * The sentence with the neighbours the sentence detector cut off after an abbreviation on the same
     * line ("Coping skills practised, e.g. | paced breathing, grounding"): one sentence for the writer.
     */
    private static List<Sentence> glued(AnalyzedNote note, Sentence sentence) {
        List<Sentence> all = note.sentences();
        int first = sentence.index();
        int last = sentence.index();
        while (first > 0 && cutAfterAbbreviation(note, all.get(first - 1), all.get(first))) {
            first--;
        }
        while (last + 1 < all.size() && cutAfterAbbreviation(note, all.get(last), all.get(last + 1))) {
            last++;
        }
        return all.subList(first, last + 1);
    }

    private static boolean cutAfterAbbreviation(AnalyzedNote note, Sentence left, Sentence right) {
        String text = note.text();
        if (text.substring(left.span().end(), right.span().start()).indexOf('\n') >= 0) {
            return false;
        }
        List<Token> tokens = note.tokens(left);
        int n = tokens.size();
        if (n < 2 || !tokens.get(n - 1).text().equals(".")) {
            return false;
        }
        String word = Normalizer.fold(tokens.get(n - 2).text());
        return ABBREVIATIONS.contains(word);
    }

    /** A colon after the phrase, followed by the particulars ("Discussed stressors: rent, her sister's illness"). */
    static boolean particularsAfter(List<Token> tokens, Span phrase) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(":") && t.start() >= phrase.end() && wordsAfter(tokens, i) >= PARTICULAR_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase stands in a list of particulars: it is followed by a gerund complement ("a lot of
     * difficulty recalling names"), by two or more listed items ("doing well, back at work and
     * sleeping through the night"), or it is one item of a run of three or more short observations
     * ("calm, comfortable, in no acute distress and looks well"). The other items are the evidence.
     */
    static boolean listParticulars(List<Token> tokens, int from, int to) {
        if (to < tokens.size() && gerund(tokens.get(to)) && to + 2 < tokens.size()) {
            return true;
        }
        if (to + 3 < tokens.size() && tokens.get(to).norm().equals(AND) && ABILITY.contains(tokens.get(to + 1).norm())
                && ABILITY.contains(tokens.get(to + 2).norm())) {
            return true; // "did fairly well and was able to walk": what the client could do is the evidence
        }
        List<int[]> items = items(tokens);
        int mine = -1;
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k)[0] <= from && from < items.get(k)[1]) {
                mine = k;
            }
        }
        if (mine < 0 || items.size() < 3) {
            return false;
        }
        int after = items.size() - 1 - mine;
        boolean commaAfter = to < tokens.size() && tokens.get(to).text().equals(",")
                && (to + 1 >= tokens.size() || !CLAUSE_OPENERS.contains(tokens.get(to + 1).norm())); // ", and continued ..." is a new clause
        if (commaAfter && after >= 2 && items.get(mine)[1] == to && startsItem(tokens, items.get(mine + 1)[0])) {
            return true;
        }
        if (mine != items.size() - 1) {
            return false; // a run of observations ends with the phrase: "calm, in no acute distress and looks well"
        }
        int shortOthers = 0;
        for (int k = 1; k < mine; k++) {
            int[] item = items.get(k);
            if (item[1] - item[0] <= SHORT_ITEM) {
                shortOthers++;
            }
        }
        return shortOthers >= 2 && shortOthers == mine - 1;
    }

    /** The sentence cut at commas and "and" into [start, end) token ranges, words only counted. */
    private static List<int[]> items(List<Token> tokens) {
        List<int[]> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean cut = i == tokens.size() || tokens.get(i).text().equals(",") || tokens.get(i).norm().equals(AND)
                    || tokens.get(i).text().equals(".") || tokens.get(i).text().equals(";");
            if (cut) {
                if (i > start) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** An item that lists a particular, not a new clause ("as she said", "but", "which"). */
    private static boolean startsItem(List<Token> tokens, int at) {
        return at < tokens.size() && tokens.get(at).isWord() && !CLAUSE_OPENERS.contains(tokens.get(at).norm());
    }

    private static boolean gerund(Token t) {
        String w = Normalizer.fold(t.text());
        return t.isWord() && w.length() > 5 && w.endsWith("ing") && !NOT_GERUNDS.contains(w);
    }

    /** "2." or "3)" opening an item of a numbered list: a position, not a measure. */
    private static boolean listMarker(List<Token> tokens, int k) {
        boolean opens = k == 0 || tokens.get(k - 1).text().equals(",") || tokens.get(k - 1).text().equals(";");
        return opens && k + 1 < tokens.size() && (tokens.get(k + 1).text().equals(".") || tokens.get(k + 1).text().equals(")"));
    }

    /** A token that states a count, score or measure (not a year, a clock time or an id like "G1"). */
    static boolean isNumber(Token t) {
        String s = t.text();
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) || NOT_EVIDENCE.matcher(s).matches()) {
            return false;
        }
        if (MEASURE.matcher(s).matches()) {
            return true;
        }
        var ratio = RATIO.matcher(s);
        if (ratio.matches()) {
            int num = Integer.parseInt(ratio.group(1));
            int den = Integer.parseInt(ratio.group(2));
            return SCORE_DENOMINATORS.contains(den) && num <= den;
        }
        return false;
    }

    private static boolean quoted(AnalyzedNote note, Span sentence) {
        for (Span q : note.quotes()) {
            if (q.overlaps(sentence) && q.length() > 2) {
                return true;
            }
        }
        return false;
    }

    private static int wordsAfter(List<Token> tokens, int colon) {
        int n = 0;
        for (int j = colon + 1; j < tokens.size(); j++) {
            if (tokens.get(j).isWord()) {
                n++;
            }
        }
        return n;
    }
}

package io.notelint.nlp.corenlp;

import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the Penn Treebank tags of the CoreNLP English tagger to Universal POS tags, which is what NoteLint's
 * rules read. Most tags map one to one (ptb-upos.tsv); a few need the word or its right neighbours, the way
 * the UD English-EWT conversion decides them (upos-words.tsv): "be" is always AUX, "have" before a participle
 * and "do" before a bare verb are AUX, "to" before a verb is PART, a subordinator before a clause is SCONJ, a
 * demonstrative standing alone is PRON, "not" is PART. Immutable and thread-safe.
 */
final class UposMapper {

    /** How far to look right for the verb that decides an auxiliary or a subordinator. */
    private static final int LOOKAHEAD = 4;

    private final Map<String, String> byTag;
    private final Map<String, String> wordClass;

    private UposMapper() {
        Map<String, String> tags = new HashMap<>();
        for (String[] row : ResourceLines.tsv(UposMapper.class, "ptb-upos.tsv", 2)) {
            tags.put(row[0], row[1]);
        }
        Map<String, String> words = new HashMap<>();
        for (String[] row : ResourceLines.tsv(UposMapper.class, "upos-words.tsv", 2)) {
            words.put(row[0], row[1]);
        }
        this.byTag = Map.copyOf(tags);
        this.wordClass = Map.copyOf(words);
    }

    private static final class Holder {
        static final UposMapper INSTANCE = new UposMapper();
    }

    static UposMapper standard() {
        return Holder.INSTANCE;
    }

    /**
     * UPOS tags for one sentence.
     *
     * @param words  the tokens' text
     * @param tags   their PTB tags
     * @param lemmas their lemmas (may hold nulls)
     */
    List<String> map(List<String> words, List<String> tags, List<String> lemmas) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            out.add(map(i, words, tags, lemmas));
        }
        return out;
    }

    private String map(int i, List<String> words, List<String> tags, List<String> lemmas) {
        String tag = tags.get(i);
        String word = words.get(i).toLowerCase(Locale.ROOT);
        String lemma = lemmas.get(i) == null ? word : lemmas.get(i).toLowerCase(Locale.ROOT);
        String base = byTag.get(tag);
        if (base == null) {
            return hasLetterOrDigit(word) ? "X" : "SYM";
        }
        switch (tag) {
            case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
                return verb(i, lemma, tags);
            case "TO":
                return next(i, tags).equals("VB") ? "PART" : "ADP";
            case "IN":
                return preposition(i, word, tags);
            case "DT":
                // "that was hard" (PRON) against "that day" (DET)
                return "pronominal".equals(wordClass.get(word)) && !nominalFollows(i, tags) ? "PRON" : base;
            case "WDT":
                // "which day" (DET) against the relative "which was" (PRON)
                return nominalFollows(i, tags) ? "DET" : base;
            case "RB":
                return "part".equals(wordClass.get(word)) ? "PART" : base;
            case "NFP":
                return hasSymbol(words.get(i)) ? "SYM" : base;
            default:
                return base;
        }
    }

    private String verb(int i, String lemma, List<String> tags) {
        String cls = wordClass.get(lemma);
        if ("aux".equals(cls)) {
            return "AUX";
        }
        if ("aux-perfect".equals(cls)) {
            return verbAhead(i, tags, "VBN") ? "AUX" : "VERB";
        }
        if ("aux-do".equals(cls)) {
            return verbAhead(i, tags, "VB") ? "AUX" : "VERB";
        }
        return "VERB";
    }

    /** True when, skipping adverbs, negation and pronouns ("did he not go"), the next word has {@code want}. */
    private static boolean verbAhead(int i, List<String> tags, String want) {
        for (int j = i + 1; j < tags.size() && j <= i + LOOKAHEAD; j++) {
            String t = tags.get(j);
            if (t.equals(want)) {
                return true;
            }
            if (!(t.startsWith("RB") || t.equals("PRP") || t.equals("EX"))) {
                return false;
            }
        }
        return false;
    }

    private String preposition(int i, String word, List<String> tags) {
        String cls = wordClass.get(word);
        if ("sconj".equals(cls)) {
            // "so" and "that" are SCONJ as IN; "that" as DT never reaches here
            return "SCONJ";
        }
        if ("sconj-or-adp".equals(cls)) {
            return clauseFollows(i, tags) ? "SCONJ" : "ADP";
        }
        return "ADP";
    }

    /** A clause follows when a gerund comes first ("since starting") or a finite verb comes before a break. */
    private static boolean clauseFollows(int i, List<String> tags) {
        if (next(i, tags).equals("VBG")) {
            return true;
        }
        for (int j = i + 1; j < tags.size() && j <= i + LOOKAHEAD; j++) {
            String t = tags.get(j);
            if (t.equals("VBD") || t.equals("VBZ") || t.equals("VBP") || t.equals("MD")) {
                return true;
            }
            if (t.equals("IN") || t.equals("CC") || t.equals(",") || t.equals(".") || t.equals(":")) {
                return false;
            }
        }
        return false;
    }

    private static boolean nominalFollows(int i, List<String> tags) {
        String t = next(i, tags);
        return t.startsWith("NN") || t.startsWith("JJ") || t.equals("CD") || t.equals("VBG") || t.equals("PRP$");
    }

    private static String next(int i, List<String> tags) {
        return i + 1 < tags.size() ? tags.get(i + 1) : "";
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Emoji and other symbols (EWT tags them SYM), as opposed to punctuation such as "..." or "--". */
    private static boolean hasSymbol(String s) {
        return s.codePoints().anyMatch(c -> {
            int type = Character.getType(c);
            return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
                    || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL;
        });
    }
}

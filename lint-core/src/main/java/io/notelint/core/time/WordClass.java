package io.notelint.core.time;

import java.util.ArrayList;
import java.util.List;

/**
 * One class of words from time-vocabulary.tsv ("unit": minutes, minute, mins, ...): the items in the
 * order they are tried, each a sequence of literal characters, runs of white space and digits. Pushes
 * the ends of the items that stand at a position, in that order, for the grammar to try what follows.
 */
final class WordClass {

    /** Item elements besides literal characters. */
    private static final char SPACES1 = '\uE000';
    private static final char SPACES = '\uE001';
    private static final char DIGITS = '\uE002';

    final String name;
    private final boolean anyCase;
    /** Items, with literal characters folded for any-case classes. */
    private final char[][] items;
    /** Which ASCII characters (folded) an item can begin with; digits when an item starts with digits. */
    private final boolean[] firsts = new boolean[128];
    /**
     * The items that may stand where a character (folded, ASCII) stands, in item order; [128]: where
     * the character folds outside ASCII. Only these are tried.
     */
    private final char[][][] byFirst = new char[129][][];

    private WordClass(String name, boolean anyCase, List<char[]> items) {
        this.name = name;
        this.anyCase = anyCase;
        this.items = items.toArray(char[][]::new);
        for (char[] item : this.items) {
            char f = item[0];
            if (f == DIGITS) {
                for (char d = '0'; d <= '9'; d++) {
                    firsts[d] = true;
                }
            } else if (f == SPACES1 || f == SPACES) {
                for (char w : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                    firsts[w] = true;
                }
                if (f == SPACES) {
                    java.util.Arrays.fill(firsts, true);
                }
            } else if (Cursor.fold(f) < 128) {
                firsts[Cursor.fold(f)] = true;
            }
            // an item starting outside ASCII (the en dash) never leads a production
        }
        for (int b = 0; b <= 128; b++) {
            List<char[]> bucket = new ArrayList<>();
            for (char[] item : this.items) {
                char f = item[0];
                boolean fits = f == SPACES
                        || (b < 128 ? f == DIGITS && Cursor.digit((char) b) || f == SPACES1 && Cursor.space((char) b)
                        || f != DIGITS && f != SPACES1 && Cursor.fold(f) == b : f != DIGITS && f != SPACES1 && Cursor.fold(f) >= 128);
                if (fits) {
                    bucket.add(item);
                }
            }
            byFirst[b] = bucket.toArray(char[][]::new);
        }
    }

    /** The items, as written (folded for any-case classes), for the dispatch of the finder. */
    List<String> itemTexts() {
        List<String> out = new ArrayList<>();
        for (char[] item : items) {
            StringBuilder b = new StringBuilder();
            for (char e : item) {
                b.append(e == SPACES1 ? ' ' : e == SPACES ? '*' : e == DIGITS ? '#' : e);
            }
            out.add(b.toString());
        }
        return out;
    }

    /**
     * @param items the items as written in the file: + white space, * optional white space, #1-3 digits,
     *              {@code <name>} another class's items (looked up in {@code earlier})
     */
    static WordClass parse(String name, String caseColumn, String items, java.util.Map<String, WordClass> earlier) {
        boolean anyCase = switch (caseColumn) {
            case "i" -> true;
            case "s" -> false;
            default -> throw new IllegalStateException("time-vocabulary.tsv: class " + name
                    + ": the case column must be i or s, not " + caseColumn);
        };
        List<char[]> parsed = new ArrayList<>();
        for (String item : items.trim().split(" +")) {
            if (item.startsWith("<") && item.endsWith(">")) {
                WordClass other = earlier.get(item.substring(1, item.length() - 1));
                if (other == null || other.anyCase != anyCase) {
                    throw new IllegalStateException("time-vocabulary.tsv: class " + name + " includes " + item
                            + ", which must be defined above it with the same case column");
                }
                parsed.addAll(List.of(other.items));
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < item.length(); k++) {
                char c = item.charAt(k);
                if (k == 0 && c == '*') {
                    throw new IllegalStateException("time-vocabulary.tsv: class " + name + ": an item cannot begin"
                            + " with optional white space: " + item);
                }
                if (c == '+') {
                    b.append(SPACES1);
                } else if (c == '*') {
                    b.append(SPACES);
                } else if (item.startsWith("#1-3", k)) {
                    b.append(DIGITS);
                    k += 3;
                } else {
                    b.append(anyCase ? Cursor.fold(c) : c);
                }
            }
            parsed.add(b.toString().toCharArray());
        }
        return new WordClass(name, anyCase, parsed);
    }

    /** Whether an item may begin with {@code c} (any case): a cheap test before trying the items. */
    boolean mayStartWith(char c) {
        char f = Cursor.fold(c);
        return f < 128 && firsts[f];
    }

    /** Whether {@code word} is one of the items, exactly (for any-case classes: in lower case). */
    boolean contains(String word) {
        for (char[] item : items) {
            if (java.util.Arrays.equals(item, word.toCharArray())) {
                return true;
            }
        }
        return false;
    }

    /** Pushes the end of every item standing at {@code p}, in the order of the items; returns the new top. */
    int push(Cursor c, int p) {
        if (p >= c.limit) {
            return c.top; // every item needs a character
        }
        char f = Cursor.fold(c.chars[p]);
        for (char[] item : byFirst[f < 128 ? f : 128]) {
            if (item[0] == DIGITS) {
                // the most digits first, then fewer: each a different place for what follows to start
                for (int n = c.digits(p, 3); n >= 1; n--) {
                    c.push(p + n);
                }
                continue;
            }
            int end = match(c, item, p);
            if (end >= 0) {
                c.push(end);
            }
        }
        return c.top;
    }

    /** Where {@code item} ends when it stands at {@code p}, else -1. */
    private int match(Cursor c, char[] item, int p) {
        int q = p;
        for (char e : item) {
            if (e == SPACES1) {
                q = c.spaces1(q);
                if (q < 0) {
                    return -1;
                }
            } else if (e == SPACES) {
                q = c.spaces(q);
            } else if (anyCase ? !c.isFolded(q, e) : !c.is(q, e)) {
                return -1;
            } else {
                q++;
            }
        }
        return q;
    }
}

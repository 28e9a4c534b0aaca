package io.notelint.core.pattern;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A pass over an RE2 pattern's text, before RE2/J sees it, for what RE2/J cannot survive: a code point in
 * U+1C80-U+1C88 where case folding is on (RE2/J's case folding never ends on them, see
 * docs/re2j-case-folding-loop.md), and a program too large to build (nested counted repetition such as
 * {@code (?:(?:a{1000}){1000}){1000}} asks for 10^9 instructions and runs the heap out). It follows
 * RE2 syntax far enough for both: escapes, {@code \Q...\E}, character classes and their ranges, groups
 * and their flags ({@code (?i)}, {@code (?-i:...)}), and repetition; what it does not understand it
 * leaves to RE2/J's parser, which reports syntax errors.
 *
 * <p>The size is an estimate (every element once, a counted repetition as that many copies), in the
 * same units as {@code Pattern.programSize()}; RE2/J's own program is within a small factor of it.
 */
final class PatternScan {

    /** The code points whose case-folding orbit RE2/J 1.8 walks forever. */
    static final int LOOP_FIRST = 0x1C80;
    static final int LOOP_LAST = 0x1C88;

    /** RE2/J's bounds of the code points that have other case forms (Unicode.MIN_FOLD, MAX_FOLD). */
    private static final int MIN_FOLD = 0x41;
    private static final int MAX_FOLD = 0x1E943;

    private static final long SATURATED = Long.MAX_VALUE / 4;

    private final String src;
    private int pos;

    /** One open group: whether it folds case, its size so far, the size of its last element. */
    private static final class Frame {
        boolean fold;
        long size;
        long last;

        Frame(boolean fold) {
            this.fold = fold;
        }

        void add(long atom) {
            size = sat(size + atom);
            last = atom;
        }
    }

    /** What the scan found; {@code foldLoop} is the first offending code point, or -1. */
    record Result(long estimatedSize, int foldLoop) {
    }

    private PatternScan(String src) {
        this.src = src;
    }

    static Result scan(String source, boolean foldCase) {
        return new PatternScan(source).run(foldCase);
    }

    private Result run(boolean foldCase) {
        Deque<Frame> stack = new ArrayDeque<>();
        Frame top = new Frame(foldCase);
        int loop = -1;
        while (pos < src.length()) {
            int c = src.codePointAt(pos);
            pos += Character.charCount(c);
            switch (c) {
                case '\\' -> {
                    if (peek() == 'Q') {
                        pos++;
                        int end = src.indexOf("\\E", pos);
                        String quoted = src.substring(pos, end < 0 ? src.length() : end);
                        pos = end < 0 ? src.length() : end + 2;
                        for (int i = 0; i < quoted.length(); ) {
                            int q = quoted.codePointAt(i);
                            i += Character.charCount(q);
                            loop = firstLoop(loop, top.fold, q, q);
                            top.add(1);
                        }
                    } else {
                        int r = escape();
                        loop = firstLoop(loop, top.fold, r, r);
                        top.add(1);
                    }
                }
                case '[' -> {
                    int inClass = classLoop();
                    if (top.fold && loop < 0) {
                        loop = inClass;
                    }
                    top.add(1);
                }
                case '(' -> {
                    Frame f = new Frame(top.fold);
                    if (peek() == '?') {
                        pos++;
                        if (peek() == 'P' || peek() == '<') {
                            int close = src.indexOf('>', pos);
                            pos = close < 0 ? src.length() : close + 1; // a named group
                        } else {
                            boolean fold = top.fold;
                            boolean negate = false;
                            while (pos < src.length() && ":)".indexOf(src.charAt(pos)) < 0) {
                                char flag = src.charAt(pos++);
                                if (flag == '-') {
                                    negate = true;
                                } else if (flag == 'i') {
                                    fold = !negate;
                                }
                            }
                            if (pos < src.length() && src.charAt(pos) == ')') {
                                pos++;
                                top.fold = fold; // (?i): to the end of the enclosing group
                                continue;
                            }
                            pos++; // ':'
                            f.fold = fold;
                        }
                    }
                    stack.push(top);
                    top = f;
                }
                case ')' -> {
                    if (stack.isEmpty()) {
                        top.add(1); // unbalanced: RE2/J reports it
                    } else {
                        long group = sat(top.size + 2);
                        top = stack.pop();
                        top.add(group);
                    }
                }
                case '|' -> top.size = sat(top.size + 1);
                case '*', '+', '?' -> top.size = sat(top.size + top.last + 1);
                case '{' -> {
                    long count = repeatCount();
                    if (count < 0) {
                        loop = firstLoop(loop, top.fold, c, c);
                        top.add(1); // a literal brace
                    } else {
                        top.size = sat(top.size + sat(top.last * Math.max(0, count - 1)) + count);
                    }
                }
                default -> {
                    loop = firstLoop(loop, top.fold, c, c);
                    top.add(1);
                }
            }
        }
        long size = top.size;
        while (!stack.isEmpty()) {
            Frame outer = stack.pop();
            size = sat(outer.size + size + 2);
        }
        return new Result(size, loop);
    }

    private int peek() {
        return pos < src.length() ? src.charAt(pos) : -1;
    }

    /** The code point an escape (after its backslash) denotes, or -1 for a class or an assertion. */
    private int escape() {
        if (pos >= src.length()) {
            return -1;
        }
        int c = src.codePointAt(pos);
        pos += Character.charCount(c);
        switch (c) {
            case 'x' -> {
                if (peek() == '{') {
                    int close = src.indexOf('}', pos);
                    if (close < 0) {
                        return -1;
                    }
                    String hex = src.substring(pos + 1, close);
                    pos = close + 1;
                    return hexValue(hex);
                }
                int end = Math.min(src.length(), pos + 2);
                String hex = src.substring(pos, end);
                pos = end;
                return hexValue(hex);
            }
            case 'p', 'P' -> {
                if (peek() == '{') {
                    int close = src.indexOf('}', pos);
                    pos = close < 0 ? src.length() : close + 1;
                } else if (pos < src.length()) {
                    pos += Character.charCount(src.codePointAt(pos));
                }
                return -1; // Unicode classes fold through RE2/J's tables, not the loop
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = c - '0';
                for (int i = 0; i < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; i++) {
                    v = v * 8 + (src.charAt(pos++) - '0');
                }
                return v; // at most 0777: never in the loop range
            }
            default -> {
                // \d, \b, \n...: a class or a control char; \. or any other char: that char
                return c < 0x80 && Character.isLetterOrDigit(c) ? -1 : c;
            }
        }
    }

    private static int hexValue(String hex) {
        if (hex.isEmpty() || hex.length() > 8) {
            return -1;
        }
        try {
            return Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Reads a character class to its closing bracket (pos after the '['); the first code point of the
     * loop range that one of its items (a char or a range) covers, or -1.
     */
    private int classLoop() {
        int found = -1;
        if (peek() == '^') {
            pos++;
        }
        boolean first = true;
        while (pos < src.length()) {
            int c = src.codePointAt(pos);
            if (c == ']' && !first) {
                pos++;
                return found;
            }
            first = false;
            if (c == '[' && src.startsWith("[:", pos)) {
                int close = src.indexOf(":]", pos + 2);
                pos = close < 0 ? src.length() : close + 2;
                continue; // ASCII classes
            }
            int lo = classChar();
            if (peek() == '-' && pos + 1 < src.length() && src.charAt(pos + 1) != ']') {
                pos++;
                int hi = classChar();
                if (lo >= 0 && hi >= 0) {
                    found = firstLoop(found, true, lo, hi);
                } else if (lo >= 0 || hi >= 0) {
                    found = firstLoop(found, true, Math.max(lo, 0), Math.max(hi, 0x10FFFF));
                }
            } else if (lo >= 0) {
                found = firstLoop(found, true, lo, lo);
            }
        }
        return found;
    }

    /** One char of a class, or an escape: its code point, or -1 for a class escape such as {@code \d}. */
    private int classChar() {
        int c = src.codePointAt(pos);
        pos += Character.charCount(c);
        return c == '\\' ? escape() : c;
    }

    /** After '{': the larger count of a well-formed {n}, {n,} or {n,m} (consumed), or -1 (a literal brace). */
    private long repeatCount() {
        int close = src.indexOf('}', pos);
        if (close < 0) {
            return -1;
        }
        String body = src.substring(pos, close);
        if (!body.matches("\\d+(,\\d*)?")) {
            return -1;
        }
        pos = close + 1;
        String[] parts = body.split(",", -1);
        String max = parts.length == 2 && !parts[1].isEmpty() ? parts[1] : parts[0];
        return max.length() > 9 ? SATURATED : Long.parseLong(max);
    }

    /**
     * The earlier finding, else the first loop code point in [lo, hi] when folding is on, else -1. A
     * range over every foldable code point (U+0041 to U+1E943) is taken whole by RE2/J, never folded.
     */
    private static int firstLoop(int found, boolean fold, int lo, int hi) {
        if (found >= 0 || !fold || lo < 0 || hi < LOOP_FIRST || lo > LOOP_LAST || lo <= MIN_FOLD && hi >= MAX_FOLD) {
            return found;
        }
        return Math.max(lo, LOOP_FIRST);
    }

    private static long sat(long v) {
        return v < 0 || v > SATURATED ? SATURATED : v;
    }
}

package io.notelint.core.pattern;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way NoteLint compiles a pattern a user wrote (rule files, grading assignments and rubrics,
 * config). RE2/J matches in time linear in the text, but three things about a pattern itself can still
 * cost a process: a program so large that every match is slow (or that cannot be built at all), RE2/J's
 * case folding looping forever on U+1C80-U+1C88, and a compile that takes unreasonably long for a
 * reason nobody found yet. So a pattern is:
 * <ol>
 *   <li>scanned first ({@link PatternScan}): a code point in U+1C80-U+1C88 where case folding is on
 *       is refused, and so is a program estimated far over the size cap (nested counted repetition),
 *       before RE2/J builds anything;</li>
 *   <li>compiled on a daemon thread and given up on after {@link #LIMIT_MILLIS}; running out of memory
 *       or stack there becomes a refusal, not an {@code Error} in the caller;</li>
 *   <li>refused when its program has more than {@link #MAX_PROGRAM_SIZE} instructions.</li>
 * </ol>
 * A refusal is a {@link Refused} whose message says what to change, in plain words; the caller adds
 * the file, line and pattern. A syntax error stays a {@link PatternSyntaxException}.
 */
public final class GuardedPattern {

    /** Compiled patterns above this many instructions are refused: matching stays linear, but in their size too. */
    public static final int MAX_PROGRAM_SIZE = 20_000;

    /** Ordinary patterns compile in well under 50 ms. */
    public static final long LIMIT_MILLIS = 5_000;

    /** Past this estimate the program is not even built: it would be refused anyway, after costing memory. */
    static final long MAX_ESTIMATE = 10L * MAX_PROGRAM_SIZE;

    private GuardedPattern() {
    }

    /** A pattern NoteLint will not compile; the message says why and what to do, never a Java type. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Compiles {@code source} with RE2/J's {@code flags}, within the bounds above.
     *
     * @throws Refused when the pattern is too costly or cannot be compiled safely
     * @throws PatternSyntaxException when it is not a valid RE2 pattern
     */
    public static Pattern compile(String source, int flags) {
        try {
            return guarded(source, flags);
        } catch (Refused e) {
            throw new Refused("pattern '" + shown(source) + "': " + e.getMessage());
        }
    }

    /** The pattern as a message shows it: at most 60 chars, control chars as '?'. */
    private static String shown(String source) {
        String s = source.length() > 60 ? source.substring(0, 57) + "..." : source;
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '?' : c));
        return b.toString();
    }

    private static Pattern guarded(String source, int flags) {
        PatternScan.Result scan = PatternScan.scan(source, (flags & Pattern.CASE_INSENSITIVE) != 0);
        if (scan.foldLoop() >= 0) {
            throw new Refused(String.format("U+%04X cannot be matched ignoring case (the regular expression library"
                    + " loops forever on U+1C80 to U+1C88 when it folds case): write it inside (?-i:...) and list"
                    + " its other case forms there, or leave that range out", scan.foldLoop()));
        }
        if (scan.estimatedSize() > MAX_ESTIMATE) {
            throw tooLarge("about " + (scan.estimatedSize() >= Long.MAX_VALUE / 4 ? "more than 10^18" : scan.estimatedSize()));
        }
        Pattern p = compileBounded(source, flags);
        if (p.programSize() > MAX_PROGRAM_SIZE) {
            throw tooLarge(String.valueOf(p.programSize()));
        }
        return p;
    }

    private static Refused tooLarge(String size) {
        return new Refused("regular expression too large (" + size + " instructions, at most " + MAX_PROGRAM_SIZE
                + "): nested or long counted repetitions such as (x{100}){100} multiply; use smaller counts, or terms"
                + " for long word lists");
    }

    private static Pattern compileBounded(String source, int flags) {
        FutureTask<Pattern> task = new FutureTask<>(() -> Pattern.compile(source, flags));
        Thread t = new Thread(task, "notelint-pattern-compile");
        t.setDaemon(true);
        t.start();
        try {
            return task.get(LIMIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            throw new Refused("regular expression too costly to compile (over " + LIMIT_MILLIS / 1000 + " s): simplify it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("compiling the regular expression was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PatternSyntaxException syntax) {
                throw syntax;
            }
            if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
                throw new Refused("regular expression too large to compile (it ran out of "
                        + (cause instanceof OutOfMemoryError ? "memory" : "stack") + "): simplify it");
            }
            throw new Refused("regular expression could not be compiled: the regular expression library failed on it");
        }
    }
}

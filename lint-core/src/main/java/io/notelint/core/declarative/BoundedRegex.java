package io.notelint.core.declarative;

import com.google.re2j.Pattern;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Compiles a rule file's regular expression in bounded time. RE2/J matches in linear time, but its
 * parser folds case one code point at a time: a case-insensitive character class over a wide range
 * ({@code [\x{42}-\x{1E900}]}) takes hours to compile (found by fuzzing the rule loader). Such a
 * pattern is compiled on a daemon thread and given up on after {@link #LIMIT_MILLIS}; the thread is
 * left to finish on its own, and the rule file gets an error instead of the process a hang.
 */
final class BoundedRegex {

    /** Ordinary patterns compile in well under 50 ms. */
    static final long LIMIT_MILLIS = 5_000;

    private BoundedRegex() {
    }

    /** A pattern whose compilation took too long. */
    static final class TooCostly extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooCostly() {
            super("regular expression too costly to compile (over " + LIMIT_MILLIS / 1000 + " s): a character"
                    + " class over a wide range with case folding; narrow the range, or turn case folding off for it"
                    + " with (?-i)");
        }
    }

    /** Like {@link Pattern#compile(String, int)}, in bounded time; throws {@link TooCostly} past it. */
    static Pattern compile(String source, int flags) {
        boolean folding = (flags & Pattern.CASE_INSENSITIVE) != 0 || source.contains("(?");
        if (!folding || source.indexOf('[') < 0) {
            return Pattern.compile(source, flags); // no class with case folding: never the slow path
        }
        FutureTask<Pattern> task = new FutureTask<>(() -> Pattern.compile(source, flags));
        Thread t = new Thread(task, "notelint-regex-compile");
        t.setDaemon(true);
        t.start();
        try {
            return task.get(LIMIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            throw new TooCostly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooCostly();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a syntax error, as from an inline compile
            }
            throw new IllegalStateException("regular expression compile failed: " + e.getCause().getClass().getName());
        }
    }
}

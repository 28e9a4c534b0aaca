package io.notelint.spark;

import io.notelint.core.engine.Linter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.util.LongAccumulator;

/**
 * The Linters of this JVM (an executor, or the driver in local mode), one per configuration, shared by
 * every task thread.
 *
 * <p>This holder is the module's one piece of static mutable state, on purpose: Spark gives a job no
 * per-executor object of its own (a task sees only what was serialised into it), and a Linter is costly
 * to build (rule discovery, lexicons, the NLP models, a warm-up run) yet immutable and thread-safe once
 * built. Keyed by immutable {@link LinterKey}s, bounded to {@link #MAX_CONFIGS} (a long-lived shared
 * cluster that runs many configurations drops the least recently used), and guarded by the class lock,
 * which a task takes once per partition, never per note.
 */
final class ExecutorLinters {

    /** Configurations kept per JVM; a job uses one. */
    static final int MAX_CONFIGS = 4;

    private static final Map<LinterKey, Linter> BUILT = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<LinterKey, Linter> eldest) {
            return size() > MAX_CONFIGS;
        }
    };

    private ExecutorLinters() {
    }

    /**
     * The Linter for these options, built on first use in this JVM (counted in {@code built}, so the
     * Spark UI shows how many were built: one per executor).
     */
    static synchronized Linter forOptions(LintOptions options, LongAccumulator built) {
        LinterKey key = options.linterKey();
        Linter linter = BUILT.get(key);
        if (linter == null) {
            linter = Linter.builder().config(options.lintConfig()).build();
            BUILT.put(key, linter);
            built.add(1);
        }
        return linter;
    }
}

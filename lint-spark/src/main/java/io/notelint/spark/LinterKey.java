package io.notelint.spark;

import java.io.Serializable;

/**
 * Which Linter a task needs: the config text and its name, nothing mutable, so it is a safe key of the
 * executor's {@link ExecutorLinters} cache.
 */
record LinterKey(String config, String configSource) implements Serializable {
    private static final long serialVersionUID = 1L;
}

package io.notelint.core.rule;

import java.nio.file.Path;
import java.util.List;

/**
 * Rules that are data rather than Java classes: rule files and class-path rule packs. The engine finds
 * the implementation with {@link java.util.ServiceLoader} (lint-declarative provides it), so it knows no
 * rule-file format and the module can be left out by an embedder who writes rules in Java only.
 */
public interface RuleSource {

    /**
     * The rules of the given files or directories of files, then of the named class-path packs, in that
     * order; rule ids are unique among them. A bad file throws an exception whose message names the file,
     * the line and the key.
     */
    List<Rule> load(List<Path> files, List<String> packs, ClassLoader loader);
}

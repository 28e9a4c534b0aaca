package io.notelint.declarative;

import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleSource;
import java.nio.file.Path;
import java.util.List;

/** Reads rule files and packs for the engine (registered for {@link java.util.ServiceLoader}). */
public final class RuleFileSource implements RuleSource {

    @Override
    public List<Rule> load(List<Path> files, List<String> packs, ClassLoader loader) {
        return List.copyOf(RuleFiles.load(files, packs, loader));
    }
}

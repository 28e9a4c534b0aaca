package io.notelint.output;

import io.notelint.core.engine.ActiveRule;
import java.util.List;
import java.util.Objects;

/**
 * What a report says about the tool that made it (SARIF's {@code tool.driver}).
 *
 * @param version        the NoteLint version
 * @param informationUri where users read about the tool
 * @param rules          the rules that ran, in the order reports index them
 */
public record ToolInfo(String name, String version, String informationUri, List<ActiveRule> rules) {

    public ToolInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        rules = List.copyOf(rules);
    }
}

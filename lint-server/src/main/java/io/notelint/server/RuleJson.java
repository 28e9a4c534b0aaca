package io.notelint.server;

import io.notelint.core.engine.ActiveRule;
import io.notelint.core.json.NoteJson;
import io.notelint.core.rule.Example;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.RuleMeta;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rule as JSON: the table row {@code notelint rules} prints (id, category, severity, description) and,
 * in full, what {@code notelint explain} says (why, references, options, examples).
 */
final class RuleJson {

    private RuleJson() {
    }

    static ObjectNode summary(ActiveRule rule) {
        RuleMeta m = rule.rule().meta();
        ObjectNode o = NoteJson.mapper().createObjectNode();
        o.put("id", m.id());
        o.put("category", m.category().id());
        o.put("severity", rule.severity().id());
        o.put("description", m.description());
        o.put("experimental", !m.stable());
        o.put("appliesTo", m.kindsShown());
        return o;
    }

    static ObjectNode full(ActiveRule rule) {
        RuleMeta m = rule.rule().meta();
        ObjectNode o = summary(rule);
        o.put("defaultSeverity", m.defaultSeverity().id());
        o.put("rationale", m.rationale());
        ArrayNode refs = o.putArray("references");
        m.references().forEach(refs::add);
        ArrayNode options = o.putArray("options");
        for (OptionSpec s : m.options()) {
            ObjectNode opt = options.addObject().put("name", s.name())
                    .put("type", s.type().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .put("description", s.description());
            opt.set("default", NoteJson.mapper().valueToTree(s.defaultValue()));
        }
        ArrayNode flagged = o.putArray("flagged");
        ArrayNode clean = o.putArray("notFlagged");
        for (Example e : m.examples()) {
            (e.shouldFlag() ? flagged : clean).add(e.text());
        }
        return o;
    }

    static ArrayNode list(List<ActiveRule> rules) {
        ArrayNode a = NoteJson.mapper().createArrayNode();
        rules.stream().sorted((x, y) -> x.id().compareTo(y.id())).forEach(r -> a.add(summary(r)));
        return a;
    }
}

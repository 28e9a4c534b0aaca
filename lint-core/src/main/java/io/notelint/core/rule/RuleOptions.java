package io.notelint.core.rule;

import java.util.List;
import java.util.Map;

/** A rule's option values, defaults filled in and types checked; immutable. */
public final class RuleOptions {

    private final Map<String, Object> values;

    RuleOptions(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** Resolves configured values against a rule's option specs; throws naming the bad key. */
    public static RuleOptions resolve(RuleMeta meta, Map<String, Object> configured) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (OptionSpec spec : meta.options()) {
            out.put(spec.name(), spec.defaultValue());
        }
        for (Map.Entry<String, Object> e : configured.entrySet()) {
            OptionSpec spec = meta.option(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "rule " + meta.id() + " has no option '" + e.getKey() + "'; it accepts " + meta.optionNames()));
            Object v = spec.coerce(e.getValue());
            if (v == null) {
                throw new IllegalArgumentException("option '" + e.getKey() + "' of rule " + meta.id()
                        + " must be " + spec.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
            out.put(spec.name(), v);
        }
        return new RuleOptions(out);
    }

    public static RuleOptions defaults(RuleMeta meta) {
        return resolve(meta, Map.of());
    }

    public int integer(String name) {
        return (Integer) require(name);
    }

    public double number(String name) {
        return (Double) require(name);
    }

    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    public String string(String name) {
        return (String) require(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> stringList(String name) {
        return (List<String>) require(name);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("undeclared option '" + name + "'");
        }
        return v;
    }
}

package io.notelint.io;

import io.notelint.core.config.ConfigException;
import io.notelint.core.config.ContractGate;
import io.notelint.core.files.LocatedTree;
import io.notelint.core.schema.Contract;
import java.util.List;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the {@code csv:} section of a config file into a {@link CsvMapping}. */
public final class CsvMappingLoader {

    private CsvMappingLoader() {
    }

    /**
     * The {@code csv:} section of a config file, or {@link CsvMapping#DEFAULT} when there is none. Errors name the
     * file, line and column like every config error.
     */
    public static CsvMapping load(Path configFile) {
        LocatedTree tree;
        try {
            tree = LocatedTree.read(configFile);
        } catch (LocatedTree.TreeException e) {
            throw new ConfigException(e.key(), e.problem(), e.location());
        }
        // the rest of the file is ConfigLoader's to judge (and to word)
        List<ContractGate.Placed> violations = ContractGate.violations(Contract.CONFIG, tree).stream()
                .filter(v -> v.key().equals("csv") || v.key().startsWith("csv.")).toList();
        CsvMapping mapping = bind(tree); // where the binder refuses too, its message says more
        if (!violations.isEmpty()) {
            ContractGate.Placed v = ContractGate.mostSpecific(violations);
            throw new ConfigException(v.key(), v.problem(), v.location());
        }
        return mapping;
    }

    @SuppressWarnings("unchecked")
    private static CsvMapping bind(LocatedTree tree) {
        if (!(tree.root() instanceof Map<?, ?> root) || root.get("csv") == null) {
            return CsvMapping.DEFAULT;
        }
        if (!(root.get("csv") instanceof Map<?, ?> csv)) {
            throw new ConfigException("csv", "must be a mapping of note parts to column names", tree.locate("csv"));
        }
        Map<String, String> targets = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : ((Map<String, Object>) csv).entrySet()) {
            String key = "csv." + e.getKey();
            if (e.getKey().equals("fields")) {
                if (!(e.getValue() instanceof Map<?, ?> fields)) {
                    throw new ConfigException(key, "must be a mapping of field names to column names", tree.locate(key));
                }
                for (Map.Entry<String, Object> f : ((Map<String, Object>) fields).entrySet()) {
                    String fieldKey = key + "." + f.getKey();
                    String name = f.getKey();
                    String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                    if (base.isBlank() || name.endsWith(".")) {
                        throw new ConfigException(fieldKey, "not a field name", tree.locate(fieldKey));
                    }
                    targets.put("fields." + name, column(f.getValue(), fieldKey, tree));
                }
            } else if (CsvMapping.TOP.contains(e.getKey())) {
                targets.put(e.getKey(), column(e.getValue(), key, tree));
            } else {
                throw new ConfigException(key, "unknown key; expected id, text, format, history or fields",
                        tree.locate(key));
            }
        }
        return new CsvMapping(targets);
    }

    private static String column(Object value, String key, LocatedTree tree) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw new ConfigException(key, "must be a column name", tree.locate(key));
        }
        return s;
    }

}

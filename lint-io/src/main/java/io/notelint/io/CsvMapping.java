package io.notelint.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which CSV column holds which part of a note. Configured under {@code csv:} in the config file
 * ({@link io.notelint.io.CsvMappingLoader}):
 *
 * <pre>
 * csv:
 *   id: note_id
 *   text: body
 *   format: template          # optional
 *   history: prior_notes      # optional: a JSON array of earlier notes
 *   fields:
 *     sessionDate: dos
 *     cptCode: cpt
 *     clinician.credentials: cred    # a dotted target fills a nested object
 * </pre>
 *
 * Without a mapping, columns named like note-format.md are taken as such, compared without case,
 * spaces, dashes or underscores ({@code Session Date}, {@code session_date} and {@code sessionDate}
 * are all the session date); {@code note_id} also serves as id and {@code note_text} or {@code body}
 * as text. A mapping overrides those defaults target by target. Every other column is kept as a
 * custom field under its own name, as unknown keys of a JSON note are.
 *
 * @param targets column name by target ({@code id}, {@code text}, {@code format}, {@code history},
 *                {@code fields.NAME} or {@code fields.NAME.PART}), as configured
 */
public record CsvMapping(Map<String, String> targets) {

    /** The fields of note-format.md, as they are spelled. */
    static final List<String> FIELDS = List.of("clientId", "sessionDate", "startTime", "endTime", "durationMinutes",
            "cptCode", "modality", "diagnoses", "medications", "riskLevel", "goals", "clinician", "signedAt");
    public static final Set<String> TOP = Set.of("id", "text", "format", "kind", "history");
    private static final Map<String, String> ALIASES = Map.of("noteid", "id", "notetext", "text", "body", "text");

    public static final CsvMapping DEFAULT = new CsvMapping(Map.of());

    public CsvMapping {
        targets = Map.copyOf(targets);
    }

    /**
     * The target of every header column, in column order: a configured target, else the default for
     * a column named like the spec, else {@code fields.<column>} (a custom field).
     *
     * @throws IllegalArgumentException when a configured column is not in the header (the message
     *                                  names the column and the file)
     */
    public List<String> resolve(List<String> header, String source) {
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : targets.entrySet()) {
            if (!header.contains(t.getValue())) {
                throw new IllegalArgumentException(source + ": the CSV mapping's column '" + t.getValue()
                        + "' (for " + t.getKey() + ") is not in the header");
            }
            byColumn.put(t.getValue(), t.getKey());
        }
        Set<String> taken = new java.util.HashSet<>(targets.keySet());
        List<String> out = new java.util.ArrayList<>();
        for (String column : header) {
            String target = byColumn.get(column);
            if (target == null) {
                String spec = specName(column);
                target = spec != null && !taken.contains(spec) ? spec : "fields." + column;
                taken.add(target);
            }
            out.add(target);
        }
        return out;
    }

    /** The spec's target for a column named like it ("Session Date" -> fields.sessionDate), or null. */
    static String specName(String column) {
        String key = column.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
        for (String top : TOP) {
            if (top.equals(key)) {
                return top;
            }
        }
        if (ALIASES.containsKey(key)) {
            return ALIASES.get(key);
        }
        for (String f : FIELDS) {
            if (f.toLowerCase(Locale.ROOT).equals(key)) {
                return "fields." + f;
            }
        }
        return null;
    }
}

package io.notelint.rules.clinical;

import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The psychotherapy codes NoteLint knows, with their minute ranges (cpt-time-rules.tsv), and the reading
 * of a {@code cptCode} field that may hold several codes and modifiers ("99214, 90836", "90837-95").
 */
public final class CptCodes {

    enum Kind { PRIMARY, ADDON, CRISIS, CRISIS_ADDON, UNTIMED }

    /** One code's rule; {@code max} is null when there is no upper limit, {@code min} null when untimed. */
    public record TimeRule(String code, Kind kind, Integer min, Integer max) {

        public boolean timed() {
            return kind != Kind.UNTIMED;
        }

        String range() {
            return max == null ? min + " or more" : min + "-" + max;
        }
    }

    private static final Pattern CODE = Pattern.compile("(?<![0-9A-Za-z])([0-9]{5})(?![0-9])");

    private static final class Holder {
        static final Map<String, TimeRule> RULES = load();

        private static Map<String, TimeRule> load() {
            Map<String, TimeRule> out = new HashMap<>();
            for (String[] row : ResourceLines.tsv(CptCodes.class, "cpt-time-rules.tsv", 2)) {
                Kind kind = Kind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                Integer min = row.length > 2 && !row[2].isEmpty() ? Integer.valueOf(row[2]) : null;
                Integer max = row.length > 3 && !row[3].isEmpty() ? Integer.valueOf(row[3]) : null;
                out.put(row[0], new TimeRule(row[0], kind, min, max));
            }
            return Map.copyOf(out);
        }
    }

    private CptCodes() {
    }

    /** The five-digit codes in a cptCode field, in order. */
    public static List<String> codes(String field) {
        List<String> out = new ArrayList<>();
        if (field == null) {
            return out;
        }
        Matcher m = CODE.matcher(field);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    public static Optional<TimeRule> rule(String code) {
        return Optional.ofNullable(Holder.RULES.get(code));
    }

    /** Evaluation and management codes (99202-99499): psychotherapy add-ons are reported with one of them. */
    static boolean isEvaluationAndManagement(String code) {
        return code.startsWith("99") && code.compareTo("99202") >= 0 && code.compareTo("99499") <= 0;
    }

    /** True when any code of the field is a timed psychotherapy code. */
    static boolean anyTimed(List<String> codes) {
        return codes.stream().map(CptCodes::rule).anyMatch(r -> r.isPresent() && r.get().timed());
    }
}

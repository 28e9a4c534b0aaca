package io.notelint.rules.clinical;

import io.notelint.core.model.Medication;
import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Medications added, stopped, or changed in dose or schedule between two medication lists. Drugs are
 * matched by generic name ({@link MedicationNames}), doses by amount and unit ("600 mg" = "600mg" =
 * "0.6 g"), schedules by meaning ("daily" = "QD"); a dose or schedule that either list leaves blank or
 * writes in a way NoteLint cannot read is no change, because it cannot be told from one.
 */
final class MedicationChanges {

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(mg|mcg|µg|ug|g|ml|units?|iu|%)?(?![a-z])");

    private static final class Holder {
        static final Map<String, String> FREQUENCIES = frequencies();

        private static Map<String, String> frequencies() {
            Map<String, String> out = new HashMap<>();
            for (String[] row : ResourceLines.tsv(MedicationChanges.class, "medication-frequencies.tsv", 1)) {
                String canonical = key(row[0]);
                out.put(canonical, canonical);
                if (row.length > 1) {
                    for (String s : row[1].split(",")) {
                        out.put(key(s), canonical);
                    }
                }
            }
            return Map.copyOf(out);
        }
    }

    private MedicationChanges() {
    }

    /** The changes from {@code before} to {@code after}, each marked documented when {@code foldedText} names the drug. */
    static List<FieldChange> between(List<Medication> before, List<Medication> after, String foldedText) {
        Map<String, List<Medication>> old = byDrug(before);
        Map<String, List<Medication>> now = byDrug(after);
        List<FieldChange> out = new ArrayList<>();
        for (Map.Entry<String, List<Medication>> e : now.entrySet()) {
            Medication current = e.getValue().get(0);
            boolean documented = MedicationNames.mentioned(foldedText, current.name())
                    || old.containsKey(e.getKey()) && MedicationNames.mentioned(foldedText, old.get(e.getKey()).get(0).name());
            List<Medication> previous = old.get(e.getKey());
            if (previous == null) {
                out.add(new FieldChange(current.name() + " was added" + withDose(current), documented));
                continue;
            }
            String doseBefore = doses(previous);
            String doseAfter = doses(e.getValue());
            if (doseBefore != null && doseAfter != null && !doseBefore.equals(doseAfter)) {
                out.add(new FieldChange(current.name() + " dose changed from " + shown(previous) + " to "
                        + shown(e.getValue()), documented));
                continue;
            }
            String freqBefore = frequencies(previous);
            String freqAfter = frequencies(e.getValue());
            if (freqBefore != null && freqAfter != null && !freqBefore.equals(freqAfter)) {
                out.add(new FieldChange(current.name() + " frequency changed from " + previous.get(0).frequency()
                        + " to " + current.frequency(), documented));
            }
        }
        for (Map.Entry<String, List<Medication>> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                Medication stopped = e.getValue().get(0);
                out.add(new FieldChange(stopped.name() + " was stopped (listed in the previous note, not in this one)",
                        MedicationNames.mentioned(foldedText, stopped.name())));
            }
        }
        return out;
    }

    private static Map<String, List<Medication>> byDrug(List<Medication> meds) {
        Map<String, List<Medication>> out = new LinkedHashMap<>();
        for (Medication m : meds) {
            if (!m.name().isBlank()) {
                out.computeIfAbsent(MedicationNames.canonical(m.name()), k -> new ArrayList<>()).add(m);
            }
        }
        return out;
    }

    /** The doses of one drug's entries as a comparable key, or null when any is blank or unreadable. */
    private static String doses(List<Medication> entries) {
        List<String> keys = new ArrayList<>();
        for (Medication m : entries) {
            String k = doseKey(m.dose());
            if (k == null) {
                return null;
            }
            keys.add(k);
        }
        keys.sort(null);
        return String.join("+", keys);
    }

    /** "600 mg" -> "600mg", "0.6 g" -> "600mg", "1,000 mg" -> "1000mg"; null when no amount can be read. */
    static String doseKey(String dose) {
        if (dose == null || dose.isBlank()) {
            return null;
        }
        String d = dose.toLowerCase(Locale.ROOT).replace(",", "");
        Matcher m = AMOUNT.matcher(d);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "" : m.group(2);
            switch (unit) {
                case "g" -> {
                    v *= 1000;
                    unit = "mg";
                }
                case "mcg", "µg", "ug" -> {
                    v /= 1000;
                    unit = "mg";
                }
                case "unit", "units" -> unit = "units";
                default -> { }
            }
            parts.add(strip(v) + unit);
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private static String frequencies(List<Medication> entries) {
        List<String> keys = new ArrayList<>();
        for (Medication m : entries) {
            String k = Holder.FREQUENCIES.get(key(m.frequency()));
            if (k == null) {
                return null;
            }
            keys.add(k);
        }
        keys.sort(null);
        return String.join("+", keys);
    }

    private static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static String strip(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String withDose(Medication m) {
        return m.dose().isBlank() ? "" : " (" + m.dose() + ")";
    }

    private static String shown(List<Medication> entries) {
        List<String> doses = entries.stream().map(Medication::dose).filter(Objects::nonNull).toList();
        return String.join(" + ", doses);
    }
}

package io.notelint.grading;

import io.notelint.core.config.TreeReader;

import io.notelint.core.files.LocatedTree;
import io.notelint.core.schema.Contract;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a rubric document into a {@link Rubric}, reporting every mistake with file, line and key. */
final class RubricReader {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Generous bounds that still catch a typo like 1000 for 10. */
    static final int MAX_POINTS = 1000;

    private static final Set<String> ROOT_KEYS = Set.of("id", "version", "title", "description", "passMark", "criteria");
    private static final Set<String> CRITERION_KEYS = Set.of("id", "title", "basis", "weight", "critical", "deductions", "why",
            "fix");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%");
    private static final Set<String> DEDUCTION_KEYS = Set.of("category", "rule", "points", "cap");

    private RubricReader() {
    }

    static Rubric read(LocatedTree tree) {
        GradingFiles.Read<Criterion> in = GradingFiles.read(tree, "rubric", ROOT_KEYS, "criteria", RubricReader::criterion);
        PassMark passMark = passMark(in.reader(), in.root(), in.parts().stream().mapToInt(Criterion::weight).sum());
        in.finish(Contract.RUBRIC);
        GradingFiles.Head h = in.head();
        return new Rubric(h.id(), h.version(), h.title(), h.description(), in.parts(), passMark, tree.source());
    }

    private static Criterion criterion(TreeReader r, Map<String, Object> m, String path, Set<String> seen) {
        int before = r.problemCount();
        r.onlyKeys(m, path, CRITERION_KEYS, null);
        String id = id(r, m, path, "id");
        if (id != null && !seen.add(id)) {
            r.problem(TreeReader.join(path, "id"), "duplicate criterion id '" + id + "'");
        }
        String title = r.requiredString(m, path, "title");
        String basis = r.optionalString(m, path, "basis");
        Integer weight = r.requiredInt(m, path, "weight", 1, MAX_POINTS);
        String why = r.requiredString(m, path, "why");
        String fix = r.requiredString(m, path, "fix");
        List<Deduction> deductions = new ArrayList<>();
        Set<Target> targets = new HashSet<>();
        List<Map<String, Object>> items = r.mappings(m, path, "deductions", true);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                Deduction d = deduction(r, items.get(i), path + ".deductions[" + i + "]", targets);
                if (d != null) {
                    deductions.add(d);
                }
            }
        }
        boolean critical = false;
        List<Target> criticalFindings = List.of();
        Object flag = m.get("critical");
        if (flag instanceof Boolean b) {
            critical = b;
        } else if (flag != null) {
            criticalFindings = criticalTargets(r, m, path, deductions);
        }
        if (r.problemCount() > before) {
            return null;
        }
        return new Criterion(id, title, basis, weight, deductions, why, fix, r.locate(path), critical, criticalFindings);
    }

    /**
     * The rules or categories whose findings fail the note: each must be counted by one of the criterion's
     * deductions, since a finding the criterion does not count could never fail it.
     */
    private static List<Target> criticalTargets(TreeReader r, Map<String, Object> m, String path, List<Deduction> deductions) {
        String at = TreeReader.join(path, "critical");
        if (!(m.get("critical") instanceof List<?>) && !(m.get("critical") instanceof String)) {
            r.problem(at, "expected true, false, or a list of the rules or categories whose findings fail the note");
            return List.of();
        }
        List<String> texts = r.strings(m, path, "critical");
        if (texts.isEmpty()) {
            r.problem(at, "must list at least one rule or category (or be true)");
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String itemAt = m.get("critical") instanceof List<?> ? at + "[" + i + "]" : at;
            Target t = Targets.parse(texts.get(i), itemAt, r);
            if (t == null) {
                continue;
            }
            boolean counted = deductions.stream().anyMatch(d -> d.target().equals(t)
                    || d.target().kind() == Target.Kind.CATEGORY && t.categoryId().equals(d.target().id())
                    || t.kind() == Target.Kind.CATEGORY && d.target().categoryId().equals(t.id()));
            if (!counted) {
                List<String> known = deductions.stream().map(d -> d.target().id()).toList();
                String hint = GradingFiles.nearest(t.id(), known);
                r.problem(itemAt, "'" + t.id() + "' is not counted by this criterion's deductions, so it could never fail"
                        + " a note" + (hint == null ? "; it counts: " + String.join(", ", known) : " (did you mean '" + hint + "'?)"));
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** {@code 70%} (a percent of the maximum) or a whole number of points; 70% when absent. */
    private static PassMark passMark(TreeReader r, Map<String, Object> root, int maxScore) {
        Object v = root.get("passMark");
        if (v == null) {
            return PassMark.DEFAULT;
        }
        if (v instanceof String text) {
            java.util.regex.Matcher pm = PERCENT.matcher(text.strip());
            if (pm.matches() && Integer.parseInt(pm.group(1)) <= 100) {
                return new PassMark(Integer.parseInt(pm.group(1)), true);
            }
            r.problem("passMark", "expected a percent such as 70% or a whole number of points, not '" + text + "'");
            return PassMark.DEFAULT;
        }
        Integer points = r.optionalInt(root, "", "passMark", 0, MAX_POINTS);
        if (points == null) {
            return PassMark.DEFAULT;
        }
        if (maxScore > 0 && points > maxScore) {
            r.problem("passMark", points + " points is more than the rubric's " + maxScore
                    + ": no note could pass (write a percent, e.g. 70%, to count an assignment's points too)");
        }
        return new PassMark(points, false);
    }

    private static Deduction deduction(TreeReader r, Map<String, Object> m, String path, Set<Target> targets) {
        int before = r.problemCount();
        r.onlyKeys(m, path, DEDUCTION_KEYS, null);
        Target target = target(r, m, path, "category", "rule");
        Integer points = r.requiredInt(m, path, "points", 1, MAX_POINTS);
        Integer cap = r.optionalInt(m, path, "cap", 1, MAX_POINTS);
        if (points != null && cap != null && cap < points) {
            r.problem(TreeReader.join(path, "cap"), "cap " + cap + " is less than one finding's " + points + " points");
            return null;
        }
        if (target != null && !targets.add(target)) {
            r.problem(path, "'" + target.id() + "' is already counted by this criterion");
            return null;
        }
        if (r.problemCount() > before) {
            return null;
        }
        return new Deduction(target, points, cap, r.locate(path));
    }

    /** Exactly one of a category key and a rule key. */
    static Target target(TreeReader r, Map<String, Object> m, String path, String categoryKey, String ruleKey) {
        boolean hasCategory = m.containsKey(categoryKey);
        boolean hasRule = m.containsKey(ruleKey);
        if (hasCategory == hasRule) {
            r.problem(path, hasCategory ? "give either '" + categoryKey + "' or '" + ruleKey + "', not both"
                    : "required key is missing: '" + categoryKey + "' (a finding category) or '" + ruleKey + "' (a rule id)");
            return null;
        }
        String key = hasCategory ? categoryKey : ruleKey;
        String text = r.requiredString(m, path, key);
        if (text == null) {
            return null;
        }
        if (hasCategory && text.contains("/")) {
            r.problem(TreeReader.join(path, key), "'" + text + "' is a rule id: write it under '" + ruleKey + "'");
            return null;
        }
        if (hasRule && !text.contains("/")) {
            r.problem(TreeReader.join(path, key), "'" + text + "' is not a rule id (<category>/<name>):"
                    + " a whole category goes under '" + categoryKey + "'");
            return null;
        }
        return Targets.parse(text, TreeReader.join(path, key), r);
    }

    /** An id: letters, digits, '.', '_' and '-', so it is safe in file names, CSV and HTML anchors. */
    static String id(TreeReader r, Map<String, Object> m, String path, String key) {
        String id = r.requiredString(m, path, key);
        if (id != null && !ID.matcher(id).matches()) {
            r.problem(TreeReader.join(path, key), "'" + id + "' is not a valid id: use letters, digits, '.', '_' and '-'");
            return null;
        }
        return id;
    }
}

package io.notelint.grading;

import io.notelint.core.config.TreeReader;

import io.notelint.core.files.LocatedTree;
import io.notelint.core.rule.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A grading rubric as data: criteria with weights, the findings that cost each of them points, and the
 * feedback a student reads. Loaded from YAML or JSON (see {@code docs/grading.md}); immutable.
 *
 * @param passMark the least a note must score to pass (a critical criterion can still fail it)
 * @param source   the file it was read from, for error messages
 */
public record Rubric(String id, String version, String title, String description, List<Criterion> criteria,
                     PassMark passMark, String source) {

    /** The rubric shipped with NoteLint, modelled on PDQI-9 and behavioral-health documentation essentials. */
    public static final String DEFAULT_RESOURCE = "default-rubric.yaml";

    public Rubric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(passMark, "passMark");
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("a rubric needs at least one criterion");
        }
    }

    /** Reads a rubric file (YAML, or JSON when the name ends in .json). */
    public static Rubric load(Path file) {
        return RubricReader.read(readTree(file));
    }

    /** Reads a rubric from text; {@code source} names it in errors. */
    public static Rubric parse(String content, String source, boolean json) {
        return RubricReader.read(parseTree(content, source, json));
    }

    /** The built-in rubric. */
    public static Rubric defaultRubric() {
        try (InputStream in = Rubric.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most a note can score. */
    public int maxScore() {
        return criteria.stream().mapToInt(Criterion::weight).sum();
    }

    /** The criteria that fail a note on their own, in rubric order. */
    public List<Criterion> criticalCriteria() {
        return criteria.stream().filter(Criterion::isCritical).toList();
    }

    /** The categories some criterion counts (by the category, or by one of its rules). */
    public Set<Category> coveredCategories() {
        Set<Category> out = EnumSet.noneOf(Category.class);
        for (Criterion c : criteria) {
            for (Deduction d : c.deductions()) {
                Category.fromId(d.target().categoryId()).ifPresent(out::add);
            }
        }
        return out;
    }

    static LocatedTree readTree(Path file) {
        try {
            return LocatedTree.read(file);
        } catch (LocatedTree.TreeException e) {
            throw asProblem(e);
        }
    }

    static LocatedTree parseTree(String content, String source, boolean json) {
        try {
            return LocatedTree.parse(content, source, json);
        } catch (LocatedTree.TreeException e) {
            throw asProblem(e);
        }
    }

    private static GradingFileException asProblem(LocatedTree.TreeException e) {
        String problem = e.getMessage().substring(Math.min(e.getMessage().length(),
                e.location().length() + 2 + (e.key() == null ? 0 : e.key().length() + 2)));
        return new GradingFileException(List.of(new TreeReader.Problem(e.location(),
                e.key() == null ? "" : e.key(), problem)));
    }
}

package io.notelint.grading;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one case's note must contain (the safety plan, the PHQ-9 score, the referral), scored as extra
 * criteria after the rubric's. Loaded from YAML or JSON; immutable.
 */
public record Assignment(String id, String version, String title, String description,
                         List<Requirement> requirements, String source) {

    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        requirements = List.copyOf(requirements);
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("an assignment needs at least one requirement");
        }
    }

    public static Assignment load(Path file) {
        return AssignmentReader.read(Rubric.readTree(file));
    }

    public static Assignment parse(String content, String source, boolean json) {
        return AssignmentReader.read(Rubric.parseTree(content, source, json));
    }

    public int maxScore() {
        return requirements.stream().mapToInt(Requirement::weight).sum();
    }
}

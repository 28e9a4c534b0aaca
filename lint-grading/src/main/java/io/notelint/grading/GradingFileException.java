package io.notelint.grading;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rubric or assignment file that cannot be used, with every problem found in it (not only the first),
 * each naming the file, line and key, so an instructor fixes the file in one pass.
 */
public final class GradingFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * One mistake in a file.
     *
     * @param location "file:line:column" where it was written (or the file alone when unknown)
     * @param key      the dotted key path, e.g. {@code criteria[2].weight}; empty for the document itself
     * @param problem  what is wrong and, where possible, how to put it right
     */
    public record Problem(String location, String key, String problem) {
        @Override
        public String toString() {
            return location + ": " + (key.isEmpty() ? "" : key + ": ") + problem;
        }
    }

    private final transient List<Problem> problems;

    public GradingFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

package io.notelint.grading;

import io.notelint.core.config.TreeReader;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rubric or assignment file that cannot be used, with every problem found in it (not only the first),
 * each naming the file, line and key, so an instructor fixes the file in one pass.
 */
public final class GradingFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<TreeReader.Problem> problems;

    public GradingFileException(List<TreeReader.Problem> problems) {
        super(problems.stream().map(TreeReader.Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<TreeReader.Problem> problems() {
        return problems;
    }
}

package io.notelint.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.rule.Report;
import java.util.Set;
import java.util.function.Consumer;

/** The logic of one declarative rule type, built from a rule file; immutable and thread-safe. */
interface Check {

    /** The message id every declarative rule reports with (its only message). */
    String MESSAGE = "message";

    /** The id of a rule file's one suggestion in its metadata. */
    String SUGGESTION = "suggestion";

    /** Examines one note and hands each problem, as a report with arguments, to {@code out}. */
    void run(AnalyzedNote note, Consumer<Report> out);

    /** The {placeholders} this check fills, for validating message and suggestion templates at load. */
    Set<String> placeholders();

    /** One or two sentences for the rule's generated description. */
    String describe();

    /** True when every report carries a span (so span categories are allowed). */
    boolean spanOnly();
}

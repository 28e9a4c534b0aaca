package io.notelint.core.rule;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.model.Note;

/** What a rule sees during one check: the analysed note, its options, and where to report. */
public interface RuleContext {

    /** The note with its lazily computed analysis (sections, sentences, tokens, tags, assertions). */
    AnalyzedNote analysis();

    default Note note() {
        return analysis().note();
    }

    default String text() {
        return analysis().text();
    }

    RuleOptions options();

    /** Records a finding; the engine validates it (message id, placeholders, span within the text). */
    void report(Report report);
}

package io.notelint.core.analysis;

import io.notelint.core.model.SectionKind;
import io.notelint.core.text.Span;

/**
 * A section of a note: what it is, the header as written, and where header and body lie.
 *
 * @param header the header text as written ("Subj", "PLAN"), empty for the preamble
 * @param headerSpan where the header label stands (null for the preamble)
 * @param body       the section's content, from after the header (and its colon) to the next header
 */
public record Section(SectionKind kind, String header, Span headerSpan, Span body) {

    /** The section's name for findings, e.g. "PLAN". */
    public String name() {
        return kind.name();
    }

    /** True when the body holds no letter or digit. */
    public boolean isEmpty(CharSequence text) {
        for (int i = body.start(); i < body.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whole extent, header included. */
    public Span extent() {
        return headerSpan == null ? body : new Span(headerSpan.start(), body.end());
    }
}

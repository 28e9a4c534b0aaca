package io.notelint.fhir;

import org.hl7.fhir.r4.model.Composition;

/**
 * A {@code Composition}'s sections as one note text: each section's title (or its code's words) on a
 * line of its own with a colon, then its narrative as text; nested sections follow their parent. The
 * headings are what NoteLint's section detection reads, so a SOAP composition reads as a SOAP note.
 */
final class CompositionText {

    private CompositionText() {
    }

    static String of(Composition c) {
        StringBuilder out = new StringBuilder();
        for (Composition.SectionComponent s : c.getSection()) {
            append(out, s);
        }
        return out.toString().strip();
    }

    private static void append(StringBuilder out, Composition.SectionComponent s) {
        String title = s.hasTitle() ? s.getTitle() : ModelValues.conceptText(s.getCode());
        String body = s.hasText() && s.getText().hasDiv() ? HtmlText.toText(s.getText().getDivAsString()) : "";
        if (title != null && !title.isBlank()) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            String t = title.strip();
            out.append(t.endsWith(":") ? t : t + ":");
            if (!body.isBlank()) {
                out.append('\n').append(body);
            }
        } else if (!body.isBlank()) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(body);
        }
        for (Composition.SectionComponent child : s.getSection()) {
            append(out, child);
        }
    }
}

package io.notelint.rules.clinical;

import io.notelint.core.text.Span;

/**
 * A session length the note text states: "a 45-minute session", "session lasted 50 minutes", "met with
 * client for 1 hour". A range ("45-50 minutes") keeps both ends; a single value has {@code low == high}.
 *
 * @param psychotherapyOnly true when the words time the psychotherapy part ("38 minutes of psychotherapy"),
 *                          which is not the whole session when an E/M service shares it
 */
record StatedDuration(Span span, int low, int high, boolean psychotherapyOnly) {

    boolean agreesWith(int minutes, int tolerance) {
        return minutes >= low - tolerance && minutes <= high + tolerance;
    }

    String shown() {
        return low == high ? String.valueOf(low) : low + "-" + high;
    }
}

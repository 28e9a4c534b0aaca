package io.notelint.core.analysis;

import io.notelint.core.text.Span;

/** A sentence (or header-free line fragment) of a note, inside exactly one section. */
public record Sentence(int index, Span span, Section section) {
}

package io.notelint.core.assertion;

import io.notelint.core.text.Span;

/**
 * A trigger that decided part of an assertion: which category it carries, where it is in the text,
 * the lexicon phrase it matched, and whether it reached the mention forward (trigger before the
 * mention) or backward (a post-trigger such as "... was ruled out").
 */
public record Cue(Assertion category, Span span, String phrase, boolean backward) {
}

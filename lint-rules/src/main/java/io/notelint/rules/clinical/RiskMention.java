package io.notelint.rules.clinical;

import io.notelint.core.text.Span;

/**
 * A mention of current risk in a note: where it stands, the words, and what kind of risk it names.
 *
 * @param kind "suicidal", "self-harm" or "homicidal" (the second column of risk-mentions.tsv)
 */
record RiskMention(Span span, String term, String kind) {
}

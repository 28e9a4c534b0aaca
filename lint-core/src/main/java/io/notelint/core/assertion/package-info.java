/**
 * Assertion status of a mention: whether a term in a sentence is affirmed, negated, hypothetical,
 * historical or about another person (a NegEx-style classifier with syntactic scope), so rules do not
 * flag "denies suicidal ideation" as risk.
 */
package io.notelint.core.assertion;

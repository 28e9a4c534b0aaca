package io.notelint.core.schema;

/**
 * One way a document breaks its contract: the key path where (as the readers write it, e.g.
 * {@code rules[2].terms[0]}; empty for the document itself) and the problem in plain words. Never
 * quotes the document's values, so it is safe for notes too.
 */
public record Violation(String path, String problem) {
}

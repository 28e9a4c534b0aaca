/**
 * The published data contract (the JSON Schemas of {@code docs/schema/}, shipped on the class path) as
 * the run-time gate of every configuration input: each document is validated against its schema before
 * a reader binds it. Depends on nothing else of NoteLint.
 */
package io.notelint.core.schema;

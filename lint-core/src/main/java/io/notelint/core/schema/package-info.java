/**
 * The published data contract (the JSON Schemas of {@code docs/schema/}, shipped on the class path) as
 * the run-time gate of every configuration input: each document is validated against its schema before
 * a reader binds it. Depends only on {@code io.notelint.core.text} (for did-you-mean hints).
 */
package io.notelint.core.schema;

/**
 * Text positions: spans, line and column lookup, and "did you mean" hints.
 */
package io.notelint.core.text;

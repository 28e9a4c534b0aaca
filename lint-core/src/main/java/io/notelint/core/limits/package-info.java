/**
 * Limits every note is held to (size, nesting, history) and the per-note time budget.
 */
package io.notelint.core.limits;

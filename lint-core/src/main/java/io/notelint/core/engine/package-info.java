/**
 * The engine: {@link io.notelint.core.engine.Linter} (built once, shared by threads) and its {@link
 * io.notelint.core.engine.LintResult}s.
 */
package io.notelint.core.engine;

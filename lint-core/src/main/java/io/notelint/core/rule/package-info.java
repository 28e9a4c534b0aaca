/**
 * The rule SPI: {@link io.notelint.core.rule.Rule}, its metadata ({@link
 * io.notelint.core.rule.RuleMeta}: id, category, severity, examples), and the {@link
 * io.notelint.core.rule.Finding}s it reports.
 */
package io.notelint.core.rule;

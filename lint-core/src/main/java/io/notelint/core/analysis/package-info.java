/**
 * The analysis a note gets once, before any rule runs: sections, sentences, tokens and part-of-speech
 * tags, and normalised text; rules read it through {@link io.notelint.core.analysis.AnalyzedNote}.
 */
package io.notelint.core.analysis;

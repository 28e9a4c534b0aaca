/**
 * Phrase lexicons read from resource files: the words and phrases rules look for, kept as data rather
 * than Java literals.
 */
package io.notelint.core.lexicon;

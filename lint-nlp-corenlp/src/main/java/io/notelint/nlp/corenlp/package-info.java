/**
 * An optional NLP backend on Stanford CoreNLP (GPL-3.0-or-later), chosen with {@code nlp: corenlp}.
 */
package io.notelint.nlp.corenlp;

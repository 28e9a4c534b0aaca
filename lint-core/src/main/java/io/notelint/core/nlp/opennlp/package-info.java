/**
 * The default NLP backend, on Apache OpenNLP's English models.
 */
package io.notelint.core.nlp.opennlp;

/**
 * The default NLP backend, on Apache OpenNLP's English models.
 */
package io.notelint.nlp.opennlp;

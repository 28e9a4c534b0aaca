/**
 * Reading notes: JSON Lines, JSON documents, CSV and plain-text files (gzipped or not), directories
 * and standard input, as one stream of records where a bad record becomes an error result and the
 * batch goes on.
 */
package io.notelint.io;

/**
 * Report writers: text, JSON, JSON Lines, CSV, SARIF 2.1.0 and a self-contained HTML page.
 */
package io.notelint.output;

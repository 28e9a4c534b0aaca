/**
 * Built-in rules on clinical content and the record: risk, medication and diagnosis changes, session
 * times and codes, signatures.
 */
package io.notelint.rules.clinical;

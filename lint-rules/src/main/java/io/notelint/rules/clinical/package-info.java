/**
 * Built-in rules on clinical content: risk, medication and diagnosis changes, and the session record's
 * times, codes and signature checked against each other (inconsistency).
 */
package io.notelint.rules.clinical;

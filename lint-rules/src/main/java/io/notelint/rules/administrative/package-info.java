/**
 * Built-in rules of the administrative category: the record elements a payer or auditor asks for
 * (date of service, session times for timed codes, a complete and timely signature, readable values).
 * They read the session record through {@code io.notelint.rules.clinical.SessionRecord}.
 */
package io.notelint.rules.administrative;

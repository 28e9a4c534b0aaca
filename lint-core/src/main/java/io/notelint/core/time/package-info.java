/**
 * Time expressions in note text ("next Tuesday", "in two weeks", "3:00-3:50 pm"), for rules about
 * follow-up and session times.
 */
package io.notelint.core.time;

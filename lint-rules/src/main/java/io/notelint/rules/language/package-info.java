/**
 * Built-in rules on wording: vague status, hedged assessments, stigmatizing and judgmental language.
 */
package io.notelint.rules.language;

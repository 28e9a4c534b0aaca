/**
 * Built-in rules on a note's structure: missing sections and plans, plan quality, cloned content, the
 * thread to the treatment plan.
 */
package io.notelint.rules.structure;

/**
 * Declarative rules: rules written as YAML or JSON data (words to flag, required sections, conditions
 * on fields), loaded from files or class-path packs and run like Java rules.
 */
package io.notelint.declarative;

/**
 * Reading NoteLint's own files: YAML and JSON trees that keep each key's line and column
 * ({@link io.notelint.core.files.LocatedTree}), the YAML files of a class-path folder, and I/O problems in
 * plain words ({@link io.notelint.core.files.IoProblem}). Config, rule files and rubrics read through it.
 */
package io.notelint.core.files;

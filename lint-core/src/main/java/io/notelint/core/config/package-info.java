/**
 * Configuration: the config file format (YAML or JSON), profiles, and per-rule settings, with errors
 * that name file, line, column and key.
 */
package io.notelint.core.config;

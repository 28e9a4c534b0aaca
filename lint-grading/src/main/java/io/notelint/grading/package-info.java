/**
 * Grading student notes against a rubric: every lost point explained, the same note always the same
 * score; feedback pages and class reports.
 */
package io.notelint.grading;

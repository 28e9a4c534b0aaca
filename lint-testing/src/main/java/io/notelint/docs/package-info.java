/**
 * Rule documentation generated from the rules' own metadata, so the pages always match the code.
 */
package io.notelint.docs;

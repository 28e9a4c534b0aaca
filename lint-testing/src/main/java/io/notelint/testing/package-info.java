/**
 * Testing rules: {@link io.notelint.testing.RuleTester} runs a rule on its own examples and on
 * cases of yours, strictly (spans must match).
 */
package io.notelint.testing;

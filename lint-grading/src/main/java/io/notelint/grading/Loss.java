package io.notelint.grading;

/**
 * Points one deduction took from a criterion: {@code findings} x {@code pointsEach}, limited by the
 * deduction's cap ({@code capped} says the cap applied).
 *
 * @param target the category or rule id that was counted
 */
public record Loss(String target, int findings, int pointsEach, int lost, boolean capped) {
}

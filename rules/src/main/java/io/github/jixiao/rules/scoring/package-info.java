/**
 * Scoring models for project self-evaluation forms (项目支出绩效自评表): compute the 100-point score and the grade
 * reproducibly, and explain every point.
 *
 * <p>Start with {@link io.github.jixiao.rules.scoring.ScoringModels#national()} and a
 * {@link io.github.jixiao.rules.scoring.ScoringProfile}:
 * <pre>{@code
 * ScoreCard card = ScoringModels.national().score(project, ScoringProfile.national());
 * card.total();   // 96.08
 * card.grade();   // EXCELLENT
 * for (ScoreItem item : card.items()) {
 *   System.out.println(item.path() + " " + item.weight() + " " + item.strategy() + " " + item.points());
 * }
 * }</pre>
 *
 * <p>Conventions: amounts, rates, weights and points are {@link java.math.BigDecimal}; points are kept unrounded
 * ({@link java.math.MathContext#DECIMAL64}, 16 significant digits) until the total, which is rounded once, to the profile's scale with
 * the profile's rounding mode (2 decimals, half-up by default). Every item names the evidence tags of the choices
 * behind it ([V] verified, [R] recalled, [P] practice, [I] inferred).
 */
@NullMarked
package io.github.jixiao.rules.scoring;

import org.jspecify.annotations.NullMarked;

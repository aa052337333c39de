/**
 * The jixiao model of budget performance self-evaluation forms (预算绩效自评表).
 *
 * <p>Two form families are modelled: the department-wide form {@link io.github.jixiao.core.DepartmentSelfEvaluation}
 * (部门整体支出绩效自评表) and the project form {@link io.github.jixiao.core.ProjectSelfEvaluation}
 * (项目支出绩效自评表). Every type is immutable; records come with generated builders
 * ({@code new DepartmentFundsBuilder()…build()}).
 *
 * <p>Conventions used throughout the package:
 * <ul>
 *   <li>Everything is non-null unless annotated {@link org.jspecify.annotations.Nullable @Nullable}; a
 *       {@code null} component means "not printed on the form". Missing is never turned into zero.</li>
 *   <li>Lists are never null; they are copied defensively and unmodifiable.</li>
 *   <li>Numbers keep the precision they were printed with: {@code Amount.parse("11.6")} has scale 1 and is not
 *       {@code equals} to {@code 11.60}; use {@code isEqual} for numeric comparison.</li>
 *   <li>Nothing in this package rounds. Rounding is explicit and happens where the rules document it.</li>
 * </ul>
 */
@NullMarked
@Value.Style(allowedClasspathAnnotations = Override.class)
package io.github.jixiao.core;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

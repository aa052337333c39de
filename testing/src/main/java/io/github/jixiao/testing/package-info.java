/**
 * Test support for code that uses jixiao: real published forms ({@link io.github.jixiao.testing.SampleForms}),
 * seeded generators of well-formed forms ({@link io.github.jixiao.testing.FormGenerators}) and of forms with one
 * chosen anomaly ({@link io.github.jixiao.testing.Anomaly}), and a small property-test runner
 * ({@link io.github.jixiao.testing.ForAll}) that reports the failing seed and a shrunk failing form as JSON
 * ({@link io.github.jixiao.testing.ModelJson}).
 *
 * <p>Generators are plain functions from a {@link java.util.random.RandomGenerator} to a form, usable from any test
 * framework; the same seed gives the same form. Nothing here depends on a test framework.
 */
@NullMarked
package io.github.jixiao.testing;

import org.jspecify.annotations.NullMarked;

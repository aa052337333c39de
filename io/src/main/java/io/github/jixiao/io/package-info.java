/**
 * Reading self-evaluation forms as governments publish them, and a lossless JSON form of the model.
 *
 * <p>Two front doors:
 * <ul>
 *   <li>{@link io.github.jixiao.io.FormReader} reads published text (tab-separated, {@code |}-separated, one cell per
 *       line or paragraph, whitespace-flattened, OCR) and HTML pages or fragments into a
 *       {@link io.github.jixiao.io.ReadResult}: the form, the content it could not map (with positions) and warnings
 *       (with line and column). It throws {@link io.github.jixiao.io.FormReadException} only when nothing usable is
 *       found.</li>
 *   <li>{@link io.github.jixiao.io.FormJson} writes every model type as JSON and reads it back exactly (decimal
 *       scale kept), rejecting unknown fields unless asked not to. The JSON Schema of the document is
 *       {@link io.github.jixiao.io.FormJson#schema()}.</li>
 * </ul>
 *
 * <p>Both honour the same {@link io.github.jixiao.io.ReaderLimits}.
 */
@NullMarked
package io.github.jixiao.io;

import org.jspecify.annotations.NullMarked;

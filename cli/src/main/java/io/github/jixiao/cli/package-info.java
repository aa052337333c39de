/**
 * The auditor's command line ({@code java -jar jixiao.jar}): {@code audit}, {@code score} and {@code convert}
 * published self-evaluation forms (text, HTML or JSON). The entry point is {@link io.github.jixiao.cli.Jixiao}; the
 * rest of the package is internal.
 */
@NullMarked
package io.github.jixiao.cli;

import org.jspecify.annotations.NullMarked;

/**
 * The benchmarks of issue 8: plain-Java measurements (warm-up, then many interleaved iterations,
 * median and p95) of the grid page, the dashboard and the parser against baselines measured in the
 * same run, the start-up of the packaged jar with and without a JDK AOT cache, and concurrent
 * dashboard sessions: real Vaadin UIs opened over HTTP against the packaged jar ({@code UiSession},
 * {@code ConcurrentSessions}). They run only with {@code ./mvnw -Pbench verify} (classes named
 * {@code *Benchmark}), never in the normal test run, and write {@code docs/benchmarks.md}.
 */
package org.tsag.tracker.bench;

package org.tsag.tracker.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures two tasks side by side: after a warm-up, the iterations alternate between the task and
 * its baseline, so that noise from the (shared, busy) machine hits both alike.
 */
final class Timing {

    record Stats(double medianMs, double p95Ms, int samples) {
    }

    record Pair(Stats task, Stats baseline) {
        double ratio() {
            return task.medianMs() / baseline.medianMs();
        }
    }

    private Timing() {
    }

    static int iterations() {
        return Integer.getInteger("bench.iterations", 100);
    }

    static int warmup() {
        return Integer.getInteger("bench.warmup", 20);
    }

    /** Stops early after {@code budgetMillis}, but never with fewer than 20 samples. */
    static Pair pair(Runnable task, Runnable baseline, long budgetMillis) {
        for (int i = 0; i < warmup(); i++) {
            task.run();
            baseline.run();
        }
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        long deadline = System.nanoTime() + budgetMillis * 1_000_000;
        for (int i = 0; i < iterations(); i++) {
            a.add(time(task));
            b.add(time(baseline));
            if (i >= 20 && System.nanoTime() > deadline) {
                break;
            }
        }
        return new Pair(stats(a), stats(b));
    }

    static Stats single(Runnable task, int warmup, int iterations) {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            samples.add(time(task));
        }
        return stats(samples);
    }

    private static long time(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }

    static Stats stats(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Stats(percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6, sorted.length);
    }

    /** Nearest-rank percentile. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

package org.tsag.tracker.live;

import java.util.function.Supplier;

/**
 * Captures the context of the thread that asks for a value (the signed-in user), so that a
 * {@link LiveCache} can build the value again later, on another thread, as that caller.
 */
@FunctionalInterface
public interface CallerContext {

    /** Runs work as a captured caller. */
    interface Caller {

        /** Runs without any context of its own (tests, benchmarks). */
        Caller DIRECT = new Caller() {
            @Override
            public <V> V call(Supplier<V> work) {
                return work.get();
            }
        };

        /** {@code work}'s result, computed on this thread with the captured caller's context. */
        <V> V call(Supplier<V> work);
    }

    /** For values that depend on no caller (tests, benchmarks). */
    CallerContext NONE = () -> Caller.DIRECT;

    /** The caller of the current thread, to run work as later on any thread. */
    Caller capture();
}

package org.tsag.tracker.live;

import java.util.function.Supplier;

/**
 * Binds a computation to the context of the thread that asks for it (the signed-in user), so that a
 * {@link LiveCache} can run it again later, on another thread, as that caller.
 */
public interface CallerContext {

    /** For computations that depend on no caller (tests, benchmarks). */
    CallerContext NONE = new CallerContext() {
        @Override
        public <V> Supplier<V> bind(Supplier<V> computation) {
            return computation;
        }
    };

    /** {@code computation}, to run later on any thread with the context of the calling thread now. */
    <V> Supplier<V> bind(Supplier<V> computation);
}

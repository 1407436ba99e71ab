package org.tsag.tracker.live;

/** A subscription to the {@link ChangeBroadcaster}; removing it twice is harmless. */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    void remove();

    @Override
    default void close() {
        remove();
    }
}

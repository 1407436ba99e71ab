package org.tsag.tracker.live;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Makes {@link LiveCache}s that follow this node's {@link ChangeBroadcaster} and {@link ChangeListener}. */
@Component
public class LiveCaches {

    private final ChangeBroadcaster broadcaster;
    private final ObjectProvider<ChangeListener> listener;

    LiveCaches(ChangeBroadcaster broadcaster, ObjectProvider<ChangeListener> listener) {
        this.broadcaster = broadcaster;
        this.listener = listener;
    }

    /** A cache of at most {@code maxEntries} keys, active while the node listens for changes. */
    public <K, V> LiveCache<K, V> create(int maxEntries) {
        return new LiveCache<>(broadcaster::generation, this::listening, maxEntries);
    }

    private boolean listening() {
        ChangeListener current = listener.getIfAvailable();
        return current != null && current.state() == ChangeListener.State.LISTENING;
    }
}

package org.tsag.tracker.live;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What this node computed from the database, kept until the next change this node hears of: one
 * dashboard for every open screen instead of one query run per screen. An entry belongs to the
 * {@linkplain ChangeBroadcaster#generation() generation} in which it was started; any change
 * published after that makes it stale, including one committed while it was being computed.
 * Concurrent callers of a key wait for one computation instead of starting their own.
 * <p>
 * While the node does not listen for changes (live updates off, or the listening connection lost)
 * nothing is cached: every call computes. The cache holds at most {@code maxEntries} keys; when full
 * it starts over. Values must be immutable: every caller gets the same instance.
 *
 * @param <K> the key: everything the value depends on (the caller's visibility, the day, filters)
 * @param <V> the value
 */
public final class LiveCache<K, V> {

    private record Entry<V>(long generation, CompletableFuture<V> value) {
    }

    private final LongSupplier generation;
    private final BooleanSupplier listening;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /**
     * @param generation the broadcaster's {@link ChangeBroadcaster#generation()}
     * @param listening  whether changes committed now will reach the broadcaster (the listener is connected)
     */
    public LiveCache(LongSupplier generation, BooleanSupplier listening, int maxEntries) {
        this.generation = generation;
        this.listening = listening;
        this.maxEntries = maxEntries;
    }

    /** The value of {@code key}: the cached one if no change was heard of since it was started, else a new one. */
    public V get(K key, Supplier<V> compute) {
        Objects.requireNonNull(key);
        if (!listening.getAsBoolean()) {
            return compute.get();
        }
        long now = generation.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry == null || entry.generation() != now) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            Entry<V> mine = new Entry<>(now, new CompletableFuture<>());
            entry = entries.compute(key, (k, old) -> old != null && old.generation() == now ? old : mine);
            if (entry == mine) {
                try {
                    mine.value().complete(compute.get());
                } catch (RuntimeException | Error e) {
                    entries.remove(key, mine);
                    mine.value().completeExceptionally(e);
                    throw e;
                }
            }
        }
        try {
            return entry.value().join();
        } catch (CompletionException e) {
            // another caller's computation failed: compute for this caller without the cache
            return compute.get();
        }
    }

    /** How many keys are held now (tests). */
    public int size() {
        return entries.size();
    }
}

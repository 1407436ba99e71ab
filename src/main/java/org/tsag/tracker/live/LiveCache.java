package org.tsag.tracker.live;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
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
 * <b>Built ahead.</b> When a change is about to reach the open screens, {@link #refresh(Executor)}
 * starts the new value of every key that a screen read since its last computation, all at once on
 * the given executor, instead of leaving each to the first screen that asks, one after the other.
 * The computation runs again as the caller that first asked for the key ({@link CallerContext}):
 * the key holds everything the value depends on, the caller's visibility included, so the value is
 * the one that caller would get now. A screen that asks for a key whose new value has not started
 * yet computes it itself, so that nobody waits for a queued task. Keys that no screen read in a
 * whole generation are dropped, not built again.
 * <p>
 * While the node does not listen for changes (live updates off, or the listening connection lost)
 * nothing is cached: every call computes. The cache holds at most {@code maxEntries} keys; when full
 * it starts over. Values must be immutable: every caller gets the same instance.
 *
 * @param <K> the key: everything the value depends on (the caller's visibility, the day, filters)
 * @param <V> the value
 */
public final class LiveCache<K, V> {

    /** One computation of a key's value; whoever {@linkplain #run() claims} it first runs it. */
    private static final class Entry<V> {

        private final long generation;
        /** The computation as the caller gave it. */
        private final Supplier<V> compute;
        /** Brings the previous value up to date with a change set, where it can; null: compute again. */
        private final BiFunction<V, ChangeSet, Optional<V>> update;
        /** The first caller, as whom a builder thread computes or updates. */
        private final CallerContext.Caller caller;
        private final CompletableFuture<V> value = new CompletableFuture<>();
        private final AtomicBoolean claimed = new AtomicBoolean();
        /** Whether a screen read the value; an entry nobody read is not built again after a change. */
        private volatile boolean used;

        private Entry(long generation, Supplier<V> compute, BiFunction<V, ChangeSet, Optional<V>> update,
                      CallerContext.Caller caller, boolean used) {
            this.generation = generation;
            this.compute = compute;
            this.update = update;
            this.caller = caller;
            this.used = used;
        }

        /** The entry of the next generation, its value still to build. */
        private Entry<V> next(long generation) {
            return new Entry<>(generation, compute, update, caller, false);
        }

        /** This entry's value if its computation finished without failing. */
        private Optional<V> done() {
            return value.isDone() && !value.isCompletedExceptionally() ? Optional.of(value.join()) : Optional.empty();
        }

        /** Computes the value with {@code computation} unless someone else has started; true if this call computed it. */
        private boolean run(Supplier<V> computation) {
            if (!claimed.compareAndSet(false, true)) {
                return false;
            }
            try {
                value.complete(computation.get());
            } catch (RuntimeException | Error e) {
                value.completeExceptionally(e);
            }
            return true;
        }
    }

    private final LongSupplier generation;
    private final BooleanSupplier listening;
    private final CallerContext callers;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /** A cache whose computations need no caller context (tests, benchmarks). */
    public LiveCache(LongSupplier generation, BooleanSupplier listening, int maxEntries) {
        this(generation, listening, CallerContext.NONE, maxEntries);
    }

    /**
     * @param generation the broadcaster's {@link ChangeBroadcaster#generation()}
     * @param listening  whether changes committed now will reach the broadcaster (the listener is connected)
     * @param callers    binds a computation to its caller, so that it can run again ahead of the screens
     */
    public LiveCache(LongSupplier generation, BooleanSupplier listening, CallerContext callers, int maxEntries) {
        this.generation = generation;
        this.listening = listening;
        this.callers = callers;
        this.maxEntries = maxEntries;
    }

    /** The value of {@code key}: the cached one if no change was heard of since it was started, else a new one. */
    public V get(K key, Supplier<V> compute) {
        return get(key, compute, null);
    }

    /**
     * As {@link #get(Object, Supplier)}; after a change, the value is built ahead with {@code update}
     * from the previous value and the change set when it gives one (it reads only what the change
     * touched), else with {@code compute}. {@code update} must give exactly what {@code compute}
     * would give now, or nothing.
     */
    public V get(K key, Supplier<V> compute, BiFunction<V, ChangeSet, Optional<V>> update) {
        Objects.requireNonNull(key);
        if (!listening.getAsBoolean()) {
            return compute.get();
        }
        long now = generation.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry == null || entry.generation != now) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            Entry<V> mine = new Entry<>(now, compute, update, callers.capture(), true);
            entry = entries.compute(key, (k, old) -> old != null && old.generation == now ? old : mine);
        }
        entry.used = true;
        boolean computedHere = entry.run(entry.compute);
        try {
            return entry.value.join();
        } catch (CompletionException e) {
            entries.remove(key, entry);
            if (computedHere && e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (computedHere && e.getCause() instanceof Error failure) {
                throw failure;
            }
            // another computation failed: compute for this caller without the cache
            return compute.get();
        }
    }

    /**
     * Starts, on {@code executor}, the new value of every key read since its last computation, now
     * that {@code changes} were heard of; drops the stale keys that nobody read. Returns at once. A
     * computation the executor refuses is left to the first screen that asks.
     * <p>
     * A value is updated from its predecessor only when that one was built in the generation just
     * before: then {@code changes} are exactly what it has not seen. (Every batch refreshes or drops
     * every stale entry, so an entry that survives to the next batch missed no batch in between.)
     */
    public void refresh(Executor executor, ChangeSet changes) {
        if (!listening.getAsBoolean()) {
            entries.clear();
            return;
        }
        long now = generation.getAsLong();
        for (Map.Entry<K, Entry<V>> e : entries.entrySet()) {
            Entry<V> old = e.getValue();
            if (old.generation == now) {
                continue;
            }
            if (!old.used) {
                entries.remove(e.getKey(), old);
                continue;
            }
            Entry<V> next = old.next(now);
            Optional<V> previous = old.update == null ? Optional.empty() : old.done();
            Supplier<V> build = previous.isEmpty() ? old.compute
                    : () -> old.update.apply(previous.get(), changes).orElseGet(old.compute);
            if (entries.replace(e.getKey(), old, next)) {
                try {
                    executor.execute(() -> next.run(() -> next.caller.call(build)));
                } catch (RejectedExecutionException stopped) {
                    return;
                }
            }
        }
    }

    /** How many keys are held now (tests). */
    public int size() {
        return entries.size();
    }
}

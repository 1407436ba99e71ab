package org.tsag.tracker.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Hands the changes this node hears of to every subscriber of this JVM (the open screens).
 * Changes are coalesced, and the first after a quiet spell is not held back: it is delivered
 * {@value #GATHER_MILLIS} ms after it arrives (the notifications of one transaction arrive together,
 * so a bulk update of 300 items still refreshes each screen once), and later ones at most once per
 * window of {@code tracker.live.coalesce} (150 ms by default), each batch as one {@link ChangeSet}.
 * So a lone change waits {@value #GATHER_MILLIS} ms instead of a whole window, a stream of changes
 * refreshes each screen at most once per window, and no screen waits longer than the window.
 * Before a batch reaches the subscribers, the {@linkplain #beforeDelivery hooks} run (the caches
 * start building what the screens will ask for). Thread-safe; subscribers are called on a small pool
 * of delivery threads, never on the publisher's.
 */
@Component
public class ChangeBroadcaster implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcaster.class);
    private static final int DELIVERY_THREADS = 4;
    /** How long the first change after a quiet spell waits for the rest of its transaction. */
    static final long GATHER_MILLIS = 20;

    private final Duration window;
    private final List<Consumer<ChangeSet>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ChangeSet>> beforeDelivery = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer;
    private final ExecutorService delivery;
    private final Object lock = new Object();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private List<Change> pending = new ArrayList<>();
    private boolean flushScheduled;
    /** When the last batch was delivered ({@code System.nanoTime()}); guarded by {@code lock}. */
    private long lastFlush = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

    @Autowired
    ChangeBroadcaster(LiveProperties properties) {
        this(properties.coalesce());
    }

    /** A broadcaster of its own, with its own threads (tests, benchmarks); {@link #destroy()} stops them. */
    public ChangeBroadcaster(Duration window) {
        this.window = window.isNegative() ? Duration.ZERO : window;
        this.timer = Executors.newSingleThreadScheduledExecutor(daemons("tracker-live-coalesce"));
        this.delivery = Executors.newFixedThreadPool(DELIVERY_THREADS, daemons("tracker-live-deliver"));
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Subscribes {@code listener} until the returned registration is removed. */
    public Registration register(Consumer<ChangeSet> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Runs {@code hook} on the broadcaster's thread before each batch goes to the subscribers; it must return quickly. */
    public void beforeDelivery(Consumer<ChangeSet> hook) {
        beforeDelivery.add(hook);
    }

    /** How many subscribers there are now (open screens of this node). */
    public int subscribers() {
        return listeners.size();
    }

    /**
     * How many changes this node has heard of since it started. It grows the moment a change is
     * published, before the change is delivered to anybody, so that a {@link LiveCache} entry built
     * before the change is never handed to a screen that refreshes because of it.
     */
    public long generation() {
        return generation.get();
    }

    /**
     * Queues a change for the next batch: in {@value #GATHER_MILLIS} ms if no batch went out in the
     * last window, else when the window since the last batch ends.
     */
    public void publish(Change change) {
        generation.incrementAndGet();
        long delay;
        synchronized (lock) {
            pending.add(change);
            if (flushScheduled) {
                return;
            }
            flushScheduled = true;
            long gather = TimeUnit.MILLISECONDS.toNanos(GATHER_MILLIS);
            delay = Math.max(Math.min(gather, window.toNanos()), lastFlush + window.toNanos() - System.nanoTime());
        }
        try {
            timer.schedule(this::flush, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopped) {
            log.debug("Change dropped, the broadcaster is stopped: {}", change);
        }
    }

    private void flush() {
        List<Change> batch;
        synchronized (lock) {
            batch = pending;
            pending = new ArrayList<>();
            flushScheduled = false;
            lastFlush = System.nanoTime();
        }
        if (batch.isEmpty()) {
            return;
        }
        ChangeSet changes = ChangeSet.of(batch);
        for (Consumer<ChangeSet> hook : beforeDelivery) {
            try {
                hook.accept(changes);
            } catch (RuntimeException e) {
                log.warn("A hook before the delivery of {} failed", changes, e);
            }
        }
        log.debug("Delivering {} to {} subscribers", changes, listeners.size());
        for (Consumer<ChangeSet> listener : listeners) {
            try {
                delivery.execute(() -> deliver(listener, changes));
            } catch (RejectedExecutionException stopped) {
                return;
            }
        }
    }

    private static void deliver(Consumer<ChangeSet> listener, ChangeSet changes) {
        try {
            listener.accept(changes);
        } catch (RuntimeException e) {
            // one broken screen must not keep the others from their update
            log.warn("A subscriber failed on {}", changes, e);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        delivery.shutdownNow();
    }
}

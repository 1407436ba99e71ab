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
 * Changes are coalesced: the first one opens a window of {@code tracker.live.coalesce} (150 ms by
 * default) and everything that arrives in it is delivered as one {@link ChangeSet}, so that a bulk
 * update of 300 items refreshes each screen once, and no screen waits longer than the window.
 * Thread-safe; subscribers are called on a small pool of delivery threads, never on the publisher's.
 */
@Component
public class ChangeBroadcaster implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcaster.class);
    private static final int DELIVERY_THREADS = 4;

    private final Duration window;
    private final List<Consumer<ChangeSet>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer;
    private final ExecutorService delivery;
    private final Object lock = new Object();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private List<Change> pending = new ArrayList<>();
    private boolean flushScheduled;

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

    /** Queues a change for the current window, opening one if none is open. */
    public void publish(Change change) {
        generation.incrementAndGet();
        synchronized (lock) {
            pending.add(change);
            if (flushScheduled) {
                return;
            }
            flushScheduled = true;
        }
        try {
            timer.schedule(this::flush, window.toNanos(), TimeUnit.NANOSECONDS);
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
        }
        if (batch.isEmpty()) {
            return;
        }
        ChangeSet changes = ChangeSet.of(batch);
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

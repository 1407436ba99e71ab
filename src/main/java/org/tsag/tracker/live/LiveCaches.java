package org.tsag.tracker.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Makes {@link LiveCache}s that follow this node's {@link ChangeBroadcaster} and {@link ChangeListener},
 * and builds their values ahead of the screens: when the broadcaster is about to deliver a change,
 * every cache starts the new values its screens will ask for, in parallel on one thread per core
 * (a dashboard per study period on screen, its "since" lists, ...), so that the last screen waits
 * for the slowest of them instead of for their sum. Each value is built again as the user who first
 * asked for it, with that user's security context (rights are checked, internal items hidden, as in
 * a request); an anonymous visitor's as anonymous.
 */
@Component
public class LiveCaches implements DisposableBean {

    /** The logger of the live-update timings: the builds ahead here, each refreshed screen in {@code live.ui.LiveUpdates}. */
    public static final String LATENCY_LOGGER = "org.tsag.tracker.live.latency";
    private static final Logger latency = LoggerFactory.getLogger(LATENCY_LOGGER);

    private final ChangeBroadcaster broadcaster;
    private final BooleanSupplier listening;
    private final Supplier<SecurityContextHolderStrategy> strategy;
    private final List<LiveCache<?, ?>> caches = new CopyOnWriteArrayList<>();
    private final ExecutorService builders;

    @Autowired
    LiveCaches(ChangeBroadcaster broadcaster, ObjectProvider<ChangeListener> listener,
               ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this(broadcaster, () -> {
            ChangeListener current = listener.getIfAvailable();
            return current != null && current.state() == ChangeListener.State.LISTENING;
        }, () -> strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    /**
     * Caches of {@code broadcaster}'s changes, outside the application context (tests);
     * {@code listening}: whether changes committed now will reach the broadcaster.
     */
    public LiveCaches(ChangeBroadcaster broadcaster, BooleanSupplier listening, Supplier<SecurityContextHolderStrategy> strategy) {
        this.broadcaster = broadcaster;
        this.listening = listening;
        this.strategy = strategy;
        AtomicInteger count = new AtomicInteger();
        this.builders = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
            Thread thread = new Thread(runnable, "tracker-live-build-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        broadcaster.beforeDelivery(this::refresh);
    }

    /** A cache of at most {@code maxEntries} keys, active while the node listens for changes. */
    public <K, V> LiveCache<K, V> create(int maxEntries) {
        LiveCache<K, V> cache = new LiveCache<>(broadcaster::generation, listening, this::capture, maxEntries);
        caches.add(cache);
        return cache;
    }

    /**
     * Starts the values every cache's screens will ask for after the change being delivered. With
     * logger {@value #LATENCY_LOGGER} at DEBUG, each build ahead writes a line with its time:
     * {@code live build ahead ms=41 waited_ms=3}.
     */
    void refresh(ChangeSet changes) {
        Executor executor = latency.isDebugEnabled() ? timed(System.nanoTime()) : builders;
        for (LiveCache<?, ?> cache : caches) {
            cache.refresh(executor, changes);
        }
    }

    private Executor timed(long queued) {
        return task -> builders.execute(() -> {
            long started = System.nanoTime();
            task.run();
            latency.debug("live build ahead ms={} waited_ms={}", (System.nanoTime() - started) / 1_000_000,
                    (started - queued) / 1_000_000);
        });
    }

    /**
     * The caller of now, to build as on a builder thread: its authentication, or anonymous. Only
     * builder threads set a context, and they clear it after each build.
     */
    private CallerContext.Caller capture() {
        Authentication caller = strategy.get().getContext().getAuthentication();
        Authentication as = caller != null ? caller : new AnonymousAuthenticationToken("live-updates", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        return new CallerContext.Caller() {
            @Override
            public <V> V call(Supplier<V> work) {
                SecurityContextHolderStrategy holder = strategy.get();
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(as);
                holder.setContext(context);
                try {
                    return work.get();
                } finally {
                    holder.clearContext();
                }
            }
        };
    }

    /** The builder threads (tests). */
    Executor builders() {
        return builders;
    }

    @Override
    public void destroy() {
        builders.shutdownNow();
    }
}

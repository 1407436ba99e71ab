package org.tsag.tracker.exchange.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.tsag.tracker.exchange.ExchangeProgress;

/**
 * Runs exports and imports off the UI thread, as the signed-in user (the services check roles
 * themselves), and brings the outcome back with {@code ui.access}. While a job runs the UI polls
 * every half second, so progress reaches the browser whether or not server push is on.
 */
@Component
class BackgroundJobs implements DisposableBean {

    static final int POLL_MILLIS = 500;
    private static final String RUNNING = "exchange-jobs-running";
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "exchange-job-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final SecurityContextHolderStrategy strategy;

    BackgroundJobs(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Work that may fail. */
    interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Starts {@code work} in the background. {@code done} or {@code failed} then runs in the UI.
     *
     * @return completes once the work has ended and its outcome is queued for the UI
     */
    <T> CompletableFuture<Void> start(UI ui, Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Authentication user = strategy.getContext().getAuthentication();
        running(ui, +1);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        executor.execute(() -> {
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(user);
            strategy.setContext(context);
            try {
                T result = work.run();
                deliver(ui, () -> done.accept(result));
            } catch (Exception e) {
                deliver(ui, () -> failed.accept(e));
            } finally {
                strategy.clearContext();
                ended.complete(null);
            }
        });
        return ended;
    }

    private void deliver(UI ui, Runnable outcome) {
        try {
            ui.access(() -> {
                running(ui, -1);
                outcome.run();
            });
        } catch (UIDetachedException e) {
            // the user left; nothing to show
        }
    }

    private static void running(UI ui, int delta) {
        Integer now = (Integer) ComponentUtil.getData(ui, RUNNING);
        int count = Math.max(0, (now == null ? 0 : now) + delta);
        ComponentUtil.setData(ui, RUNNING, count);
        ui.setPollInterval(count > 0 ? POLL_MILLIS : -1);
    }

    /** Progress that moves a bar, at most once per percent so as not to flood the UI. */
    static ExchangeProgress toBar(UI ui, ProgressBar bar) {
        AtomicInteger shown = new AtomicInteger(-1);
        return (done, total) -> {
            int percent = total <= 0 ? 0 : (int) Math.min(100, 100L * done / total);
            if (shown.getAndSet(percent) != percent) {
                try {
                    ui.access(() -> {
                        bar.setIndeterminate(false);
                        bar.setValue(percent / 100.0);
                    });
                } catch (UIDetachedException e) {
                    // the user left
                }
            }
        };
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}

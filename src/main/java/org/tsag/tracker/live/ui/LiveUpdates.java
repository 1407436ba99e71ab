package org.tsag.tracker.live.ui;

import java.time.Instant;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tsag.tracker.live.ChangeBroadcaster;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.LiveCaches;
import org.tsag.tracker.live.Registration;

/**
 * Keeps a view up to date while it is attached: it subscribes to the {@link ChangeBroadcaster} on
 * attach and unsubscribes on detach (a closed tab is detached when its heartbeats stop). Each change
 * reaches the view's refresh method inside {@code UI.access}, with the user of the view's session,
 * so that services check rights and hide internal items as in a request; Vaadin then pushes what
 * the refresh changed. An anonymous visitor of a public deployment refreshes as anonymous.
 *
 * <p>Logger {@value #LATENCY_LOGGER} at DEBUG writes one line per refreshed screen with the time
 * from the database trigger (just before the commit) to the end of the refresh, after which the
 * push is sent: {@code live push ui=3 view=DashboardView tables=[status_event] changes=1 commit_to_push_ms=41 receive_to_push_ms=38}.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    public static final String LATENCY_LOGGER = LiveCaches.LATENCY_LOGGER;

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    private static final Logger latency = LoggerFactory.getLogger(LATENCY_LOGGER);

    private final ChangeBroadcaster broadcaster;
    private final ObjectProvider<SecurityContextHolderStrategy> strategies;

    LiveUpdates(ChangeBroadcaster broadcaster, ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.broadcaster = broadcaster;
        this.strategies = strategies;
    }

    /** Calls {@code refresh} with every change set that arrives while {@code view} is attached. */
    public void keepUpdated(Component view, Consumer<ChangeSet> refresh) {
        Subscription subscription = new Subscription(view, refresh);
        view.addAttachListener(event -> subscription.subscribe(event.getUI()));
        view.addDetachListener(event -> subscription.unsubscribe());
        view.getUI().ifPresent(subscription::subscribe);
    }

    private final class Subscription {

        private final Component view;
        private final Consumer<ChangeSet> refresh;
        private Registration registration;

        Subscription(Component view, Consumer<ChangeSet> refresh) {
            this.view = view;
            this.refresh = refresh;
        }

        synchronized void subscribe(UI ui) {
            unsubscribe();
            registration = broadcaster.register(changes -> deliver(ui, changes));
        }

        synchronized void unsubscribe() {
            if (registration != null) {
                registration.remove();
                registration = null;
            }
        }

        private void deliver(UI ui, ChangeSet changes) {
            try {
                ui.access(() -> refreshAsSessionUser(ui, changes));
            } catch (UIDetachedException gone) {
                unsubscribe();
            }
        }

        private void refreshAsSessionUser(UI ui, ChangeSet changes) {
            if (!view.isAttached()) {
                return;
            }
            SecurityContextHolderStrategy strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
            // a signed-in user's context comes from the Vaadin session; an anonymous visitor has none stored
            boolean anonymous = strategy.getContext().getAuthentication() == null;
            if (anonymous) {
                SecurityContext context = strategy.createEmptyContext();
                context.setAuthentication(new AnonymousAuthenticationToken("live-updates", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
                strategy.setContext(context);
            }
            try {
                refresh.accept(changes);
            } catch (RuntimeException e) {
                log.warn("Live update of {} failed on {}", view.getClass().getSimpleName(), changes, e);
            } finally {
                if (anonymous) {
                    strategy.clearContext();
                }
            }
            if (latency.isDebugEnabled()) {
                Instant now = Instant.now();
                latency.debug("live push ui={} view={} tables={} changes={} commit_to_push_ms={} receive_to_push_ms={}",
                        ui.getUIId(), view.getClass().getSimpleName(), changes.tables(), changes.size(),
                        changes.sinceRaised(now).map(d -> String.valueOf(d.toMillis())).orElse("?"),
                        changes.sinceReceived(now).toMillis());
            }
        }
    }

    /** For tests: how many screens of this node are subscribed now. */
    public int subscribers() {
        return broadcaster.subscribers();
    }
}

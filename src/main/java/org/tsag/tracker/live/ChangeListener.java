package org.tsag.tracker.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * LISTENs to the channel {@code tracker_change} on a dedicated connection, in a daemon thread, and
 * publishes each notification to the {@link ChangeBroadcaster}. When the connection breaks (database
 * restart, failover, a terminated backend) it reconnects with a growing pause, listens again, and
 * publishes {@link Change#everything()}: what was committed in between was announced to nobody.
 * A silent connection is checked every {@value #CHECK_SECONDS} seconds, so that a dead peer is noticed too.
 */
public class ChangeListener implements SmartLifecycle {

    public static final String CHANNEL = "tracker_change";

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    private static final int POLL_MILLIS = 500;
    private static final int CHECK_SECONDS = 30;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);

    /** What the listener is doing now. */
    public enum State { STOPPED, CONNECTING, LISTENING, RECONNECTING }

    private final ListenConnection connection;
    private final ChangeBroadcaster broadcaster;
    private final Duration maxBackoff;
    private final AtomicInteger sessions = new AtomicInteger();
    private volatile State state = State.STOPPED;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile int backendPid;

    /** {@code connection} null: the database address is unknown, and the listener does nothing. */
    public ChangeListener(ListenConnection connection, ChangeBroadcaster broadcaster, Duration maxBackoff) {
        this.connection = connection;
        this.broadcaster = broadcaster;
        this.maxBackoff = maxBackoff.compareTo(FIRST_BACKOFF) < 0 ? FIRST_BACKOFF : maxBackoff;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (connection == null) {
            log.warn("Live updates: the database address is unknown (no Hikari pool, no spring.datasource.url); "
                    + "open screens will not update by themselves");
            return;
        }
        running = true;
        state = State.CONNECTING;
        Thread listener = new Thread(this::run, "tracker-live-listener");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread listener = thread;
        thread = null;
        if (listener != null) {
            listener.interrupt();
            try {
                // the poll returns within POLL_MILLIS; the thread closes its connection on the way out
                listener.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        state = State.STOPPED;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    public State state() {
        return state;
    }

    /** How many times a LISTEN session was opened (1 after the start, 2 after the first reconnect, ...). */
    public int sessions() {
        return sessions.get();
    }

    /** The server process of the listening session ({@code pg_backend_pid()}), 0 when not listening. */
    public int backendPid() {
        return backendPid;
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        Instant lostAt = null;
        while (running) {
            try (Connection session = connection.open()) {
                listen(session);
                backendPid = session.unwrap(PGConnection.class).getBackendPID();
                int opened = sessions.incrementAndGet();
                state = State.LISTENING;
                if (opened == 1) {
                    log.info("Listening for database changes on {} (channel {})", connection.describe(), CHANNEL);
                } else {
                    log.info("Listening again for database changes after {} s; open screens re-read what they show",
                            lostAt == null ? 0 : Duration.between(lostAt, Instant.now()).toSeconds());
                    // notifications of the outage went to nobody
                    broadcaster.publish(Change.everything());
                }
                lostAt = null;
                backoff = FIRST_BACKOFF;
                poll(session);
            } catch (SQLException | RuntimeException e) {
                backendPid = 0;
                if (!running) {
                    break;
                }
                if (lostAt == null) {
                    lostAt = Instant.now();
                    log.warn("No database connection for live updates ({}); trying again, first in {} ms",
                            e.getMessage(), backoff.toMillis());
                } else {
                    log.debug("Still no database connection for live updates ({}); next try in {} ms",
                            e.getMessage(), backoff.toMillis());
                }
                state = State.RECONNECTING;
                if (!pause(backoff)) {
                    break;
                }
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
        backendPid = 0;
        state = State.STOPPED;
        log.debug("Stopped listening for database changes");
    }

    private static void listen(Connection session) throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
    }

    private void poll(Connection session) throws SQLException {
        PGConnection pg = session.unwrap(PGConnection.class);
        long lastTraffic = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                Instant received = Instant.now();
                for (PGNotification notification : notifications) {
                    if (CHANNEL.equals(notification.getName())) {
                        broadcaster.publish(Change.parse(notification.getParameter(), received));
                    }
                }
                lastTraffic = System.nanoTime();
            } else if (System.nanoTime() - lastTraffic > TimeUnit.SECONDS.toNanos(CHECK_SECONDS)) {
                if (!session.isValid(5)) {
                    throw new SQLException("the listening connection does not answer");
                }
                lastTraffic = System.nanoTime();
            }
        }
    }

    private boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff);
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }
}

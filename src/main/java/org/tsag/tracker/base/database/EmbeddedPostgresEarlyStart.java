package org.tsag.tracker.base.database;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a background thread as soon as the environment is known, so
 * that the server boots while Spring parses its configuration and starts Tomcat and Vaadin,
 * instead of after them (it was 1-2 s of every start on the critical path).
 * {@link EmbeddedPostgresAutoConfiguration} then takes the running server. Only
 * {@code Application.main} adds this listener: tests and the command-line commands start the
 * server (if any) the usual way. Nothing starts when {@code spring.datasource.url} is set.
 */
public final class EmbeddedPostgresEarlyStart implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresEarlyStart.class);

    private Started started;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        switch (event) {
            case ApplicationEnvironmentPreparedEvent prepared -> start(prepared.getEnvironment());
            case ApplicationPreparedEvent prepared when started != null ->
                    prepared.getApplicationContext().getBeanFactory().registerSingleton("embeddedPostgresEarlyStart", started);
            case ApplicationFailedEvent failed when started != null -> started.closeUnlessTaken();
            default -> {
                // nothing to do
            }
        }
    }

    private void start(Environment environment) {
        if (started != null || StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || Boolean.getBoolean("spring.aot.processing")) { // the build's Spring AOT run starts no server
            return;
        }
        Path directory = Binder.get(environment).bind("tracker.data-dir", Path.class).orElse(Path.of("./data"))
                .resolve("postgres").toAbsolutePath().normalize();
        boolean fastUnsafe = Binder.get(environment).bind(EmbeddedPostgresServer.FAST_UNSAFE, Boolean.class).orElse(false);
        CompletableFuture<EmbeddedPostgresServer> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(EmbeddedPostgresServer.start(directory, fastUnsafe));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        started = new Started(directory, future);
    }

    /** The server being started, registered as a singleton for the auto-configuration to take. */
    static final class Started {

        private final Path directory;
        private final CompletableFuture<EmbeddedPostgresServer> server;
        private boolean taken;

        Started(Path directory, CompletableFuture<EmbeddedPostgresServer> server) {
            this.directory = directory;
            this.server = server;
        }

        /** The running server for {@code directory}, or empty when it was started for another one. */
        synchronized Optional<EmbeddedPostgresServer> take(Path wanted) {
            if (!directory.equals(wanted.toAbsolutePath().normalize())) {
                closeUnlessTaken();
                return Optional.empty();
            }
            taken = true;
            try {
                return Optional.of(server.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }

        synchronized void closeUnlessTaken() {
            if (taken) {
                return;
            }
            taken = true;
            try {
                server.join().close();
            } catch (Exception e) {
                log.warn("Could not stop the embedded PostgreSQL started early: {}", e.toString());
            }
        }
    }
}

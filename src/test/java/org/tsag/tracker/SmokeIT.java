package org.tsag.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        // the jar's commands: parse without a database, load the demo and import into the data folder
        Path seed = Path.of("src/test/resources/resolution/res68-citel-mod-wtsa24.txt");
        CommandResult parsed = command("resolution", "parse", seed.toString());
        assertThat(parsed.exitCode()).isZero();
        assertThat(parsed.output()).contains("\"number\" : \"68\"").contains("\"previousRevision\"");
        assertThat(command("resolution", "parse", "no-such-file.txt").exitCode()).isEqualTo(2);
        assertThat(command("demo", "load", "--tracker.data-dir=" + dataDir).exitCode()).isZero();
        Path xss = Files.writeString(Files.createTempFile("xss", ".txt"), XSS_RESOLUTION);
        CommandResult imported = command("resolution", "import", xss.toString(), "--tracker.data-dir=" + dataDir);
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(command("resolution", "import", xss.toString(), "--tracker.data-dir=" + dataDir).exitCode())
                .as("a duplicate revision is refused").isEqualTo(1);

        int port = freePort();
        String itemsBefore;
        Process first = start(port);
        try {
            waitUntilServing(port, first);
            HttpResponse<Void> css = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assets/tracker.css")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(css.statusCode()).as("our stylesheet is served to everyone, the login page included").isEqualTo(200);
            browser.get("http://localhost:" + port + "/resolutions/68");
            // without public read-only mode, an anonymous visitor is asked to sign in first
            signIn();
            browser.get("http://localhost:" + port + "/resolutions/68");
            assertThat(waitForText(By.id("resolution-heading"))).isEqualTo("RESOLUTION 68 (Rev. New Delhi, 2024)");
            assertThat(browser.getPageSource()).contains("resolves to instruct the Director of the Telecommunication Standardization Bureau");

            browser.get("http://localhost:" + port + "/");
            itemsBefore = waitForText(By.id("figure-total"));
            assertThat(itemsBefore).matches("(?s)\\d+.*");

            // imported text with markup is shown as text: nothing runs, no element is created from it
            browser.get("http://localhost:" + port + "/resolutions/977");
            waitForText(By.id("resolution-heading"));
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("<img src=x onerror=\"window.__xss=1\">")
                    .contains("<script>window.__xss=1</script>");
            Object xssRan = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.__xss === 1;");
            assertThat(xssRan).isEqualTo(false);
            assertThat(browser.findElements(By.cssSelector("img[src='x'], svg[onload]"))).isEmpty();
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
            browser.get("http://localhost:" + secondPort + "/resolutions/977");
            assertThat(waitForText(By.id("resolution-heading"))).contains("977");
            browser.get("http://localhost:" + secondPort + "/");
            // the data was kept, and the demo was not loaded a second time
            assertThat(waitForText(By.id("figure-total"))).isEqualTo(itemsBefore);
        } finally {
            second.destroy();
            if (!second.waitFor(60, TimeUnit.SECONDS)) {
                second.destroyForcibly().waitFor();
            }
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid")))
                .as("a clean stop leaves no running server behind").isFalse();
    }

    private static final String XSS_RESOLUTION = """
            RESOLUTION 977 (Geneva, 2022)
            <img src=x onerror="window.__xss=1"> and other markup
            (Geneva, 2022)
            The World Telecommunication Standardization Assembly (Geneva, 2022),
            considering
            a)\t<script>window.__xss=1</script> in a preamble item;
            resolves
            1\t<svg onload="window.__xss=1"></svg> in an operative clause.
            """;

    record CommandResult(int exitCode, String output) {
    }

    private static CommandResult command(String... args) throws Exception {
        String jar = System.getProperty("tracker.it.jar", "target/tsag-tracker.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TRACKER_ADMIN_EMAIL", ADMIN);
        builder.environment().put("TRACKER_ADMIN_PASSWORD", PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("command did not finish: " + command);
        }
        Files.writeString(logFile, output, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new CommandResult(process.exitValue(), output);
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

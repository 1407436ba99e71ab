package org.tsag.tracker.testsupport;

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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged jar with the demo data on its own embedded PostgreSQL, and Debian's headless Chromium to look at
 * it: what the real-browser tests (AccessibilityIT, KeyboardIT) share. Started as SmokeIT starts it.
 */
public final class PackagedApp implements AutoCloseable {

    public static final String ADMIN = "admin@it.example.org";
    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final String password = UUID.randomUUID().toString();
    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final Process process;
    private final WebDriver browser;

    private PackagedApp(String name) throws Exception {
        dataDir = Files.createTempDirectory("tracker-" + name);
        logFile = Path.of("target", name + "-app.log");
        Files.deleteIfExists(logFile);
        int loaded = command("demo", "load", "--tracker.data-dir=" + dataDir);
        if (loaded != 0) {
            throw new AssertionError("demo load failed (" + loaded + "); see " + logFile);
        }
        port = freePort();
        process = launch();
        waitUntilServing();
        browser = chromium();
    }

    /** Loads the demo data, starts the jar and a browser (about a minute). */
    public static PackagedApp start(String name) throws Exception {
        return new PackagedApp(name);
    }

    public WebDriver browser() {
        return browser;
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    public void windowSize(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
    }

    /** Opens a path and waits until Vaadin has nothing more to do. */
    public void open(String path) {
        browser.get(url(path));
        settle();
    }

    /** Waits until the page has loaded and no Vaadin round trip is under way. */
    public void settle() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) return !!document.querySelector('vaadin-login-form, body');
                return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());
                """)));
        try {
            Thread.sleep(150); // web components render in the next frames
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void signIn() {
        browser.get(url("login"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        var user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(ADMIN);
        var field = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        field.sendKeys(password);
        field.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        settle();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    @Override
    public void close() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,768", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private int command(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TRACKER_ADMIN_EMAIL", ADMIN);
        builder.environment().put("TRACKER_ADMIN_PASSWORD", password);
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(3, TimeUnit.MINUTES)) {
            run.destroyForcibly();
            throw new AssertionError("command did not finish: " + command);
        }
        Files.writeString(logFile, output, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return run.exitValue();
    }

    private Process launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar(),
                "--server.port=" + port, "--tracker.data-dir=" + dataDir, "--tracker.notify.enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TRACKER_ADMIN_EMAIL", ADMIN);
        builder.environment().put("TRACKER_ADMIN_PASSWORD", password);
        return builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private void waitUntilServing() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The app exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url(""))).GET().build(),
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

    private static String jar() {
        return System.getProperty("tracker.it.jar", "target/tsag-tracker.jar");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

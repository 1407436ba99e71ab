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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live updates across nodes, seen by Debian's headless Chromium: one PostgreSQL, two instances of
 * the packaged jar on it, and (when Debian's nginx is installed, as {@code .ci/run} does) nginx in
 * front of both with {@code ip_hash} stickiness and the WebSocket upgrade headers. Two browsers,
 * each a separate session: a status change recorded in one appears in the other without a reload,
 * on another node and on the same node.
 *
 * <p>Cookies belong to a host name whatever the port, so each browser only ever talks to one
 * server per host name: node A is {@code localhost}, node B and nginx are {@code 127.0.0.1}.
 */
class LiveUpdatesIT {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final String ADMIN = "admin@live-it.example.org";
    private static final String PASSWORD = java.util.UUID.randomUUID().toString();
    private static final Path LOGS = Path.of("target", "live-it");

    private static EmbeddedPostgres postgres;
    private static String jdbcUrl;
    private static Process nodeA;
    private static Process nodeB;
    private static int portA;
    private static int portB;
    private static Process nginx;
    private static Path nginxDir;
    private static int nginxPort;
    private static WebDriver viewer;
    private static WebDriver editor;
    private static final List<Path> TEMPORARY = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(LOGS);
        postgres = EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("fsync", "off")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE tracker");
        }
        jdbcUrl = postgres.getJdbcUrl("postgres", "tracker");
        // the schema, the demo data and the first admin, through the jar's own command
        Process load = jar(List.of("demo", "load"), LOGS.resolve("demo-load.log"));
        assertThat(load.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(load.exitValue()).as("demo load, see " + LOGS).isZero();

        portA = freePort();
        portB = freePort();
        nodeA = node(portA, "node-a.log");
        nodeB = node(portB, "node-b.log");
        waitUntilServing("localhost", portA, nodeA);
        waitUntilServing("127.0.0.1", portB, nodeB);
        if (new File("/usr/sbin/nginx").canExecute()) {
            startNginx();
        }
        viewer = browser();
        editor = browser();
    }

    @AfterAll
    static void stop() throws Exception {
        for (WebDriver browser : new WebDriver[] {viewer, editor}) {
            if (browser != null) {
                browser.quit();
            }
        }
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        for (Process node : new Process[] {nodeA, nodeB}) {
            if (node != null) {
                node.destroy();
                if (!node.waitFor(60, TimeUnit.SECONDS)) {
                    node.destroyForcibly().waitFor();
                }
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        for (Path folder : TEMPORARY) {
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static Path temporary(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        TEMPORARY.add(folder);
        return folder;
    }

    @Test
    void a_status_change_made_through_node_a_appears_on_a_dashboard_connected_to_node_b() throws Exception {
        // the viewer: anonymous (public read-only mode), through nginx when there is one
        String viewerBase;
        String editorBase;
        if (nginx != null) {
            viewerBase = "http://127.0.0.1:" + nginxPort;
            // ip_hash sends every 127.0.0.x client to the same node; the editor goes straight to the other one
            String upstream = upstreamBehindNginx();
            editorBase = upstream.endsWith(":" + portA) ? "http://127.0.0.1:" + portB : "http://localhost:" + portA;
        } else {
            viewerBase = "http://127.0.0.1:" + portB;
            editorBase = "http://localhost:" + portA;
        }
        String[] item = openItems().getFirst();

        viewer.get(viewerBase + "/?period=all");
        long completed = Long.parseLong(figure(viewer, "figure-completed"));
        markPage(viewer);

        signIn(editor, editorBase);
        Instant submitted = reportCompleted(editor, editorBase, item);

        new WebDriverWait(viewer, LIVE).ignoring(StaleElementReferenceException.class)
                .until(d -> !figure(d, "figure-completed").equals(String.valueOf(completed)));
        Duration seen = Duration.between(submitted, Instant.now());
        assertThat(figure(viewer, "figure-completed")).isEqualTo(String.valueOf(completed + 1));
        assertThat(pageWasNotReloaded(viewer)).isTrue();
        System.out.printf("live update across nodes (%s -> %s): seen %d ms after the click%n",
                editorBase, viewerBase, seen.toMillis());
        if (nginx != null) {
            // nginx logs a request when it ends: leave the page to close the WebSocket
            viewer.get("about:blank");
            Path log = nginxDir.resolve("access.log");
            new WebDriverWait(viewer, Duration.ofSeconds(10)).until(d -> read(log).contains("\" 101 "));
            assertThat(read(log)).as("the push connection is a WebSocket through nginx (101 Switching Protocols)")
                    .containsPattern("GET /VAADIN/push\\S*X-Atmosphere-Transport=websocket\\S* HTTP/1.1\" 101");
        }
    }

    @Test
    void a_status_change_in_one_browser_appears_in_another_on_the_same_node() throws Exception {
        String base = "http://localhost:" + portA;
        String[] item = openItems().get(1);
        signIn(viewer, base);
        signIn(editor, base);

        viewer.get(base + "/meeting/phone");
        By card = By.xpath("//div[@id='meeting-phone-plan-" + item[0] + "']//div[contains(@class,'meeting-phone-item')]"
                + "[span[contains(@class,'meeting-phone-code')][normalize-space()='" + item[1] + "']]");
        new WebDriverWait(viewer, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(card));
        assertThat(viewer.findElement(card).getText()).doesNotContain("Completed");
        markPage(viewer);

        Instant submitted = reportCompleted(editor, base, item);

        new WebDriverWait(viewer, LIVE).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(card).getText().contains("Completed"));
        assertThat(pageWasNotReloaded(viewer)).isTrue();
        System.out.printf("live update on one node: seen %d ms after the click%n",
                Duration.between(submitted, Instant.now()).toMillis());
    }

    /** Open, visible items as {plan, code}, read from the database. */
    private static List<String[]> openItems() throws Exception {
        List<String[]> items = new ArrayList<>();
        try (Connection connection = postgres.getDatabase("postgres", "tracker").getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT p.code, i.code
                       FROM action_item i
                       JOIN action_plan p ON p.id = i.plan_id
                       JOIN status_event e ON e.id = i.current_event_id
                      WHERE e.status = 'IN_PROGRESS' AND NOT i.internal AND i.parent_id IS NULL
                        AND p.code ~ '^[A-Za-z0-9]+$' AND i.code ~ '^[A-Za-z0-9.-]+$'
                      ORDER BY p.code, i.code""")) {
            while (rs.next()) {
                items.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        return items;
    }

    /** Records "Completed" on the item page through the report form; returns when the click was made. */
    private static Instant reportCompleted(WebDriver browser, String base, String[] item) {
        browser.get(base + "/items/" + item[0] + "/" + item[1]);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement status = wait.until(ExpectedConditions.elementToBeClickable(By.id("report-status")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", status);
        status.click();
        WebElement completed = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(option -> option.isDisplayed() && option.getText().strip().equals("Completed"))
                .findFirst().orElse(null));
        completed.click();
        wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('report-status').opened;")));
        browser.findElement(By.cssSelector("#report-narrative textarea")).sendKeys("Closed in the live-updates test");
        WebElement submit = browser.findElement(By.id("report-submit"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", submit);
        wait.until(ExpectedConditions.elementToBeClickable(submit));
        Instant clicked = Instant.now();
        try {
            submit.click();
        } catch (RuntimeException e) {
            dump(browser, "report");
            throw e;
        }
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("item-status")).getText().contains("Completed"));
        return clicked;
    }

    private static void signIn(WebDriver browser, String base) {
        browser.get(base + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        if (!browser.findElements(By.id("sign-out")).isEmpty()) {
            return;
        }
        var user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(ADMIN);
        var password = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(PASSWORD);
        password.sendKeys(Keys.ENTER);
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        } catch (RuntimeException e) {
            dump(browser, "sign-in");
            throw e;
        }
    }

    /** The page as the browser has it, for a failure's post-mortem. */
    private static void dump(WebDriver browser, String name) {
        try {
            Files.writeString(LOGS.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
            Files.write(LOGS.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException | RuntimeException ignored) {
            // the failure itself is what matters
        }
    }

    private static String figure(WebDriver browser, String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class).until(d -> {
            var figures = d.findElements(By.cssSelector("#" + id + " .figure-value"));
            return figures.isEmpty() || figures.getFirst().getText().isBlank() ? null : figures.getFirst().getText().strip();
        });
    }

    /** A mark in the page's JavaScript state: a reload would wipe it. */
    private static void markPage(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript("window.__liveMark = 42;");
    }

    private static boolean pageWasNotReloaded(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.__liveMark === 42;"));
    }

    private static WebDriver browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + temporary("chromium-live-it"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static Process node(int port, String log) throws IOException {
        return jar(List.of("--server.port=" + port,
                "--tracker.public-read=true",
                "--tracker.data-dir=" + temporary("tracker-live-it"),
                "--logging.level.org.tsag.tracker.live=debug"), LOGS.resolve(log));
    }

    private static Process jar(List<String> args, Path log) throws IOException {
        String jar = System.getProperty("tracker.it.jar", "target/tsag-tracker.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("TRACKER_ADMIN_EMAIL", ADMIN);
        env.put("TRACKER_ADMIN_PASSWORD", PASSWORD);
        return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** nginx from Debian in front of both nodes, as the README shows, in a folder of its own. */
    private static void startNginx() throws Exception {
        nginxDir = temporary("nginx-live-it");
        Files.createDirectories(nginxDir.resolve("tmp"));
        nginxPort = freePort();
        String root = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(nginxDir.resolve("nginx.conf"), root + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    log_format live '$remote_addr "$request" $status $upstream_addr';
                    access_log %1$s/access.log live;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;

                    map $http_upgrade $connection_upgrade {
                        default upgrade;
                        ''      close;
                    }
                    upstream tracker {
                        ip_hash;
                        server 127.0.0.1:%2$d;
                        server 127.0.0.1:%3$d;
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://tracker;
                            proxy_http_version 1.1;
                            proxy_set_header Upgrade $http_upgrade;
                            proxy_set_header Connection $connection_upgrade;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_read_timeout 1h;
                            proxy_buffering off;
                            add_header X-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(nginxDir, portA, portB, nginxPort));
        nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", nginxDir.toString(), "-c", nginxDir.resolve("nginx.conf").toString(),
                "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve("nginx.log").toFile()))
                .start();
        waitUntilServing("127.0.0.1", nginxPort, nginx);
    }

    /** The node nginx sends this machine's requests to (ip_hash), from the header the configuration adds. */
    private static String upstreamBehindNginx() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginxPort + "/")).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("X-Upstream").orElseThrow();
    }

    private static void waitUntilServing(String host, int port, Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("A process exited with " + process.exitValue() + "; see " + LOGS);
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not serving within " + STARTUP + "; see " + LOGS);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

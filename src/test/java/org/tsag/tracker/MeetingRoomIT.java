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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The meeting room in a real browser (issue 18): the packaged jar with its demo data, Debian's
 * headless Chromium at projector and phone sizes. Every projector slide fits the screen at
 * 1366x768 and 1920x1080 (no scrollbar, nothing cut, nothing overlapping, the counter and buttons
 * never on the content), and a member's phone shows Resolution 68's counts by status and its
 * overdue count on the first screen, with nothing wider than the screen.
 * Screenshots go to {@code target/meeting-it/} (and are the ones in docs/ux.md).
 */
class MeetingRoomIT {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Path OUT = Path.of("target", "meeting-it");
    private static final String ADMIN = "admin@meeting-it.example.org";
    private static final String PASSWORD = java.util.UUID.randomUUID().toString();
    private static final String MEMBER = "member@demo.tracker.local";
    private static Process app;
    private static int port;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(OUT);
        Path log = OUT.resolve("app.log");
        Files.deleteIfExists(log);
        port = freePort();
        String jar = System.getProperty("tracker.it.jar", "target/tsag-tracker.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar, "--server.port=" + port,
                "--tracker.data-dir=" + Files.createTempDirectory("tracker-meeting-it")));
        builder.environment().put("TRACKER_ADMIN_EMAIL", ADMIN);
        builder.environment().put("TRACKER_ADMIN_PASSWORD", PASSWORD);
        app = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        waitUntilServing(log);

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--window-size=1366,768",
                "--user-data-dir=" + Files.createTempDirectory("chromium-meeting-it"));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        signInAsMember();
    }

    /** A member, as a delegate at a meeting; the demo prints its password once in the log. */
    private static void signInAsMember() throws IOException {
        browser.get(url("/login"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys(MEMBER);
        var password = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(memberPassword());
        password.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void every_projector_slide_fits_the_screen_at_1366x768_and_1920x1080() throws Exception {
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            viewport(size[0], size[1], false);
            browser.manage().deleteAllCookies();
            signInAsMember();
            int count = 1;
            for (int slide = 1; slide <= count; slide++) {
                browser.get(url("/meeting?slide=" + slide));
                String position = waitForText(By.id("meeting-position"));
                Matcher m = Pattern.compile("(\\d+)\\D+(\\d+)").matcher(position);
                assertThat(m.find()).as(position).isTrue();
                assertThat(Integer.parseInt(m.group(1))).isEqualTo(slide);
                count = Integer.parseInt(m.group(2));
                settle();
                if (size[0] == 1366) {
                    screenshot("projector-1366x768-slide-" + slide);
                }
                @SuppressWarnings("unchecked")
                List<String> problems = (List<String>) ((JavascriptExecutor) browser).executeScript(LAYOUT_PROBLEMS);
                assertThat(problems).as("slide %d of %d at %dx%d", slide, count, size[0], size[1]).isEmpty();
            }
            assertThat(count).as("the demo's plans take several slides").isGreaterThan(4);
        }
    }

    @Test
    void a_member_sees_resolution_68_counts_and_overdue_on_the_first_phone_screen() throws Exception {
        viewport(390, 844, true);
        browser.manage().deleteAllCookies();
        signInAsMember();
        browser.get(url("/"));
        waitForText(By.id("figure-total"));
        settle();
        screenshot("dashboard-390x844-member");
        assertThat(widerThanScreen()).as("the dashboard on a phone").isEmpty();

        browser.get(url("/meeting/phone"));
        waitForText(By.id("meeting-summary-resolution-68"));
        settle();
        screenshot("phone-390x844-member");
        JavascriptExecutor js = browser;
        @SuppressWarnings("unchecked")
        Map<String, Object> card = (Map<String, Object>) js.executeScript("""
                const card = document.getElementById('meeting-summary-resolution-68');
                const counts = [...card.querySelectorAll('.meeting-count')];
                const overdue = card.querySelector('.meeting-summary-overdue');
                const bottom = Math.max(...[...counts, overdue].map(e => e.getBoundingClientRect().bottom));
                return {counts: counts.map(e => e.textContent), overdue: overdue.textContent,
                        bottom: bottom, height: window.innerHeight, scrollY: window.scrollY};
                """);
        assertThat((List<?>) card.get("counts")).as("counts by status, as text").isNotEmpty()
                .allSatisfy(c -> assertThat(c.toString()).matches(".+: \\d+"));
        assertThat(card.get("overdue").toString()).matches("Overdue: \\d+");
        assertThat(((Number) card.get("bottom")).doubleValue()).as("within the first screen")
                .isLessThanOrEqualTo(((Number) card.get("height")).doubleValue());
        assertThat(widerThanScreen()).as("the phone view").isEmpty();
    }

    /**
     * Screenshots of the views named in issue 18 at projector and phone sizes, for docs/ux.md
     * ({@code target/meeting-it/views/}); as the demo chair, who may open every one of them. Each
     * page must come up with the app's heading (no error text) and the ones a phone shows are
     * checked for nothing wider than the screen.
     */
    @Test
    void screenshots_of_the_views_at_1366x768_and_390x844() throws Exception {
        Files.createDirectories(OUT.resolve("views"));
        browser.manage().deleteAllCookies();
        signIn("chair@demo.tracker.local", password("chair@demo.tracker.local", "CHAIR"));
        List<String[]> pages = List.of(
                new String[] {"dashboard", "/"},
                new String[] {"resolutions", "/resolutions"},
                new String[] {"resolution-68", "/resolutions/68"},
                new String[] {"items", "/items?status=IN_PROGRESS&plan=WTSA24"},
                new String[] {"item-68-2", "/items/WTSA24/68-2"},
                new String[] {"carry-over", "/carry-over"},
                new String[] {"audit", "/audit"},
                new String[] {"reports", "/reports"},
                new String[] {"compendium-68", "/compendium/68"},
                new String[] {"not-found", "/no-such-page"},
                new String[] {"not-found-file", "/foo/bar.txt"},
                new String[] {"meeting", "/meeting"},
                new String[] {"meeting-phone", "/meeting/phone"});
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            viewport(size[0], size[1], size[0] < 600);
            for (String[] page : pages) {
                browser.get(url(page[1]));
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(
                        "vaadin-app-layout, .meeting-projector, .meeting-phone, #error-page, body > *")).isEmpty());
                Thread.sleep(1500);
                settle();
                Files.write(OUT.resolve("views").resolve(page[0] + "-" + size[0] + "x" + size[1] + ".png"),
                        browser.getScreenshotAs(OutputType.BYTES));
                // an unknown address, a Vaadin route or not, is the app's own page (security/ErrorPageController)
                assertThat(browser.findElement(By.tagName("body")).getText()).as(page[1])
                        .doesNotContain("Could not navigate", "HTTP ERROR", "Whitelabel");
            }
        }
    }

    /**
     * A member's lists on a phone (390x844): no page and no grid scrolls sideways, nothing sticks out;
     * the grids show one card a row (code or number, title and status), and the title bar keeps the
     * language menu whole and the demo notice on one line. Widened to a projector on the same page,
     * the item grid shows its columns again. As the demo chair, whose item grid also has checkboxes.
     */
    @Test
    void on_a_phone_every_list_reads_without_scrolling_sideways() throws Exception {
        Files.createDirectories(OUT.resolve("phone"));
        browser.manage().deleteAllCookies();
        viewport(390, 844, true);
        signIn("chair@demo.tracker.local", password("chair@demo.tracker.local", "CHAIR"));
        for (String page : List.of("/resolutions", "/items", "/my-work", "/resolutions/68", "/resolutions/68/compare",
                "/items/WTSA24/68-3", "/compendium/68", "/")) {
            browser.get(url(page));
            waitForText(By.tagName("h2"));
            settle();
            Files.write(OUT.resolve("phone").resolve(fileName(page) + "-390x844.png"), browser.getScreenshotAs(OutputType.BYTES));
            assertThat(widerThanScreen()).as(page + " at 390x844").isEmpty();
            assertThat(gridsScrollingSideways()).as(page + " at 390x844").isEmpty();
            if (List.of("/resolutions", "/items", "/my-work", "/compendium/68").contains(page)) {
                assertThat(cardsShown()).as(page + ": the grid shows one card a row").isTrue();
            }
        }
        browser.get(url("/items"));
        waitForText(By.cssSelector(".grid-card"));
        settle();
        assertThat(browser.findElement(By.cssSelector(".grid-card")).getText())
                .as("a card: code, title, status").contains("CXO-T1", "AI standardization gaps");
        JavascriptExecutor js = browser;
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) js.executeScript("""
                const select = document.getElementById('language-select').getBoundingClientRect();
                const notice = document.getElementById('demo-accounts-notice');
                return {selectRight: select.right, selectLeft: select.left, width: document.documentElement.clientWidth,
                        noticeHeight: notice.getBoundingClientRect().height, noticeTitle: notice.getAttribute('title'),
                        noticeText: notice.textContent};
                """);
        assertThat(((Number) bar.get("selectRight")).doubleValue()).as("the language menu is whole")
                .isLessThanOrEqualTo(((Number) bar.get("width")).doubleValue());
        assertThat(((Number) bar.get("noticeHeight")).doubleValue()).as("the demo notice on one line").isLessThan(30);
        assertThat(bar.get("noticeTitle").toString()).as("its sentence as tooltip").contains("Do not keep real data");
        assertThat(bar.get("noticeText").toString()).as("and read out").contains("Do not keep real data");

        viewport(1366, 768, false);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !cardsShown());
        settle();
        assertThat(browser.findElement(By.id("item-grid")).getText()).as("the columns are back").contains("Title", "Status");
    }

    /**
     * On a projector (1366x768) the item grid's default columns fit without scrolling sideways, and
     * the other pages a chair shows neither scroll nor stick out (the title bar's sign-out included).
     */
    @Test
    void on_a_projector_the_item_grid_fits_without_scrolling_sideways() throws Exception {
        Files.createDirectories(OUT.resolve("projector"));
        browser.manage().deleteAllCookies();
        viewport(1366, 768, false);
        signIn("chair@demo.tracker.local", password("chair@demo.tracker.local", "CHAIR"));
        for (String page : List.of("/items", "/resolutions/68", "/my-work", "/", "/resolutions")) {
            browser.get(url(page));
            waitForText(By.tagName("h2"));
            settle();
            Files.write(OUT.resolve("projector").resolve(fileName(page) + "-1366x768.png"), browser.getScreenshotAs(OutputType.BYTES));
            assertThat(widerThanScreen()).as(page + " at 1366x768").isEmpty();
            assertThat(gridsScrollingSideways()).as(page + " at 1366x768").isEmpty();
            assertThat(cardsShown()).as(page + ": columns, not cards").isFalse();
        }
    }

    private static String fileName(String page) {
        return page.equals("/") ? "dashboard" : page.substring(1).replace('/', '-');
    }

    /** Grids whose own scroller is wider than the grid (it scrolls sideways inside itself). */
    @SuppressWarnings("unchecked")
    private static List<String> gridsScrollingSideways() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const out = [];
                for (const g of document.querySelectorAll('vaadin-grid')) {
                  const t = g.shadowRoot && g.shadowRoot.querySelector('#table');
                  if (t && g.offsetWidth > 0 && t.scrollWidth > t.clientWidth + 1) {
                    out.push('grid #' + g.id + ' scrolls sideways: ' + t.scrollWidth + ' in ' + t.clientWidth);
                  }
                }
                return out;
                """);
    }

    private static boolean cardsShown() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('vaadin-grid.grid-cards')].some(g => g.offsetWidth > 0)"
                        + " && !!document.querySelector('vaadin-grid.grid-cards .grid-card');"));
    }

    private static void signIn(String user, String secret) {
        browser.get(url("/login"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys(user);
        var password = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(secret);
        password.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    private static String password(String user, String role) throws IOException {
        Matcher m = Pattern.compile(Pattern.quote(user) + "\\s+(\\S+)\\s+\\(" + role + "\\)")
                .matcher(Files.readString(OUT.resolve("app.log")));
        assertThat(m.find()).as("the demo password of " + user + " is in the log").isTrue();
        return m.group(1);
    }

    /** Elements that stick out of a 390 px screen, and whether the page scrolls sideways. */
    @SuppressWarnings("unchecked")
    private static List<String> widerThanScreen() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const w = document.documentElement.clientWidth;
                const out = [];
                if (document.documentElement.scrollWidth > w) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth);
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && r.height > 0 && (r.right > w + 1 || r.left < -1)
                      && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden]')) {
                    let clipped = false;
                    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                      const o = getComputedStyle(p).overflowX;
                      if (o !== 'visible') { clipped = true; break; }
                    }
                    if (!clipped) out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
                  }
                }
                return out.slice(0, 10);
                """);
    }

    /**
     * Layout faults of a projector slide: a scrollbar, content cut off at the bottom or the side of
     * the slide, any element outside the screen, the slide and its footer overlapping, and two
     * sibling elements covering each other (table cells share their borders, hence 2 px).
     */
    private static final String LAYOUT_PROBLEMS = """
            const out = [];
            const de = document.documentElement;
            if (de.scrollHeight > window.innerHeight || de.scrollWidth > window.innerWidth) {
              out.push('page scrolls: ' + de.scrollWidth + 'x' + de.scrollHeight);
            }
            const slide = document.getElementById('meeting-slide');
            if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1) {
              out.push('slide content cut: ' + slide.scrollWidth + 'x' + slide.scrollHeight + ' in ' + slide.clientWidth + 'x' + slide.clientHeight);
            }
            const box = e => e.getBoundingClientRect();
            const s = box(slide), f = box(document.getElementById('meeting-footer'));
            if (s.bottom > f.top + 0.5) out.push('slide runs under the footer');
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '');
            // a web component's own light-DOM parts (a select's label and value button) are its business
            const all = [...document.querySelectorAll('.meeting-projector *')].filter(e => {
              const r = box(e);
              let inside = false;
              for (let p = e.parentElement; p; p = p.parentElement) if (p.tagName.startsWith('VAADIN-')) inside = true;
              return r.width > 0 && r.height > 0 && !inside;
            });
            for (const e of all) {
              const r = box(e);
              if (r.left < -0.5 || r.top < -0.5 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5) {
                out.push(name(e) + ' off screen');
              }
              if (slide.contains(e) && !e.closest('.meeting-title, .meeting-change') && (r.bottom > s.bottom + 0.5 || r.right > s.right + 0.5)) {
                out.push(name(e) + ' cut off by the slide');
              }
            }
            const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2
                && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
            for (const parent of [document.querySelector('.meeting-projector'), ...all.filter(e => !e.tagName.startsWith('VAADIN-'))]) {
              const kids = [...parent.children].filter(k => { const r = box(k); return r.width > 0 && r.height > 0; });
              for (let i = 0; i < kids.length; i++) {
                for (let j = i + 1; j < kids.length; j++) {
                  if (overlap(box(kids[i]), box(kids[j]))) out.push(name(kids[i]) + ' overlaps ' + name(kids[j]));
                }
              }
            }
            return out.slice(0, 20);
            """;

    private static void viewport(int width, int height, boolean mobile) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Lets Vaadin's web components and fonts finish their layout. */
    private static void settle() throws InterruptedException {
        ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => setTimeout(done, 400));");
        Thread.sleep(100);
    }

    private static void screenshot(String name) throws IOException {
        Files.write(OUT.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String memberPassword() throws IOException {
        Matcher m = Pattern.compile(Pattern.quote(MEMBER) + "\\s+(\\S+)\\s+\\(MEMBER\\)")
                .matcher(Files.readString(OUT.resolve("app.log")));
        assertThat(m.find()).as("the demo member's password is in the log").isTrue();
        return m.group(1);
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String waitForText(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            var elements = d.findElements(locator);
            return elements.isEmpty() || elements.getFirst().getText().isBlank() ? null : elements.getFirst().getText();
        });
    }

    private static void waitUntilServing(Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("The app exited with " + app.exitValue() + "; see " + log);
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && Files.readString(log).contains("(MEMBER)")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The app did not serve within " + STARTUP + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.tsag.tracker.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * Concurrent viewers of the dashboard (issue 8): starts the packaged jar with {@code -Xmx1g}, a
 * synthetic dataset and public read-only mode, opens real Vaadin UI sessions over HTTP
 * ({@link UiSession}) up to each level of {@code -Dbench.sessions=100,250,500}, and at each level
 * measures the live heap after a full GC (class histogram), the round trips of a period change
 * (the dashboard rebuilt) against a trivial UIDL round trip and a heartbeat at a steady aggregate
 * rate, and the database connections in use. Loopback only; bounded by
 * {@code bench.sessions.minutes} and a request count (rate × seconds per level).
 * <p>
 * Sessions are anonymous visitors in public read-only mode ({@code tracker.public-read=true}): the
 * dashboard they see is the one members see, and no sign-in is needed for each of hundreds of
 * sessions (a signed-in session adds its security context, a few hundred bytes). Knobs:
 * {@code bench.sessions.items} (10000), {@code .warm} (10 sessions opened first, the heap baseline),
 * {@code .rate} (3 requests/s in the steady phase), {@code .seconds} (40 per level),
 * {@code .openers} (2 sessions opened at a time), {@code .xmx} (1g), {@code .minutes} (25).
 */
final class ConcurrentSessions {

    private static final Path JAR = Path.of("target", "tsag-tracker.jar");
    private static final String TARGET = "500 sessions in -Xmx1g, ≤ 250 KB heap per session";

    private record Level(int sessions, int failed, Timing.Stats open, long liveBytes, long rssMb, double perSessionKb,
                         double settledKb, double freshBytesKb, Timing.Stats period, Timing.Stats toggle, Timing.Stats heartbeat,
                         int steadyFailures, int skipped, double rate, int busySqlMax, double busySqlMean, int waitingMax,
                         int servicesMax, double nodes) {
    }

    private final Report report;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    private final List<Integer> levels;
    private final int items = Integer.getInteger("bench.sessions.items", 10_000);
    private final int warm = Integer.getInteger("bench.sessions.warm", 10);
    private final double rate = Double.parseDouble(System.getProperty("bench.sessions.rate", "3"));
    private final int seconds = Integer.getInteger("bench.sessions.seconds", 40);
    private final int openers = Integer.getInteger("bench.sessions.openers", 2);
    private final String heap = System.getProperty("bench.sessions.xmx", "1g");
    private final long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(Integer.getInteger("bench.sessions.minutes", 25));

    private final List<UiSession> sessions = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger backgroundBeats = new AtomicInteger();
    private final AtomicInteger backgroundFailures = new AtomicInteger();
    private final AtomicInteger touchFailures = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4)).build();
    private ThreadMXBean appThreads;

    ConcurrentSessions(Report report, List<Integer> levels) {
        this.report = report;
        this.levels = levels.stream().sorted().toList();
    }

    void run() throws Exception {
        if (!Files.exists(JAR)) {
            report.section("Concurrent viewers: not measured, " + JAR + " is missing (run through `./mvnw -Pbench verify`).");
            return;
        }
        Path work = Path.of("target", "bench", "sessions");
        Files.createDirectories(work);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // the dataset is kept between runs (generation takes a while); `mvn clean` removes it
        Path data = work.resolve("data-" + items);
        List<String> command = List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--tracker.data-dir=" + data.toAbsolutePath(),
                "--demo-scale=" + items, "--tracker.public-read=true");
        Path log = work.resolve("app-" + System.currentTimeMillis() + ".log");
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // if this JVM is stopped, stop the app too (its own shutdown hook stops its PostgreSQL)
        Thread stopApp = new Thread(app::destroy);
        Runtime.getRuntime().addShutdownHook(stopApp);
        String base = "http://127.0.0.1:" + port + "/";
        List<Level> results = new ArrayList<>();
        long idleRss = -1;
        long emptyLive = -1;
        long warmLive = -1;
        Map<String, Long> warmHistogram = Map.of();
        Map<String, Long> lastHistogram = Map.of();
        String stopped = null;
        try {
            long started = System.nanoTime();
            waitForServer(app, base, log);
            double startSeconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(2_000);
            idleRss = rssMb(app.pid());
            appThreads = attach(app.pid());
            emptyLive = histogram(app.pid()).getOrDefault("Total", -1L);

            // warm-up: a few sessions that stay open, with interactions to warm the JIT
            progress("app up after " + Math.round(startSeconds) + " s; warm-up with " + warm + " sessions");
            openUpTo(base, warm);
            for (int i = 0; i < 2; i++) {
                for (UiSession s : List.copyOf(sessions)) {
                    s.changePeriod();
                    s.toggleDrawer();
                    s.heartbeat();
                }
            }
            Map<String, Long> histogram = histogram(app.pid());
            warmLive = histogram.getOrDefault("Total", -1L);
            warmHistogram = histogram;
            long previousLive = warmLive;
            long previousBytes = histogram.getOrDefault("[B", 0L);
            int previousSessions = sessions.size();
            startBackgroundHeartbeats();

            for (int level : levels) {
                if (System.nanoTime() > deadline) {
                    stopped = "time bound (`bench.sessions.minutes`) reached before " + level + " sessions";
                    break;
                }
                List<Long> openTimes = Collections.synchronizedList(new ArrayList<>());
                progress("opening sessions up to " + level);
                int failed = openUpTo(base, level, openTimes);
                progress(sessions.size() + " sessions open, " + failed + " failed; heap histogram, then steady phase");
                if (!app.isAlive()) {
                    stopped = "the app exited (code " + app.exitValue() + ") while opening " + level + " sessions; see " + log;
                    results.add(new Level(level, failed, stats(openTimes), -1, -1, -1, -1, -1, null, null, null, 0, 0, rate, 0, 0, 0, 0, 0));
                    break;
                }
                histogram = histogram(app.pid());
                long live = histogram.getOrDefault("Total", -1L);
                int open = sessions.size();
                int fresh = Math.max(1, open - previousSessions);
                // just opened: the new sessions' share, each UI still holding its last (large) UIDL answer
                double perSession = (live - previousLive) / 1024.0 / fresh;
                double freshBytes = (histogram.getOrDefault("[B", 0L) - previousBytes) / 1024.0 / fresh;
                long rss = rssMb(app.pid());
                progress("a drawer toggle on every session, heap histogram");
                touchAll();
                Map<String, Long> settledHistogram = histogram(app.pid());
                lastHistogram = settledHistogram;
                double settledKb = (settledHistogram.getOrDefault("Total", -1L) - warmLive) / 1024.0 / Math.max(1, open - warm);
                Level steady = steady(level, failed, stats(openTimes), live, rss, perSession, settledKb, freshBytes);
                // leave every UI settled again for the next level's figure
                touchAll();
                Map<String, Long> after = histogram(app.pid());
                previousLive = after.getOrDefault("Total", -1L);
                previousBytes = after.getOrDefault("[B", 0L);
                previousSessions = open;
                results.add(steady);
                if (!app.isAlive()) {
                    stopped = "the app exited (code " + app.exitValue() + ") under load at " + level + " sessions; see " + log;
                    break;
                }
                if (failed > level / 10) {
                    stopped = failed + " of " + level + " sessions failed to open; larger levels skipped";
                    break;
                }
            }
            write(results, startSeconds, idleRss, emptyLive, warmLive, warmHistogram, lastHistogram, stopped);
        } finally {
            clock.shutdownNow();
            workers.shutdownNow();
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
            Runtime.getRuntime().removeShutdownHook(stopApp);
        }
    }

    private void waitForServer(Process app, String base, Path log) throws Exception {
        long limit = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "login")).timeout(Duration.ofSeconds(5)).build();
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the jar exited with " + app.exitValue() + ", see " + log);
            }
            if (System.nanoTime() > limit) {
                throw new IllegalStateException("no page within 10 minutes, see " + log);
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet (the synthetic dataset is generated before the web server starts)
            }
            Thread.sleep(200);
        }
    }

    private int openUpTo(String base, int target) throws InterruptedException {
        return openUpTo(base, target, Collections.synchronizedList(new ArrayList<>()));
    }

    /** Opens dashboards until {@code target} are open, {@code openers} at a time; returns the failures. */
    private int openUpTo(String base, int target, List<Long> times) throws InterruptedException {
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger(sessions.size());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < openers; t++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (attempts.getAndIncrement() < target && System.nanoTime() < deadline) {
                    UiSession session = new UiSession(http, base);
                    try {
                        times.add(session.open("", "").nanos());
                        sessions.add(session);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        error("open", e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return failed.get();
    }

    /** One trivial UIDL round trip (drawer toggle) on every session, {@code openers} at a time. */
    private void touchAll() throws InterruptedException {
        List<UiSession> all = List.copyOf(sessions);
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < openers; t++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
                    try {
                        all.get(i).toggleDrawer();
                    } catch (Exception e) {
                        touchFailures.incrementAndGet();
                        error("toggle", e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** The browser's heartbeat every {@code heartbeatInterval} s per session, at a random phase. */
    private void startBackgroundHeartbeats() {
        Random random = new Random(42);
        clock.scheduleAtFixedRate(() -> {
            for (UiSession s : List.copyOf(sessions)) {
                int interval = Math.max(10, s.heartbeatSeconds());
                if (random.nextInt(interval) == 0) {
                    workers.submit(() -> {
                        try {
                            s.heartbeat();
                            backgroundBeats.incrementAndGet();
                        } catch (Exception e) {
                            backgroundFailures.incrementAndGet();
                            error("heartbeat", e);
                        }
                    });
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * The steady phase: ticks at {@code rate} per second for {@code seconds}, cycling period change,
     * drawer toggle and heartbeat, each on the next session with no request in flight (open loop:
     * a slow answer does not delay the next tick). Samples the app's threads every second.
     */
    private Level steady(int level, int failed, Timing.Stats open, long live, long rss, double perSession, double settled,
                         double freshBytes)
            throws InterruptedException {
        List<Long> period = Collections.synchronizedList(new ArrayList<>());
        List<Long> toggle = Collections.synchronizedList(new ArrayList<>());
        List<Long> beat = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        List<int[]> samples = Collections.synchronizedList(new ArrayList<>());
        ScheduledFuture<?> sampler = clock.scheduleAtFixedRate(() -> samples.add(sampleThreads()), 500, 1000, TimeUnit.MILLISECONDS);
        int ticks = (int) Math.round(rate * seconds);
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        List<UiSession> open2 = List.copyOf(sessions);
        List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
        int next = 0;
        for (int tick = 0; tick < ticks; tick++) {
            long due = start + tick * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int kind = tick % 3;
            UiSession chosen = null;
            for (int i = 0; i < open2.size() && chosen == null; i++) {
                UiSession candidate = open2.get(next++ % open2.size());
                if (kind == 2 || candidate.tryReserve()) {
                    chosen = candidate;
                }
            }
            if (chosen == null) {
                skipped.incrementAndGet();
                continue;
            }
            UiSession s = chosen;
            pending.add(workers.submit(() -> {
                try {
                    switch (kind) {
                        case 0 -> period.add(s.changePeriod().nanos());
                        case 1 -> toggle.add(s.toggleDrawer().nanos());
                        default -> beat.add(s.heartbeat());
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    error(kind == 0 ? "period" : kind == 1 ? "toggle" : "heartbeat", e);
                } finally {
                    if (kind != 2) {
                        s.release();
                    }
                }
            }));
        }
        for (var f : pending) {
            try {
                f.get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                failures.incrementAndGet();
            }
        }
        double achieved = ticks / ((System.nanoTime() - start) / 1e9);
        sampler.cancel(false);
        int sqlMax = samples.stream().mapToInt(s -> s[0]).max().orElse(-1);
        double sqlMean = samples.stream().mapToInt(s -> s[0]).average().orElse(-1);
        int waitingMax = samples.stream().mapToInt(s -> s[1]).max().orElse(-1);
        int servicesMax = samples.stream().mapToInt(s -> s[2]).max().orElse(-1);
        double nodes = median(open2.stream().map(s -> (double) s.nodes()).toList());
        return new Level(level, failed, open, live, rss, perSession, settled, freshBytes, stats(period), stats(toggle), stats(beat),
                failures.get(), skipped.get(), achieved, sqlMax, sqlMean, waitingMax, servicesMax, nodes);
    }

    /** Threads of the app in JDBC (running SQL), waiting for a pooled connection, and inside a service call. */
    private int[] sampleThreads() {
        if (appThreads == null) {
            return new int[] {-1, -1, -1};
        }
        try {
            int sql = 0;
            int waiting = 0;
            int services = 0;
            for (ThreadInfo info : appThreads.dumpAllThreads(false, false)) {
                boolean inSql = false;
                boolean inWait = false;
                boolean inService = false;
                for (StackTraceElement frame : info.getStackTrace()) {
                    String c = frame.getClassName();
                    inSql |= c.startsWith("org.postgresql.core");
                    inWait |= c.startsWith("com.zaxxer.hikari.pool.HikariPool") && frame.getMethodName().equals("getConnection");
                    inService |= c.startsWith("org.tsag.tracker.") && c.endsWith("Service");
                }
                sql += inSql ? 1 : 0;
                waiting += inWait && !inSql ? 1 : 0;
                services += inService ? 1 : 0;
            }
            return new int[] {sql, waiting, services};
        } catch (RuntimeException e) {
            return new int[] {-1, -1, -1};
        }
    }

    private static ThreadMXBean attach(long pid) {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            MBeanServerConnection connection = connector.getMBeanServerConnection();
            return ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
        } catch (Exception e) {
            return null;
        }
    }

    /** Live objects after a full GC ({@code jcmd GC.class_histogram}): bytes per class, and "Total". */
    private Map<String, Long> histogram(long pid) throws Exception {
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        List<String> lines;
        try (var reader = p.inputReader()) {
            lines = reader.lines().toList();
        }
        p.waitFor(2, TimeUnit.MINUTES);
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                bytes.merge(f[3], Long.parseLong(f[2]), Long::sum);
            } else if (f.length >= 3 && f[0].equals("Total")) {
                bytes.put("Total", Long.parseLong(f[2]));
            }
        }
        return bytes;
    }

    private void write(List<Level> results, double startSeconds, long idleRss, long emptyLive, long warmLive,
                       Map<String, Long> warmHistogram, Map<String, Long> lastHistogram, String stopped) {
        String size = String.format(Locale.ROOT, "%,d items", items).replace(",000 items", "k items");
        for (Level l : results) {
            if (l.period() == null) {
                continue;
            }
            report.add(new Report.Row("dashboard sessions: period change round trip (UIDL, view rebuilt) at "
                    + String.format(Locale.ROOT, "%.1f", rate / 3) + "/s vs a trivial UIDL round trip",
                    l.sessions() + " sessions, " + size, Report.ms(l.period().medianMs()), Report.ms(l.period().p95Ms()),
                    Report.ms(l.toggle().medianMs()) + " / " + Report.ms(l.toggle().p95Ms()),
                    Report.x(l.period().medianMs() / l.toggle().medianMs()), "change visible everywhere ≤ 1 s (needs push)"));
            report.add(new Report.Row("dashboard sessions: live heap per session after full GC (just opened; after one more round trip)",
                    l.sessions() + " sessions, " + size, kb(l.perSessionKb()) + "; " + kb(l.settledKb()), "—",
                    "heap " + mb(l.liveBytes()) + " live, RSS " + l.rssMb() + " MB",
                    "failed " + (l.failed() + l.steadyFailures()), TARGET));
        }
        StringBuilder out = new StringBuilder();
        out.append("## Concurrent viewers: dashboard sessions over HTTP\n\n");
        out.append(String.format(Locale.ROOT, "The packaged jar with `-Xmx%s`, public read-only mode and `--demo-scale=%d` "
                + "(demo data plus %,d synthetic items, about 20 events each), started in %.1f s, idle RSS %d MB. "
                + "Each session is a real Vaadin UI opened as Chromium opens it (bootstrap page, `?v-r=init`, then the `ui-navigate` "
                + "UIDL event), kept alive by heartbeats every %d s as the browser does (%d background heartbeats, %d failed). "
                + "Live heap: `jcmd GC.class_histogram` (after a full GC) with no session %s, with %d warm-up sessions %s. "
                + "Per session, just opened: the growth of the live heap over the sessions opened for this level (each UI then "
                + "still holds its last UIDL answer, which Flow keeps to resend it if the client repeats a message; byte arrays "
                + "of that growth in brackets). After one more round trip: a drawer toggle on every session, then (live heap − "
                + "live heap at %d sessions) / (sessions − %d); this is the UI's own state. Steady phase: %.0f requests/s for %d s, cycling a period change "
                + "(property sync + `value-changed`; the server navigates to `/?period=...` and rebuilds the dashboard), a "
                + "drawer toggle (a UIDL round trip with trivial server work: the baseline) and a heartbeat, each on the next "
                + "idle session. DB columns: threads of the app seen in JDBC (max / mean of 1 s samples), waiting for a pooled "
                + "connection (max), inside a service call (max); the pool has 10 connections.\n\n",
                heap, items, items, startSeconds, idleRss, firstHeartbeat(), backgroundBeats.get(), backgroundFailures.get(),
                mb(emptyLive), warm, mb(warmLive), warm, warm, rate, seconds));
        out.append("| sessions | failed (open + steady) | open p50 / p95 | live heap | per session just opened (byte arrays) "
                + "| per session after one more round trip | RSS | state nodes per UI "
                + "| period change p50 / p95 | drawer toggle p50 / p95 | heartbeat p50 / p95 | ratio (p50) | DB: in JDBC max / mean, waiting max, in service max |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Level l : results) {
            if (l.period() == null) {
                out.append("| ").append(l.sessions()).append(" | ").append(l.failed()).append(" | ")
                        .append(pair(l.open())).append(" | app stopped |||||||||\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %d | %d + %d%s | %s | %s | %s (%s) | %s | %d MB | %.0f | %s | %s | %s | %s | %d / %.1f, %d, %d |\n",
                    l.sessions(), l.failed(), l.steadyFailures(), l.skipped() > 0 ? " (" + l.skipped() + " ticks skipped)" : "",
                    pair(l.open()), mb(l.liveBytes()), kb(l.perSessionKb()), kb(l.freshBytesKb()), kb(l.settledKb()), l.rssMb(), l.nodes(),
                    pair(l.period()), pair(l.toggle()), pair(l.heartbeat()), Report.x(l.period().medianMs() / l.toggle().medianMs()),
                    l.busySqlMax(), l.busySqlMean(), l.waitingMax(), l.servicesMax()));
        }
        if (stopped != null) {
            out.append("\nStopped early: ").append(stopped).append(".\n");
        }
        if (touchFailures.get() > 0) {
            out.append("\nDrawer toggles on every session between measurements: ").append(touchFailures.get()).append(" failed.\n");
        }
        if (!errors.isEmpty()) {
            out.append("\nFirst errors: ").append(String.join("; ", errors.stream().limit(5).toList())).append(".\n");
        }
        Level last = results.stream().filter(l -> l.liveBytes() > 0).reduce((a, b) -> b).orElse(null);
        if (last != null && !lastHistogram.isEmpty()) {
            int extra = Math.max(1, last.sessions() - warm);
            out.append(String.format(Locale.ROOT, "\nWhere the heap of a session goes after one more round trip (live bytes per session between %d and %d sessions, top classes):\n\n",
                    warm, last.sessions()));
            out.append("| class | per session | share |\n|---|---|---|\n");
            double total = (lastHistogram.get("Total") - warmLive) / (double) extra;
            lastHistogram.entrySet().stream().filter(e -> !e.getKey().equals("Total"))
                    .map(e -> Map.entry(e.getKey(), (e.getValue() - warmHistogram.getOrDefault(e.getKey(), 0L)) / (double) extra))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(15)
                    .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %s | %.0f %% |\n", e.getKey(), kb(e.getValue() / 1024),
                            100 * e.getValue() / total)));
        }
        String pushMode = sessions.isEmpty() ? "?" : sessions.getFirst().pushMode();
        out.append("\nTime for one status change to reach every session: **pending push** (the UIs report `pushMode` ")
                .append(pushMode).append("; without push an open dashboard shows a change only when it is reloaded or its period "
                        + "changed, so there is nothing honest to time yet). `UiSession` marks where the push connection goes.");
        report.section(out.toString());
    }

    private static void progress(String message) {
        System.out.println("[bench.sessions] " + LocalTime.now().withNano(0) + " " + message);
    }

    private int firstHeartbeat() {
        return sessions.isEmpty() ? -1 : sessions.getFirst().heartbeatSeconds();
    }

    private void error(String what, Exception e) {
        if (errors.size() < 20) {
            errors.add(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private static String pair(Timing.Stats s) {
        return s == null || s.samples() == 0 ? "—" : Report.ms(s.medianMs()) + " / " + Report.ms(s.p95Ms());
    }

    private static Timing.Stats stats(List<Long> nanos) {
        synchronized (nanos) {
            return nanos.isEmpty() ? new Timing.Stats(0, 0, 0) : Timing.stats(new ArrayList<>(nanos));
        }
    }

    private static String kb(double kb) {
        return String.format(Locale.ROOT, "%.0f KB", kb);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long rssMb(long pid) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10).orElse(-1L);
        }
    }

    /** For trying the harness without the Spring test context: {@code java -cp ... ConcurrentSessions}. */
    public static void main(String[] args) throws Exception {
        List<Integer> levels = Stream.of(System.getProperty("bench.sessions", "100,250,500").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        Report report = new Report();
        new ConcurrentSessions(report, levels).run();
        report.write(Path.of(System.getProperty("bench.output", "target/bench/sessions.md")));
        System.out.println(report.table());
        System.exit(0);
    }
}

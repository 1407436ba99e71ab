package org.tsag.tracker.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * rate, the database connections in use, and (every session holding its push WebSocket) the time
 * from the commit of a status change to the push that shows it on each session
 * ({@link #pushLatency}). Loopback only; bounded by
 * {@code bench.sessions.minutes} and a request count (rate × seconds per level).
 * <p>
 * Sessions are anonymous visitors in public read-only mode ({@code tracker.public-read=true}): the
 * dashboard they see is the one members see, and no sign-in is needed for each of hundreds of
 * sessions (a signed-in session adds its security context, a few hundred bytes). Knobs:
 * {@code bench.sessions.items} (10000), {@code .warm} (10 sessions opened first, the heap baseline),
 * {@code .rate} (3 requests/s in the steady phase), {@code .seconds} (40 per level),
 * {@code .openers} (2 sessions opened at a time), {@code .xmx} (1g), {@code .minutes} (25), {@code .jar}
 * (target/tsag-tracker.jar); push: {@code .push} (true: every session keeps its push WebSocket open),
 * {@code .push.changes} (5 committed status changes per level), {@code .push.timeout} (30 s per change),
 * {@code .push.spacing} (3 s between changes).
 */
final class ConcurrentSessions {

    /** {@code -Dbench.sessions.jar=...} measures another build (e.g. a copy of the jar before a change). */
    private static final Path JAR = Path.of(System.getProperty("bench.sessions.jar", "target/tsag-tracker.jar"));
    private static final String TARGET = "500 sessions in -Xmx1g, ≤ 250 KB heap per session";

    /**
     * Committed status changes at one level: per (session, change) the time from just before the
     * commit to the arrival of the first push message that replaces the key figures.
     */
    private record PushLevel(int sessions, int pushOpen, int changes, int expected, List<Long> nanos, List<Long> worstPerChange,
                             List<Long> serverLogMs, String error, Map<String, Integer> missedByPeriod) {
    }

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
    private final boolean withPush = Boolean.parseBoolean(System.getProperty("bench.sessions.push", "true"));
    private final int pushChanges = Integer.getInteger("bench.sessions.push.changes", 5);
    private final int pushTimeoutSeconds = Integer.getInteger("bench.sessions.push.timeout", 30);
    private final int pushSpacingSeconds = Integer.getInteger("bench.sessions.push.spacing", 3);
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
        // the collector settings of the README's run command, so that their effect under load is in the figures
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError"));
        StartupRuns.RECOMMENDED.stream().filter(option -> option.startsWith("-XX:")).forEach(command::add);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--tracker.data-dir=" + data.toAbsolutePath(),
                "--demo-scale=" + items, "--tracker.public-read=true",
                // one line per refreshed screen with commit_to_push_ms (LiveUpdates), read back as a cross-check
                "--logging.level.org.tsag.tracker.live.latency=debug"));
        Path log = work.resolve("app-" + System.currentTimeMillis() + ".log");
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // if this JVM is stopped, stop the app too (its own shutdown hook stops its PostgreSQL)
        Thread stopApp = new Thread(app::destroy);
        Runtime.getRuntime().addShutdownHook(stopApp);
        String base = "http://127.0.0.1:" + port + "/";
        List<Level> results = new ArrayList<>();
        List<PushLevel> pushResults = new ArrayList<>();
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
                if (withPush && app.isAlive()) {
                    progress(pushChanges + " committed status changes, each timed to the push on every session");
                    // -Dbench.sessions.jfr=DIR: a JFR profile of the app during each push phase, push-N.jfr
                    String jfr = System.getProperty("bench.sessions.jfr");
                    if (jfr != null) {
                        Files.createDirectories(Path.of(jfr));
                        jcmd(app.pid(), "JFR.start", "name=push", "settings=profile",
                                "filename=" + Path.of(jfr, "push-" + level + ".jfr").toAbsolutePath());
                    }
                    pushResults.add(pushLatency(level, log));
                    if (jfr != null) {
                        jcmd(app.pid(), "JFR.stop", "name=push");
                    }
                }
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
            write(results, pushResults, startSeconds, idleRss, emptyLive, warmLive, warmHistogram, lastHistogram, stopped);
        } finally {
            clock.shutdownNow();
            workers.shutdownNow();
            sessions.forEach(UiSession::close);
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
                        times.add(session.open("", "", withPush).nanos());
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

    /**
     * Commits {@code pushChanges} status changes of one item of the current study period through
     * plain JDBC, each in its own transaction, exactly as the app's own trigger announces them
     * (an insert into {@code status_event}: V007 moves the item's current event, V050 sends the
     * NOTIFY at commit). The item alternates between COMPLETED and its own status, so that the
     * "completed" key figure changes every time and every dashboard replaces its figures. For each
     * change, every session with an open push connection is armed, the clock starts just before
     * {@code commit()}, and each session's first push replacing the figures stops it. Waits at most
     * {@code bench.sessions.push.timeout} s per change, then {@code .spacing} s before the next.
     */
    private PushLevel pushLatency(int level, Path log) throws InterruptedException {
        List<UiSession> open = List.copyOf(sessions).stream().filter(UiSession::pushOpen).toList();
        List<Long> nanos = new ArrayList<>();
        List<Long> worst = new ArrayList<>();
        List<Long> serverMs = new ArrayList<>();
        Map<String, Integer> missed = new TreeMap<>();
        int expected = 0;
        int done = 0;
        String error = null;
        try (Connection db = DriverManager.getConnection(databaseUrl(log), "postgres", databasePassword(log))) {
            db.setAutoCommit(false);
            long item;
            String own;
            try (var statement = db.createStatement();
                 var rs = statement.executeQuery("""
                         SELECT i.id, coalesce(e.status, 'NOT_STARTED')
                           FROM action_item i
                           JOIN study_period p ON p.id = i.study_period_id
                           LEFT JOIN status_event e ON e.id = i.current_event_id
                          WHERE NOT i.internal
                            AND current_date BETWEEN p.start_date AND p.end_date
                            AND coalesce(e.status, 'NOT_STARTED') NOT IN ('COMPLETED', 'NOT_STARTED')
                            AND coalesce(e.occurred_on, current_date) <= current_date
                          ORDER BY i.id
                          LIMIT 1""")) {
                if (!rs.next()) {
                    throw new IllegalStateException("no open item in the current study period");
                }
                item = rs.getLong(1);
                own = rs.getString(2);
            }
            db.commit();
            for (int change = 0; change < pushChanges; change++) {
                long logFrom = Files.size(log);
                open.forEach(UiSession::armUpdate);
                long start;
                try (var insert = db.prepareStatement("""
                        INSERT INTO status_event (action_item_id, status, progress, occurred_on, author, narrative)
                        VALUES (?, ?, ?, current_date, 'bench', 'concurrent sessions: push latency')""")) {
                    boolean completed = change % 2 == 0;
                    insert.setLong(1, item);
                    insert.setString(2, completed ? "COMPLETED" : own);
                    insert.setInt(3, completed ? 100 : 50);
                    insert.executeUpdate();
                    start = System.nanoTime();
                    db.commit();
                }
                long limit = start + TimeUnit.SECONDS.toNanos(pushTimeoutSeconds);
                while (System.nanoTime() < limit && open.stream().anyMatch(s -> s.updateNanos() == 0)) {
                    Thread.sleep(20);
                }
                long max = 0;
                for (UiSession s : open) {
                    long at = s.updateNanos();
                    if (at != 0) {
                        nanos.add(at - start);
                        max = Math.max(max, at - start);
                    } else {
                        // which period the session shows: one the changed item is not in needs no push
                        String shown = s.period() + (Objects.equals(s.period(), s.openingPeriod()) ? " (as opened)" : "")
                                + (s.otherPushesSinceArm() > 0 ? ", other pushes" : ", no push")
                                + (s.pushOpen() ? "" : ", push socket closed")
                                + ", opened " + TimeUnit.NANOSECONDS.toMinutes(start - s.openedNanos()) + " min before";
                        missed.merge(shown, 1, Integer::sum);
                    }
                }
                worst.add(open.stream().allMatch(s -> s.updateNanos() != 0) ? max : -1);
                expected += open.size();
                done++;
                Thread.sleep(TimeUnit.SECONDS.toMillis(pushSpacingSeconds));
                serverMs.addAll(latencyLog(log, logFrom));
            }
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + " " + e.getMessage();
            error("push", e);
        }
        return new PushLevel(level, open.size(), done, expected, nanos, worst, serverMs, error, missed);
    }

    /** The embedded PostgreSQL of the jar, from its start-up line in the log. */
    private static String databaseUrl(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.map(l -> Pattern.compile("Embedded PostgreSQL is running on port (\\d+)").matcher(l))
                    .filter(Matcher::find)
                    .map(m -> "jdbc:postgresql://127.0.0.1:" + m.group(1) + "/tracker")
                    .findFirst().orElseThrow(() -> new IOException("no embedded PostgreSQL port in " + log));
        }
    }

    /** The generated password of the jar's embedded PostgreSQL, from the data folder its start-up line names. */
    private static String databasePassword(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            Path folder = lines.map(l -> Pattern.compile("Embedded PostgreSQL is running on port \\d+ with its files in (\\S+)").matcher(l))
                    .filter(Matcher::find)
                    .map(m -> Path.of(m.group(1)))
                    .findFirst().orElseThrow(() -> new IOException("no embedded PostgreSQL folder in " + log));
            return Files.readString(folder.resolve("tracker-db-password")).strip();
        }
    }

    /** {@code commit_to_push_ms} of the dashboards' refreshes logged since {@code from} (LiveUpdates, DEBUG). */
    private static List<Long> latencyLog(Path log, long from) throws IOException {
        List<Long> values = new ArrayList<>();
        try (var channel = FileChannel.open(log)) {
            channel.position(from);
            var reader = new java.io.BufferedReader(Channels.newReader(channel, StandardCharsets.UTF_8));
            var pattern = Pattern.compile("view=DashboardView .*commit_to_push_ms=(\\d+)");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                var m = pattern.matcher(line);
                if (m.find()) {
                    values.add(Long.parseLong(m.group(1)));
                }
            }
        }
        return values;
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
    private void jcmd(long pid, String... command) throws Exception {
        List<String> all = new ArrayList<>(List.of(jcmd, Long.toString(pid)));
        all.addAll(List.of(command));
        Process p = new ProcessBuilder(all).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor(1, TimeUnit.MINUTES);
    }

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

    private void write(List<Level> results, List<PushLevel> pushResults, double startSeconds, long idleRss, long emptyLive,
                       long warmLive, Map<String, Long> warmHistogram, Map<String, Long> lastHistogram, String stopped) {
        String size = String.format(Locale.ROOT, "%,d items", items).replace(",000 items", "k items");
        for (PushLevel p : pushResults) {
            Timing.Stats st = stats(p.nanos());
            report.add(new Report.Row("dashboard sessions: commit of a status change → first push carrying it, per session ("
                    + p.changes() + " changes)", p.sessions() + " sessions, " + size,
                    pairOrDash(st, true), pairOrDash(st, false),
                    "max " + maxMs(p.nanos()) + " (visible everywhere)",
                    "received " + p.nanos().size() + " / " + p.expected(), "change visible everywhere ≤ 1 s"));
        }
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
        if (pushResults.isEmpty()) {
            out.append("\nTime for one status change to reach every session: not measured (`bench.sessions.push=false`; "
                    + "the UIs report `pushMode` ").append(pushMode).append(").\n");
        } else {
            out.append(String.format(Locale.ROOT, "\nTime for a committed status change to reach every session (push mode %s, "
                    + "each session with its own push WebSocket as Chromium opens it, see docs/perf/sessions.md): after the steady phase, "
                    + "%d status changes of one item of the current period, each an insert into `status_event` committed through plain JDBC "
                    + "(the app's triggers announce it as they announce the app's own writes), %d s apart; the item alternates between "
                    + "COMPLETED and its own status, so every dashboard replaces its key figures. Clock: from just before `commit()` to the "
                    + "arrival at the client of the first push message that replaces the figures, per session; the client runs on the same "
                    + "2 cores as the app. Visible everywhere = the slowest session of a change (— when a session got nothing within %d s). "
                    + "Server log: `commit_to_push_ms` of every dashboard refresh logged by `org.tsag.tracker.live.latency` (trigger time on "
                    + "the database clock to the end of the refresh, before the push is written).\n\n",
                    pushMode, pushChanges, pushSpacingSeconds, pushTimeoutSeconds));
            out.append("| sessions | push open | changes | received | p50 | p95 | max | visible everywhere, per change "
                    + "| server log commit_to_push_ms p50 / max (lines) |\n|---|---|---|---|---|---|---|---|---|\n");
            for (PushLevel p : pushResults) {
                Timing.Stats st = stats(p.nanos());
                List<Long> log = p.serverLogMs().stream().sorted().toList();
                out.append(String.format(Locale.ROOT, "| %d | %d | %d | %d / %d | %s | %s | %s | %s | %s |\n",
                        p.sessions(), p.pushOpen(), p.changes(), p.nanos().size(), p.expected(),
                        pairOrDash(st, true), pairOrDash(st, false), maxMs(p.nanos()),
                        String.join(", ", p.worstPerChange().stream().map(n -> n < 0 ? "—" : Report.ms(n / 1e6)).toList()),
                        log.isEmpty() ? "—" : log.get(log.size() / 2) + " ms / " + log.getLast() + " ms (" + log.size() + ")"));
                if (!p.missedByPeriod().isEmpty()) {
                    out.append("\nAt ").append(p.sessions()).append(" sessions, the sessions that got no push for a change showed "
                            + "these periods (session-changes): ").append(p.missedByPeriod()).append(".\n");
                }
                if (p.error() != null) {
                    out.append("\nPush phase at ").append(p.sessions()).append(" sessions stopped: ").append(p.error()).append(".\n");
                }
            }
        }
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

    private static String pairOrDash(Timing.Stats s, boolean median) {
        return s == null || s.samples() == 0 ? "—" : Report.ms(median ? s.medianMs() : s.p95Ms());
    }

    private static String maxMs(List<Long> nanos) {
        return nanos.isEmpty() ? "—" : Report.ms(nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
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
        report.write(Path.of(System.getProperty("bench.output", "target/bench/sessions.md")), "core", "Concurrent dashboard sessions (harness run alone)");
        System.out.println(report.table());
        System.exit(0);
    }
}

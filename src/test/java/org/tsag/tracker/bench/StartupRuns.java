package org.tsag.tracker.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up of the packaged jar to the first page served (HTTP 200 on /login, loopback only) and
 * the JVM's RSS two seconds later, for the fat jar, the extracted jar, the extracted jar with a JDK
 * AOT cache (JEP 483/514/515), and the start the README recommends: the extracted jar with Spring
 * AOT ({@code -Dspring.aot.enabled=true}), a small initial heap and its own AOT cache. Each cache is
 * made by a training run with the options of the runs that use it. Runs are interleaved. The README
 * start variants also report the RSS after {@value #IDLE_SECONDS} s of idling, when G1's periodic
 * collection ({@code -XX:G1PeriodicGCInterval}) has given the start's garbage back.
 */
final class StartupRuns {

    private static final Path WORK = Path.of("target", "bench", "startup");
    private static final Path JAR = Path.of("target", "tsag-tracker.jar");
    private static final Duration LIMIT = Duration.ofMinutes(3);
    /** The JVM options the README tells operators to start the extracted jar with (besides -XX:AOTCache). */
    static final List<String> RECOMMENDED = List.of("-Dspring.aot.enabled=true", "-Xms64m", "-XX:G1PeriodicGCInterval=5000",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");
    /** The README start before the idle-memory flags (issue 14), for the side-by-side comparison. */
    static final List<String> PREVIOUS = List.of("-Dspring.aot.enabled=true", "-Xms64m");
    /** Seconds of idling after the first page before the second RSS reading (README start variants). */
    static final int IDLE_SECONDS = 15;

    private record Result(double seconds, long rssMb, long idleRssMb) {
    }

    private final Report report;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    StartupRuns(Report report) {
        this.report = report;
    }

    void run() throws Exception {
        if (!Files.exists(JAR)) {
            report.section("Start-up: not measured, " + JAR + " is missing (run through `./mvnw -Pbench verify`).");
            return;
        }
        deleteTree(WORK);
        Files.createDirectories(WORK);
        Path extracted = WORK.resolve("app");
        exec(List.of(java, "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--destination", extracted.toString()));
        Path app = extracted.resolve("tsag-tracker.jar");
        Path data = WORK.resolve("data");

        // The first start creates the embedded cluster; it is also the first AOT training run. Each
        // cache is made by a training run with the same options as the runs that use it.
        Path cache = WORK.resolve("tracker.aot");
        Path springCache = WORK.resolve("tracker-spring-aot.aot");
        Result training = start(List.of("-XX:AOTCacheOutput=" + cache), app, data, "training");
        List<String> recommended = new ArrayList<>(RECOMMENDED);
        Result springTraining = start(concat(recommended, "-XX:AOTCacheOutput=" + springCache), app, data, "training-spring-aot");
        int runs = Integer.getInteger("bench.startup.runs", 3);
        Map<String, List<Result>> results = new LinkedHashMap<>();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("fat jar (`java -jar target/tsag-tracker.jar`)", List.of("fat"));
        variants.put("extracted jar, no AOT cache", List.of());
        variants.put("extracted jar + AOT cache (`-XX:AOTCache`)", List.of("-XX:AOTCache=" + cache));
        variants.put("extracted jar, Spring AOT, no AOT cache (`" + String.join(" ", RECOMMENDED) + "`)", recommended);
        variants.put("README start: extracted jar + Spring AOT + AOT cache (`" + String.join(" ", RECOMMENDED) + " -XX:AOTCache`)",
                concat(recommended, "-XX:AOTCache=" + springCache));
        // the same with the serial collector instead of G1 (no G1 remembered sets and regions; for small heaps)
        variants.put("README start with `-XX:+UseSerialGC`", concat(concat(PREVIOUS, "-XX:+UseSerialGC"), "-XX:AOTCache=" + springCache));
        variants.put("previous README start (`" + String.join(" ", PREVIOUS) + " -XX:AOTCache`, G1 default heap sizing)",
                concat(PREVIOUS, "-XX:AOTCache=" + springCache));
        for (int i = 0; i < runs; i++) {
            for (var variant : variants.entrySet()) {
                boolean fat = variant.getValue().contains("fat");
                List<String> options = fat ? List.of() : variant.getValue();
                boolean idle = variant.getValue().contains("-XX:AOTCache=" + springCache);
                results.computeIfAbsent(variant.getKey(), k -> new ArrayList<>())
                        .add(start(options, fat ? JAR : app, data, "run" + i, false, idle));
            }
        }
        double baseline = -1;
        for (var entry : results.entrySet()) {
            List<Result> list = entry.getValue();
            double median = median(list.stream().map(Result::seconds).toList());
            double rss = median(list.stream().map(r -> (double) r.rssMb()).toList());
            double idleRss = median(list.stream().map(r -> (double) r.idleRssMb()).toList());
            if (baseline < 0) {
                baseline = median;
            }
            report.add(new Report.Row("start-up to first page (/login 200): " + entry.getKey(), "demo data (off), " + runs + " runs",
                    "%.2f s".formatted(median), "max %.2f s".formatted(list.stream().mapToDouble(Result::seconds).max().orElse(0)),
                    "RSS %.0f MB".formatted(rss) + (idleRss > 0 ? ", after %d s idle %.0f MB".formatted(IDLE_SECONDS, idleRss) : ""),
                    Report.x(median / baseline) + " of fat jar", "with AOT cache: ≤ 2.5 s, idle RSS ≤ 300 MB"));
        }
        // the first start of a fresh clone: README command, new data folder (create the cluster, migrate, load the demo data)
        List<Result> first = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            first.add(start(concat(recommended, "-XX:AOTCache=" + springCache), app, WORK.resolve("fresh-" + i), "first" + i, true, false));
        }
        double firstMedian = median(first.stream().map(Result::seconds).toList());
        report.add(new Report.Row("first start to first page: README start on a new data folder (create the cluster, migrate, load the demo data)",
                runs + " runs, each on a new folder", "%.2f s".formatted(firstMedian),
                "max %.2f s".formatted(first.stream().mapToDouble(Result::seconds).max().orElse(0)),
                "RSS %.0f MB".formatted(median(first.stream().map(r -> (double) r.rssMb()).toList())),
                Report.x(firstMedian / baseline) + " of fat jar (second start)", "≤ 8 s (issue 14)"));
        report.add(new Report.Row("packaged jar size (`target/tsag-tracker.jar`)", "—", "%.1f MB".formatted(Files.size(JAR) / 1048576.0),
                "—", "—", "—", "say what it holds (issue 14)"));
        report.section(("Start-up: the AOT training runs took %.1f s (first start, also created the embedded cluster; cache %d MB) and %.1f s "
                + "(with `%s`; cache %d MB). RSS is the JVM's only (not the embedded PostgreSQL processes), read from /proc two seconds after the first 200. "
                + "See docs/perf/startup.md.")
                .formatted(training.seconds(), Files.size(cache) >> 20, springTraining.seconds(), String.join(" ", RECOMMENDED),
                        Files.size(springCache) >> 20));
    }

    private Result start(List<String> options, Path jar, Path data, String name) throws Exception {
        return start(options, jar, data, name, false, false);
    }

    /**
     * With {@code demo}, the data folder is new and the demo data is loaded, as on a fresh clone; with
     * {@code idle}, the RSS is read a second time after {@link #IDLE_SECONDS} s (else that reading is -1).
     */
    private Result start(List<String> options, Path jar, Path data, String name, boolean demo, boolean idle) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--tracker.data-dir=" + data.toAbsolutePath(), "--tracker.demo.mode=" + (demo ? "auto" : "off")));
        Path log = WORK.resolve(name + "-" + System.nanoTime() + ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(5)).build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the jar exited with " + process.exitValue() + ", see " + log);
                }
                if (System.nanoTime() - start > LIMIT.toNanos()) {
                    throw new IllegalStateException("no page within " + LIMIT + ", see " + log);
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(2_000);
            long rss = rssMb(process.pid());
            long idleRss = -1;
            if (idle) {
                Thread.sleep((IDLE_SECONDS - 2) * 1_000L);
                idleRss = rssMb(process.pid());
            }
            return new Result(seconds, rss, idleRss);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static long rssMb(long pid) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10).orElse(-1L);
        }
    }

    private static List<String> concat(List<String> options, String option) {
        List<String> all = new ArrayList<>(options);
        all.add(option);
        return all;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void exec(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

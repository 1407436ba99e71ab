package org.tsag.tracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Collects the results of one run and writes them as one part of {@code docs/benchmarks.md}
 * ({@link BenchmarkPage}). The other parts and everything below the notes marker are kept, so that
 * the figures of the other benchmark commands and the analysis written by hand survive a new run.
 */
final class Report {

    static final String NOTES_MARKER = BenchmarkPage.NOTES_MARKER;

    record Row(String what, String size, String median, String p95, String baseline, String ratio, String target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private String postgres = "?";

    synchronized void add(Row row) {
        rows.add(row);
    }

    synchronized void section(String markdown) {
        sections.add(markdown);
    }

    void postgres(String version) {
        this.postgres = version;
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f ms" : "%.1f ms", value);
    }

    static String x(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append("| what | size | median | p95 | baseline median / p95 | ratio | target (issue 8) |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(String.join(" | ", r.what(), r.size(), r.median(), r.p95(), r.baseline(),
                    r.ratio(), r.target())).append(" |\n");
        }
        return out.toString();
    }

    /**
     * Writes this run as the named part of {@code file}, keeping the file's other parts (written by
     * the other benchmark commands) and the notes below {@link #NOTES_MARKER}: one benchmarks page,
     * each part rewritten by the command that measures it.
     */
    synchronized void write(Path file, String part, String title) {
        try {
            String old = Files.exists(file) ? Files.readString(file) : "";
            StringBuilder body = new StringBuilder();
            body.append("## ").append(title).append("\n\n");
            body.append("### Machine\n\n");
            body.append("- date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .substring(0, 19)).append(" UTC\n");
            body.append("- CPU: ").append(cpu()).append(", `nproc` = ").append(Runtime.getRuntime().availableProcessors()).append('\n');
            body.append("- memory: ").append(memory()).append('\n');
            body.append("- JDK: ").append(System.getProperty("java.vm.vendor")).append(' ')
                    .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
                    .append(", benchmark JVM heap max ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, args ")
                    .append(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .filter(a -> a.startsWith("-X")).toList()).append('\n');
            body.append("- PostgreSQL: ").append(postgres).append(" (embedded, zonky; fsync off as in the test support)\n");
            body.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append("\n\n");
            body.append("### Results\n\n").append(table()).append('\n');
            for (String section : sections) {
                body.append(section.replaceAll("(?m)^## ", "### ")).append("\n\n");
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, BenchmarkPage.withPart(old, part, body.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cpu() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> (Long.parseLong(l.replaceAll("\\D", "")) >> 10) + " MB total").orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

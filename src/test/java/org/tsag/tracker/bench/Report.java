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
 * Collects the results of one run and writes {@code docs/benchmarks.md}. Everything below the notes
 * marker in an existing file is kept, so that the analysis written by hand survives a new run.
 */
final class Report {

    static final String NOTES_MARKER = "<!-- notes below this line are kept when the benchmarks run again -->";

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

    synchronized void write(Path file) {
        try {
            String notes = "";
            if (Files.exists(file)) {
                String old = Files.readString(file);
                int at = old.indexOf(NOTES_MARKER);
                if (at >= 0) {
                    notes = old.substring(at + NOTES_MARKER.length()).stripLeading();
                }
            }
            StringBuilder out = new StringBuilder();
            out.append("# Benchmarks\n\n");
            out.append("Written by `./mvnw -Pbench verify` (see \"Reproduce\"). Figures are from one run on the machine below; ")
                    .append("medians and p95 of many iterations, each task interleaved with its baseline in the same run.\n\n");
            out.append("## Machine\n\n");
            out.append("- date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .substring(0, 19)).append(" UTC\n");
            out.append("- CPU: ").append(cpu()).append(", `nproc` = ").append(Runtime.getRuntime().availableProcessors()).append('\n');
            out.append("- memory: ").append(memory()).append('\n');
            out.append("- JDK: ").append(System.getProperty("java.vm.vendor")).append(' ')
                    .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
                    .append(", benchmark JVM heap max ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, args ")
                    .append(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .filter(a -> a.startsWith("-X")).toList()).append('\n');
            out.append("- PostgreSQL: ").append(postgres).append(" (embedded, zonky; fsync off as in the test support)\n");
            out.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append("\n\n");
            out.append("## Results\n\n").append(table()).append('\n');
            for (String section : sections) {
                out.append(section).append("\n\n");
            }
            out.append(NOTES_MARKER).append("\n\n").append(notes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
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

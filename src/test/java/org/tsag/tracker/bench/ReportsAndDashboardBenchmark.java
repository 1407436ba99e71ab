package org.tsag.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.dashboard.Dashboard;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.since.Since;
import org.tsag.tracker.since.SinceService;
import org.tsag.tracker.demo.SyntheticDataService;
import org.tsag.tracker.exchange.ExchangeProgress;
import org.tsag.tracker.exchange.ExchangeService;
import org.tsag.tracker.exchange.ImportResult;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemSort;
import org.tsag.tracker.report.ReportRequest;
import org.tsag.tracker.report.ReportService;
import org.tsag.tracker.testsupport.IntegrationTest;
import org.tsag.tracker.testsupport.RoutingTestDataSource;
import org.tsag.tracker.testsupport.TestDatabases;

/**
 * The benchmarks of issues 5 and 7 that work on a whole dataset rather than a page: the full
 * dashboard against its SQL, "since" over a whole study period, the TSAG report for 300 items, the
 * XLSX export of 10k items and an import of 5k rows. Writes the "reports" part of {@code docs/benchmarks.md}
 * ({@code -Dbench.reports.output=FILE}); {@code -Dbench.reports=false} skips it. Each figure is the
 * median of a few runs after one warm-up run, since a run takes seconds.
 */
@IntegrationTest
@Import(TrackerBenchmark.Recording.class)
class ReportsAndDashboardBenchmark {

    private static final Report REPORT = new Report();
    private static final String PERIOD = "2025-2028";
    private static final int EVENTS_PER_ITEM = 20;
    private static final int RUNS = 5;
    private static final java.util.Set<String> CLOSED = java.util.Set.of("Completed", "Superseded", "Withdrawn");

    @Autowired
    DashboardService dashboard;
    @Autowired
    SinceService since;
    @Autowired
    ReportService reports;
    @Autowired
    ExchangeService exchange;
    @Autowired
    SyntheticDataService synthetic;
    @Autowired
    DataSource dataSource;

    private static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty("bench.reports", "true"));
    }

    @Test
    void dashboard_and_since_at_10k_items() {
        if (!enabled()) {
            return;
        }
        withDataset(10_000, () -> {
            LocalDate today = LocalDate.now();
            Dashboard first = dashboard.dashboard(PERIOD, today);
            assertThat(first.figures().total()).isGreaterThanOrEqualTo(10_000);
            List<String> sql = TrackerBenchmark.Recording.RECORDER.record(() -> dashboard.dashboard(PERIOD, today));
            Timing.Pair pair = Timing.pair(() -> dashboard.dashboard(PERIOD, today), () -> jdbc(sql), 60_000);
            REPORT.add(new Report.Row("whole dashboard (figures, charts, progress, heatmap, TSAG list) vs its "
                    + sql.size() + " statements", "10k items",
                    Report.ms(pair.task().medianMs()), Report.ms(pair.task().p95Ms()),
                    Report.ms(pair.baseline().medianMs()) + " / " + Report.ms(pair.baseline().p95Ms()),
                    Report.x(pair.ratio()), "≤ 2× SQL, p95 ≤ 50 ms"));

            String start = "2025-01-01";
            Since window = since.since(start, today.toString(), PERIOD, today).orElseThrow();
            List<String> sinceSql = TrackerBenchmark.Recording.RECORDER.record(
                    () -> since.since(start, today.toString(), PERIOD, today));
            Timing.Pair sincePair = Timing.pair(() -> since.since(start, today.toString(), PERIOD, today),
                    () -> jdbc(sinceSql), 60_000);
            REPORT.add(new Report.Row("\"since\" over the whole study period (" + window.statusChanged().size()
                    + " status changes, " + window.added().size() + " added)", "10k items",
                    Report.ms(sincePair.task().medianMs()), Report.ms(sincePair.task().p95Ms()),
                    Report.ms(sincePair.baseline().medianMs()) + " / " + Report.ms(sincePair.baseline().p95Ms()),
                    Report.x(sincePair.ratio()), "—"));

            ItemFilter plan = ItemFilter.NONE.withPlan(SyntheticDataService.PLAN_CODE);
            List<ItemSort> sort = List.of(new ItemSort("code", false));
            Stats export = runs(() -> exchange.exportXlsx(plan, sort, OutputStream.nullOutputStream(), ExchangeProgress.NONE));
            REPORT.add(new Report.Row("XLSX export (items, TSAG and resolution sheets)", "10k items",
                    Report.ms(export.median()), Report.ms(export.max()), "—", "—", "≤ 3 s"));
        });
    }

    /**
     * The import of 5k rows at 10k items, on its own so that it can be run alone
     * ({@code -Dtest='ReportsAndDashboardBenchmark#imports_of_5k_rows'}): the first 5,000 items of the
     * export read back unchanged, then with a new status on every open item.
     */
    @Test
    void imports_of_5k_rows() {
        if (!enabled()) {
            return;
        }
        withDataset(10_000, () -> {
            ItemFilter plan = ItemFilter.NONE.withPlan(SyntheticDataService.PLAN_CODE);
            byte[] file = csvOf(plan, 5_000);
            Stats unchanged = runs(() -> exchange.importFile("items.csv", file));
            REPORT.add(new Report.Row("import of 5k CSV rows, none changed (parse, diff, apply)", "10k items",
                    Report.ms(unchanged.median()), Report.ms(unchanged.max()), "—", "—", "≤ 5 s"));
            byte[] changed = withStatusChanged(file);
            long start2 = System.nanoTime();
            ImportResult result = exchange.importFile("items.csv", changed);
            double changedMs = (System.nanoTime() - start2) / 1e6;
            REPORT.add(new Report.Row("import of 5k CSV rows, every open item's status changed (" + result.events()
                    + " status events written, one run)", "10k items", Report.ms(changedMs), "—", "—", "—", "≤ 5 s"));
        });
    }

    @Test
    void tsag_report_for_300_items() {
        if (!enabled()) {
            return;
        }
        withDataset(300, () -> {
            ReportRequest request = ReportRequest.of(SyntheticDataService.PLAN_CODE, PERIOD);
            // a status change before each run: the charts differ every time and are drawn, not
            // taken from the node's cache of recent chart pictures
            java.util.concurrent.atomic.AtomicInteger flips = new java.util.concurrent.atomic.AtomicInteger();
            Stats drawn = runs(() -> {
                execute("INSERT INTO status_event (action_item_id, status, occurred_on, author) "
                        + "SELECT id, '" + (flips.incrementAndGet() % 2 == 0 ? "IN_PROGRESS" : "COMPLETED")
                        + "', current_date, 'bench' FROM action_item ORDER BY id LIMIT 1");
                return write(out -> reports.writeDocx(request, out));
            });
            Stats docx = runs(() -> write(out -> reports.writeDocx(request, out)));
            Stats pdf = runs(() -> write(out -> reports.writePdf(request, out)));
            REPORT.add(new Report.Row("TSAG report .docx (with charts), after a status change each time (charts drawn)",
                    "300 items", Report.ms(drawn.median()), Report.ms(drawn.max()), "—", "—", "≤ 2 s"));
            REPORT.add(new Report.Row("TSAG report .docx (with charts), unchanged data (charts from the node's cache)",
                    "300 items", Report.ms(docx.median()), Report.ms(docx.max()), "—", "—", "≤ 2 s"));
            REPORT.add(new Report.Row("TSAG report PDF", "300 items",
                    Report.ms(pdf.median()), Report.ms(pdf.max()), "—", "—", "—"));
        });
    }

    @AfterAll
    static void writeReport() {
        if (!enabled()) {
            return;
        }
        REPORT.section("Medians of " + RUNS + " runs after one warm-up run; the p95 column holds the slowest run. "
                + "Datasets from the synthetic generator (about " + EVENTS_PER_ITEM + " events per item).");
        REPORT.write(Path.of(System.getProperty("bench.reports.output", "docs/benchmarks.md")), "reports",
                "Whole-dataset tasks: dashboard, \"since\", report, export, import (`ReportsAndDashboardBenchmark`)");
        System.out.println("\n" + REPORT.table());
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static int write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private record Stats(double median, double max) {
    }

    private static Stats runs(Supplier<?> task) {
        task.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            task.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return new Stats(times.get(times.size() / 2), times.getLast());
    }

    private byte[] csvOf(ItemFilter filter, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportCsv(filter, List.of(new ItemSort("code", false)), out, ExchangeProgress.NONE);
        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        return String.join("\r\n", lines.subList(0, Math.min(lines.size(), rows + 1)))
                .concat("\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The same CSV with the status of every open item changed to another open status (reopening a
     * closed item needs a chair and a reason, so closed rows stay as they are); commons-csv both ways.
     */
    private static byte[] withStatusChanged(byte[] csv) {
        try {
            var format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            try (var parser = format.parse(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(csv),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                List<String> header = parser.getHeaderNames();
                int column = -1;
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).toLowerCase(java.util.Locale.ROOT).startsWith("status")) {
                        column = i;
                        break;
                    }
                }
                assertThat(column).as("a Status column in " + header).isNotNegative();
                java.io.StringWriter text = new java.io.StringWriter();
                try (var printer = new org.apache.commons.csv.CSVPrinter(text,
                        org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
                    for (var record : parser) {
                        List<String> values = new ArrayList<>(record.toList());
                        String current = values.get(column);
                        if (!CLOSED.contains(current)) {
                            values.set(column, "In progress".equals(current) ? "ONGOING" : "IN_PROGRESS");
                        }
                        printer.printRecord(values);
                    }
                }
                return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void withDataset(int items, Runnable benchmark) {
        try (TestDatabases.TestDatabase database = TestDatabases.create()) {
            RoutingTestDataSource.use(database);
            SystemAuthentication.run(() -> synthetic.generate(items, EVENTS_PER_ITEM));
            execute("VACUUM ANALYZE");
            SystemAuthentication.run(benchmark);
        } finally {
            RoutingTestDataSource.reset();
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void jdbc(List<String> statements) {
        try (Connection connection = dataSource.getConnection()) {
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

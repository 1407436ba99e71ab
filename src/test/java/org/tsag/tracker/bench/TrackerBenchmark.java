package org.tsag.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.demo.SyntheticDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.ItemSort;
import org.tsag.tracker.resolution.parse.ResolutionParser;
import org.tsag.tracker.testsupport.IntegrationTest;
import org.tsag.tracker.testsupport.RoutingTestDataSource;
import org.tsag.tracker.testsupport.TestDatabases;

/**
 * All in-process benchmarks of issue 8, then start-up of the packaged jar; writes
 * {@code docs/benchmarks.md}. Sizes: {@code -Dbench.sizes=1000,10000,100000} (the default; the growth
 * column compares each size with the first, so 1k → 100k); {@code -Dbench.startup=false} skips the start-up runs; {@code -Dbench.sessions=100,250,500}
 * sets the levels of concurrent dashboard sessions ({@code false} skips them, see {@link ConcurrentSessions}); {@code -Dbench.output=FILE} writes
 * elsewhere than {@code docs/benchmarks.md}.
 */
@IntegrationTest
@Import(TrackerBenchmark.Recording.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrackerBenchmark {

    static final Report REPORT = new Report();
    private static final int EVENTS_PER_ITEM = 20;
    private static final int PAGE = 50;
    /** What the grid counts up to (ItemGridView.COUNT_LIMIT): above it, "more than 1,000 items". */
    private static final int GRID_COUNT_LIMIT = 1_000;
    private static final ItemFilter FILTER = ItemFilter.NONE
            .withPlan(SyntheticDataService.PLAN_CODE)
            .withStatuses(Set.of("IN_PROGRESS", "ONGOING"))
            .withText("coordination");
    private static final List<ItemSort> SORT = List.of(new ItemSort("due", true), new ItemSort("code", false));

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {
        static final SqlRecorder RECORDER = new SqlRecorder();

        @Bean
        ExecuteListenerProvider benchmarkSqlRecorder() {
            return new DefaultExecuteListenerProvider(RECORDER);
        }
    }

    @Autowired
    ItemService items;
    @Autowired
    DashboardService dashboard;
    @Autowired
    SyntheticDataService synthetic;
    @Autowired
    DataSource dataSource;

    @Test
    @Order(1)
    void parse_the_seed_resolution() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/resolution/res68-citel-mod-wtsa24.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ResolutionParser parser = new ResolutionParser();
        Timing.Stats stats = Timing.single(() -> {
            try {
                parser.parse(seed);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 300, 1_000);
        REPORT.add(new Report.Row("resolution parse (seed, Res. 68, " + seed.lines().count() + " lines)", "—",
                Report.ms(stats.medianMs()), Report.ms(stats.p95Ms()), "—", "—", "≤ 50 ms"));
    }

    @Test
    @Order(2)
    void grid_page_and_dashboard_against_their_sql() {
        List<Integer> sizes = java.util.Arrays.stream(System.getProperty("bench.sizes", "1000,10000,100000").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        Map<Integer, Timing.Pair> grid = new LinkedHashMap<>();
        Map<Integer, Timing.Pair> summary = new LinkedHashMap<>();
        int largest = sizes.getLast();
        List<String> generation = new ArrayList<>();
        try {
            for (int size : sizes) {
                try (TestDatabases.TestDatabase database = TestDatabases.create()) {
                    RoutingTestDataSource.use(database);
                    long start = System.nanoTime();
                    SystemAuthentication.run(() -> synthetic.generate(size, EVENTS_PER_ITEM));
                    long events = single("SELECT count(*) FROM status_event");
                    generation.add("%,d items / %,d events in %.1f s".formatted(size, events, (System.nanoTime() - start) / 1e9));
                    // A production database gets this from autovacuum; without it the planner guesses.
                    execute("VACUUM ANALYZE");
                    REPORT.postgres(text("SHOW server_version"));

                    SystemAuthentication.run(() -> {
                        int total = items.count(FILTER);
                        int shown = items.countUpTo(FILTER, GRID_COUNT_LIMIT);
                        List<ItemRow> page = items.find(FILTER, 0, PAGE, SORT);
                        assertThat(total).isPositive();
                        assertThat(shown).isEqualTo(Math.min(total, GRID_COUNT_LIMIT + 1));
                        assertThat(page).isNotEmpty();
                        List<String> gridSql = Recording.RECORDER.record(() -> {
                            items.find(FILTER, 0, PAGE, SORT);
                            items.countUpTo(FILTER, GRID_COUNT_LIMIT);
                        });
                        assertThat(gridSql).hasSize(2);
                        grid.put(size, Timing.pair(() -> {
                            items.find(FILTER, 0, PAGE, SORT);
                            items.countUpTo(FILTER, GRID_COUNT_LIMIT);
                        }, () -> jdbc(gridSql), 60_000));

                        List<String> summarySql = Recording.RECORDER.record(dashboard::summary);
                        summary.put(size, Timing.pair(dashboard::summary, () -> jdbc(summarySql), 30_000));

                        if (size == largest) {
                            REPORT.section("## EXPLAIN (ANALYZE, BUFFERS) of the grid page at %,d items\n\n".formatted(size)
                                    + "Filter: plan SYN, status IN_PROGRESS or ONGOING, text \"coordination\"; sort: due descending, "
                                    + "code; first page of " + PAGE + " rows (" + total + " rows match).\n\n"
                                    + "```\n" + explain(gridSql.get(0)) + "```\n\nThe count (up to " + GRID_COUNT_LIMIT
                                    + " + 1, as the grid counts):\n\n```\n"
                                    + explain(gridSql.get(1)) + "```");
                        }
                    });
                } finally {
                    RoutingTestDataSource.reset();
                }
            }
        } finally {
            REPORT.section("Datasets (synthetic generator, about " + EVENTS_PER_ITEM + " events per item): "
                    + String.join("; ", generation) + ".");
        }
        Integer first = grid.isEmpty() ? null : grid.keySet().iterator().next();
        for (var entry : grid.entrySet()) {
            int size = entry.getKey();
            Timing.Pair p = entry.getValue();
            // the target is 1k → 100k: every size against the first
            String growth = size == first ? "" : ", " + Report.x(p.task().medianMs() / grid.get(first).task().medianMs())
                    + " of " + label(first) + " (SQL " + Report.x(p.baseline().medianMs() / grid.get(first).baseline().medianMs()) + ")";
            REPORT.add(new Report.Row("grid page: find (50 rows) + count (up to 1,000), filter + sort + text", label(size),
                    Report.ms(p.task().medianMs()), Report.ms(p.task().p95Ms()),
                    Report.ms(p.baseline().medianMs()) + " / " + Report.ms(p.baseline().p95Ms()),
                    Report.x(p.ratio()) + growth, "p95 ≤ 30 ms at 10k; 1k→100k ≤ 1.5×"));
        }
        Integer previous = null;
        for (var entry : summary.entrySet()) {
            int size = entry.getKey();
            Timing.Pair p = entry.getValue();
            String growth = previous == null ? "" : ", " + Report.x(p.task().medianMs() / summary.get(previous).task().medianMs())
                    + " of " + label(previous);
            REPORT.add(new Report.Row("dashboard summary (server) vs its SQL", label(size),
                    Report.ms(p.task().medianMs()), Report.ms(p.task().p95Ms()),
                    Report.ms(p.baseline().medianMs()) + " / " + Report.ms(p.baseline().p95Ms()),
                    Report.x(p.ratio()) + growth, "≤ 2× SQL, p95 ≤ 50 ms at 10k"));
            previous = size;
        }
    }

    @Test
    @Order(3)
    void startup_of_the_packaged_jar() throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("bench.startup", "true"))) {
            return;
        }
        new StartupRuns(REPORT).run();
    }

    /** {@code -Dbench.sessions=100,250,500} (the default); {@code -Dbench.sessions=false} skips it. */
    @Test
    @Order(4)
    void concurrent_viewers_of_the_dashboard() throws Exception {
        String levels = System.getProperty("bench.sessions", "100,250,500").strip();
        if (levels.isEmpty() || levels.equals("false") || levels.equals("0")) {
            return;
        }
        new ConcurrentSessions(REPORT, java.util.Arrays.stream(levels.split(",")).map(String::strip).map(Integer::valueOf).toList())
                .run();
    }

    @AfterAll
    static void writeReport() {
        REPORT.write(Path.of(System.getProperty("bench.output", "docs/benchmarks.md")), "core",
                "Grid, start-up and concurrent dashboard sessions (`TrackerBenchmark`)");
        System.out.println("\n" + REPORT.table());
    }

    private static String label(int size) {
        return size % 1000 == 0 ? size / 1000 + "k items" : size + " items";
    }

    /** The baseline: the service's statements through plain JDBC, reading every column of every row. */
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

    private String explain(String sql) {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    private long single(String sql) {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.tsag.tracker.live;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemForm;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.status.NewClauseEvent;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.IntegrationTest;
import org.tsag.tracker.testsupport.RoutingTestDataSource;

/**
 * The triggers of V050 and the listener on real PostgreSQL: what a committed change announces,
 * that nothing is announced before the commit or after a rollback, that a bulk update arrives as
 * one change set, and that the listener comes back after its server process was terminated.
 */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = {"TSB", "CHAIR"})
class LiveNotifyTest {

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;

    @Autowired
    ResolutionService resolutions;

    @Autowired
    DemoDataService demo;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Environment environment;

    private ChangeBroadcaster broadcaster;
    private ChangeListener listener;
    private final BlockingQueue<ChangeSet> received = new LinkedBlockingQueue<>();
    private String plan;

    @BeforeEach
    void listen() throws Exception {
        SystemAuthentication.run(demo::loadIfEmpty);
        plan = "LIVE" + System.nanoTime();
        items.createPlan(new NewPlan(plan, "Live plan", null, "TSAG", null, "AVERAGE", false));
        broadcaster = new ChangeBroadcaster(Duration.ofMillis(150));
        broadcaster.register(received::add);
        listener = new ChangeListener(ListenConnection.of(database(), environment).orElseThrow(), broadcaster,
                Duration.ofSeconds(1));
        listener.start();
        await(() -> listener.state() == ChangeListener.State.LISTENING);
    }

    @AfterEach
    void stop() {
        listener.stop();
        broadcaster.destroy();
    }

    private static DataSource database() {
        return RoutingTestDataSource.currentDatabase().dataSource();
    }

    private long item(String code) {
        return items.createItem(new NewItem(plan, code, null, "Live item " + code, null, List.of("TSB"), List.of(),
                List.of("TSAG"), List.of(resolutions.findOperativeClauseId("68", 2024, 1, "1").orElseThrow()), null,
                null, null, null, "MEDIUM", "2025-2028", 1, false, false));
    }

    private static StatusReport report(String status) {
        return new StatusReport(status, null, null, "live test", null, LocalDate.now(), List.of(), null);
    }

    private ChangeSet next() throws InterruptedException {
        ChangeSet changes = received.poll(5, TimeUnit.SECONDS);
        assertThat(changes).as("a change set within 5 s").isNotNull();
        return changes;
    }

    private void settle() throws InterruptedException {
        Thread.sleep(400);
        received.clear();
    }

    @Test
    void a_committed_status_report_names_its_item_plan_and_resolution_and_nothing_comes_before_the_commit()
            throws Exception {
        long id = item("L-1");
        settle();

        transactions.executeWithoutResult(status -> {
            journal.report(id, report("IN_PROGRESS"));
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(received).as("nothing is announced before the commit").isEmpty();
        });

        ChangeSet changes = next();
        assertThat(changes.everything()).isFalse();
        assertThat(changes.items()).containsExactly(id);
        assertThat(changes.plans()).containsExactly(plan);
        assertThat(changes.resolutions()).containsExactly("68");
        // the trigger's move of current_event_id is not announced a second time
        assertThat(changes.tables()).containsExactly("status_event");
        assertThat(changes.sinceRaised(java.time.Instant.now())).isPresent();
        // only journal entries, and the day they report on: what a cache may keep, or update from
        assertThat(changes.onlyReportsOn()).contains(java.util.Set.of(id));
        assertThat(changes.onlyReportsFrom()).hasValueSatisfying(day -> assertThat(day).isBeforeOrEqualTo(java.time.LocalDate.now()));
    }

    @Test
    void a_rolled_back_report_is_never_announced() throws Exception {
        long id = item("L-2");
        settle();
        transactions.executeWithoutResult(status -> {
            journal.report(id, report("IN_PROGRESS"));
            status.setRollbackOnly();
        });
        assertThat(received.poll(800, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void a_bulk_update_of_300_items_arrives_as_one_change_set() throws Exception {
        List<Long> ids = transactions.execute(status -> {
            List<Long> created = new ArrayList<>();
            for (int i = 1; i <= 300; i++) {
                created.add(item("B-" + i));
            }
            return created;
        });
        ChangeSet creation = next();
        assertThat(creation.itemsAddedOrRemoved()).isTrue();
        settle();

        assertThat(journal.bulkReport(ids, report("IN_PROGRESS"))).isEqualTo(300);

        ChangeSet changes = next();
        assertThat(changes.everything()).isFalse();
        assertThat(changes.items()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(changes.plans()).containsExactly(plan);
        assertThat(received.poll(600, TimeUnit.MILLISECONDS)).as("one refresh, not 300").isNull();
    }

    @Test
    void an_edit_is_an_update_of_the_item_and_a_new_item_changes_the_set() throws Exception {
        long id = item("L-3");
        ChangeSet created = next();
        assertThat(created.itemsAddedOrRemoved()).isTrue();
        assertThat(created.items()).containsExactly(id);
        settle();

        ItemForm form = ItemForm.of(items.findItem(plan, "L-3").orElseThrow());
        form.setTitle("Renamed live item");
        items.update(form);

        ChangeSet edited = next();
        assertThat(edited.tables()).containsExactly("action_item");
        assertThat(edited.items()).containsExactly(id);
        assertThat(edited.itemsAddedOrRemoved()).isFalse();
    }

    @Test
    void a_clause_report_changes_the_heatmap_but_no_item() throws Exception {
        long clause = resolutions.findOperativeClauseId("68", 2024, 1, "2").orElseThrow();
        journal.reportClause(new NewClauseEvent(clause, "2025-2028", "REPORT", "IN_PROGRESS", null, null,
                "live test", LocalDate.now(), List.of()));
        ChangeSet changes = next();
        assertThat(changes.mayAffectClauses()).isTrue();
        assertThat(changes.mayAffectItems()).isFalse();
        assertThat(changes.resolutions()).containsExactly("68");
    }

    @Test
    void a_changed_meeting_means_that_anything_may_have_changed() throws Exception {
        execute("UPDATE meeting SET title = title || ' ' WHERE id = (SELECT min(id) FROM meeting)");
        assertThat(next().everything()).isTrue();
    }

    @Test
    void the_listener_uses_a_session_of_its_own_and_comes_back_after_its_backend_is_terminated() throws Exception {
        int pid = listener.backendPid();
        assertThat(pid).isPositive();
        assertThat(query("SELECT application_name FROM pg_stat_activity WHERE pid = " + pid))
                .isEqualTo(ListenConnection.APPLICATION_NAME);

        assertThat(query("SELECT pg_terminate_backend(" + pid + ")::text")).isEqualTo("true");

        await(() -> listener.sessions() == 2 && listener.state() == ChangeListener.State.LISTENING);
        assertThat(listener.backendPid()).isNotEqualTo(pid);
        // what was committed while it was away reached nobody: the screens re-read everything
        assertThat(next().everything()).isTrue();

        long id = item("L-4");
        ChangeSet changes = next();
        assertThat(changes.items()).containsExactly(id);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(String sql) throws SQLException {
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 15 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

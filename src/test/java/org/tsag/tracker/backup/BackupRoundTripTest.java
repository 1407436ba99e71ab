package org.tsag.tracker.backup;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.security.ApiTokenService;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.IntegrationTest;
import org.tsag.tracker.testsupport.RoutingTestDataSource;
import org.tsag.tracker.testsupport.TestDatabases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A backup of a database with the demo data, users, a token, a correction and audit entries,
 * imported into a fresh database of the same schema, holds the same rows, value for value: an
 * export of the copy equals the original export. Importing into a database that holds data is
 * refused and writes nothing.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BackupService backup;

    @Autowired
    StatusJournal journal;

    @Autowired
    DemoDataService demo;

    @Autowired
    ItemService items;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DSLContext dsl;

    @Test
    @Order(1)
    void a_backup_imported_into_an_empty_database_holds_the_same_data() throws Exception {
        SystemAuthentication.run(demo::loadIfEmpty);
        SystemAuthentication.run(() -> users.create("member@example.org", "A member", "correct horse battery", List.of("MEMBER")));
        as("member@example.org", () -> tokens.create("feed reader"));
        long itemId = SystemAuthentication.call(() -> items.findItemId("WTSA24", "68-2")).orElseThrow();
        long wrong = SystemAuthentication.call(() -> journal.report(itemId, new StatusReport("IN_PROGRESS", 35, "AMBER",
                "A report with a wrong figure", null, LocalDate.of(2026, 11, 21), List.of(), null)));
        SystemAuthentication.run(() -> journal.report(itemId, new StatusReport("IN_PROGRESS", 45, "AMBER",
                "Corrected figure", null, LocalDate.of(2026, 11, 21), List.of(), wrong)));
        ItemDetail before = SystemAuthentication.call(() -> items.findItem("WTSA24", "68-2")).orElseThrow();

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        BackupSummary exported = SystemAuthentication.call(() -> backup.exportTo(file));
        assertThat(exported.rows()).containsKeys("action_item", "status_event", "evidence", "audit_log", "app_user",
                "api_token", "clause", "resolution_revision").doesNotContainKey("flyway_schema_history");
        assertThat(exported.rows().get("status_event")).isGreaterThan(190);
        assertThat(exported.rows().get("audit_log")).isPositive();
        List<String> order = List.copyOf(exported.rows().keySet());
        assertThat(order.indexOf("action_plan")).isLessThan(order.indexOf("action_item"));
        assertThat(order.indexOf("action_item")).isLessThan(order.indexOf("status_event"));
        assertThat(order.indexOf("status_event")).isLessThan(order.indexOf("evidence"));
        assertThat(order.indexOf("app_user")).isLessThan(order.indexOf("api_token"));

        TestDatabases.TestDatabase source = RoutingTestDataSource.currentDatabase();
        try (TestDatabases.TestDatabase target = TestDatabases.create()) {
            RoutingTestDataSource.use(target);
            try {
                BackupSummary imported = SystemAuthentication.call(() ->
                        backup.importFrom(new ByteArrayInputStream(file.toByteArray())));
                assertThat(imported.rows()).isEqualTo(exported.rows());
                for (Map.Entry<String, Long> table : exported.rows().entrySet()) {
                    assertThat((long) dsl.fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table.getKey()))))
                            .as(table.getKey()).isEqualTo(table.getValue());
                }

                // value for value: the copy exports to the same document
                ByteArrayOutputStream again = new ByteArrayOutputStream();
                SystemAuthentication.call(() -> backup.exportTo(again));
                assertThat(withoutTime(again.toByteArray())).isEqualTo(withoutTime(file.toByteArray()));

                // the item page reads the same, the correction still names the event it corrects
                ItemDetail after = SystemAuthentication.call(() -> items.findItem("WTSA24", "68-2")).orElseThrow();
                assertThat(after).isEqualTo(before);
                assertThat(after.events().getFirst().correctsEventId()).isEqualTo(wrong);
                assertThat(after.progress()).isEqualTo(45);

                // identities continue after the imported ids; the journals work as before
                long planId = SystemAuthentication.call(() -> items.createPlan(new NewPlan("NEW", "A new plan", null,
                        null, null, "AVERAGE", false)));
                assertThat(planId).isGreaterThan(3);
                assertThatThrownBy(() -> dsl.execute("delete from status_event"))
                        .hasMessageContaining("append-only");

                // a second import into the now filled database is refused
                assertThatThrownBy(() -> SystemAuthentication.call(() ->
                        backup.importFrom(new ByteArrayInputStream(file.toByteArray()))))
                        .isInstanceOf(BackupRejectedException.class)
                        .hasMessageContaining("not empty");
            } finally {
                RoutingTestDataSource.use(source);
            }
        }
    }

    @Test
    @Order(2)
    void importing_into_a_database_that_holds_data_is_refused_and_writes_nothing() {
        SystemAuthentication.run(demo::loadIfEmpty);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        SystemAuthentication.call(() -> backup.exportTo(file));
        int events = dsl.fetchCount(org.jooq.impl.DSL.table("status_event"));
        int audit = dsl.fetchCount(org.jooq.impl.DSL.table("audit_log"));

        assertThatThrownBy(() -> SystemAuthentication.call(() ->
                backup.importFrom(new ByteArrayInputStream(file.toByteArray()))))
                .isInstanceOf(BackupRejectedException.class)
                .hasMessageContaining("The database is not empty")
                .hasMessageContaining("status_event");
        assertThat(dsl.fetchCount(org.jooq.impl.DSL.table("status_event"))).isEqualTo(events);
        assertThat(dsl.fetchCount(org.jooq.impl.DSL.table("audit_log"))).isEqualTo(audit);
    }

    @Test
    @Order(3)
    void a_file_that_is_not_a_backup_of_this_schema_is_refused() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        SystemAuthentication.call(() -> backup.exportTo(file));
        ObjectNode document = (ObjectNode) JSON.readTree(file.toByteArray());
        document.put("schemaVersion", "001");
        byte[] older = JSON.writeValueAsBytes(document);

        try (TestDatabases.TestDatabase target = TestDatabases.create()) {
            TestDatabases.TestDatabase source = RoutingTestDataSource.currentDatabase();
            RoutingTestDataSource.use(target);
            try {
                assertThatThrownBy(() -> SystemAuthentication.call(() -> backup.importFrom(new ByteArrayInputStream(older))))
                        .isInstanceOf(BackupRejectedException.class)
                        .hasMessageContaining("schema version 001");
                assertThatThrownBy(() -> SystemAuthentication.call(() -> backup.importFrom(
                        new ByteArrayInputStream("{\"format\":\"something else\",\"tables\":[]}".getBytes(StandardCharsets.UTF_8)))))
                        .isInstanceOf(BackupRejectedException.class)
                        .hasMessageContaining("not a tsag-tracker backup");
                assertThatThrownBy(() -> SystemAuthentication.call(() -> backup.importFrom(
                        new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8)))))
                        .isInstanceOf(BackupRejectedException.class);
                // a file cut short is refused, and the database stays empty
                byte[] truncated = java.util.Arrays.copyOf(file.toByteArray(), file.size() / 2);
                assertThatThrownBy(() -> SystemAuthentication.call(() -> backup.importFrom(new ByteArrayInputStream(truncated))))
                        .isInstanceOf(BackupRejectedException.class);
                assertThat(dsl.fetchCount(org.jooq.impl.DSL.table("action_item"))).isZero();
                assertThat(dsl.fetchCount(org.jooq.impl.DSL.table("status"))).isPositive();
            } finally {
                RoutingTestDataSource.use(source);
            }
        }
    }

    private static JsonNode withoutTime(byte[] backup) {
        ObjectNode document = (ObjectNode) JSON.readTree(backup);
        document.remove("exportedAt");
        return document;
    }

    private static <T> T as(String email, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email,
                null, AuthorityUtils.createAuthorityList("ROLE_MEMBER")));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

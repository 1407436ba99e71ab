package org.tsag.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.tsag.tracker.api.ApiClient.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.testsupport.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The JSON shape of every endpoint of {@code /api/v1} on the demo data: field names (the contract),
 * ISO dates, paging with the total count, and the grid's filters. Requests go through the real
 * security filter chains and the DispatcherServlet, where Vaadin's own mappings also live: a JSON
 * answer shows that the controllers' explicit mappings win.
 */
@IntegrationTest
class ReadApiContractTest {

    private static final RequestPostProcessor TSB = user("tsb@example.org").roles("TSB");
    private static final RequestPostProcessor MEMBER = user("member@example.org").roles("MEMBER");
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Autowired
    WebApplicationContext context;

    @Autowired
    DemoDataService demo;

    @Autowired
    ItemService items;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiClient.mvc(context);
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private JsonNode getJson(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).as(url).startsWith("application/json");
        return json(result);
    }

    private static Set<String> fields(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }

    @Test
    void plans_are_listed_with_their_fields() throws Exception {
        JsonNode plans = getJson("/api/v1/plans", MEMBER);
        assertThat(plans.isArray()).isTrue();
        List<String> codes = new ArrayList<>();
        plans.forEach(p -> codes.add(p.get("code").asString()));
        assertThat(codes).containsExactly("CXO", "IEAP", "WTSA24");
        assertThat(fields(plans.get(0))).containsExactlyInAnyOrder("code", "title", "description", "approvedBy",
                "approvedOn", "rollup", "sample");
        assertThat(plans.get(0).get("approvedOn").asString()).matches(DATE);
    }

    @Test
    void items_come_in_pages_with_the_total_count() throws Exception {
        JsonNode first = getJson("/api/v1/items?plan=WTSA24&size=5", TSB);
        assertThat(fields(first)).containsExactlyInAnyOrder("page", "size", "total", "items");
        int total = first.get("total").asInt();
        assertThat(total).isEqualTo(SystemAuthentication.call(() -> items.count(ItemFilter.NONE.withPlan("WTSA24"))));
        assertThat(first.get("items")).hasSize(5);
        JsonNode item = first.get("items").get(0);
        assertThat(fields(item)).containsExactlyInAnyOrder("id", "plan", "code", "title", "clauses", "responsible",
                "collaborating", "reportsTo", "owner", "dueDate", "targetMeeting", "status", "closed", "progress",
                "updated", "period", "internal", "sample");
        assertThat(item.get("code").asString()).isEqualTo("68-1");
        assertThat(item.get("responsible").get(0).asString()).isEqualTo("TSB");
        assertThat(item.get("updated").asString()).matches(DATE);

        JsonNode second = getJson("/api/v1/items?plan=WTSA24&size=5&page=1", TSB);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("total").asInt()).isEqualTo(total);
        assertThat(second.get("items").get(0).get("code").asString()).isNotEqualTo("68-1");

        JsonNode last = getJson("/api/v1/items?plan=WTSA24&size=500", TSB);
        assertThat(last.get("items")).hasSize(total);
    }

    @Test
    void items_take_the_filters_and_sort_keys_of_the_grid() throws Exception {
        JsonNode completed = getJson("/api/v1/items?status=completed&size=500", TSB);
        assertThat(completed.get("total").asInt()).isPositive();
        completed.get("items").forEach(i -> assertThat(i.get("status").asString()).isEqualTo("COMPLETED"));

        JsonNode byEntity = getJson("/api/v1/items?entity=bdt&resolution=68&size=500", TSB);
        assertThat(byEntity.get("total").asInt()).isPositive();
        byEntity.get("items").forEach(i -> assertThat(i.get("clauses").toString()).contains("68/"));

        JsonNode sorted = getJson("/api/v1/items?plan=WTSA24&sort=-code&size=2", TSB);
        JsonNode ascending = getJson("/api/v1/items?plan=WTSA24&sort=code&size=500", TSB);
        JsonNode items = ascending.get("items");
        assertThat(sorted.get("items").get(0).get("code").asString())
                .isEqualTo(items.get(items.size() - 1).get("code").asString());

        JsonNode search = getJson("/api/v1/items?q=workshop&size=500", TSB);
        assertThat(search.get("total").asInt()).isPositive().isLessThan(ascending.get("total").asInt() + 100);

        JsonNode responsible = getJson("/api/v1/items?entity=TSAG&role=responsible&size=500", TSB);
        assertThat(responsible.get("total").asInt())
                .isEqualTo(SystemAuthentication.call(() -> this.items.count(
                        ItemFilter.NONE.withEntity("TSAG").withEntityRole("RESPONSIBLE"))));
        JsonNode atRisk = getJson("/api/v1/items?health=at-risk&size=500", TSB);
        assertThat(atRisk.get("total").asInt()).isEqualTo(SystemAuthentication.call(() -> this.items.count(
                ItemFilter.NONE.withHealth(ItemFilter.AT_RISK))));
    }

    @Test
    void bad_parameters_are_refused_with_a_problem_document() throws Exception {
        for (String url : List.of("/api/v1/items?sort=colour", "/api/v1/items?status=DONE", "/api/v1/items?size=501",
                "/api/v1/items?page=-1", "/api/v1/events?since=yesterday", "/api/v1/items?role=owner",
                "/api/v1/items?health=fine")) {
            MvcResult result = mvc.perform(get(url).with(TSB)).andReturn();
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).as(url).startsWith("application/problem+json");
            assertThat(json(result).get("detail").asString()).as(url).isNotBlank();
        }
    }

    @Test
    void an_item_comes_with_its_clauses_children_and_events() throws Exception {
        JsonNode item = getJson("/api/v1/items/WTSA24/68-3", TSB);
        assertThat(fields(item)).containsExactlyInAnyOrder("id", "plan", "planTitle", "code", "parent", "title",
                "description", "owner", "startDate", "dueDate", "targetMeeting", "priority", "period", "weight",
                "internal", "sample", "status", "progress", "responsible", "collaborating", "reportsTo", "clauses",
                "children", "events");
        assertThat(item.get("children").get(0).get("code").asString()).isEqualTo("68-3.1");
        assertThat(fields(item.get("clauses").get(0))).containsExactlyInAnyOrder("resolution", "revisionPlace",
                "revisionYear", "section", "label", "text");
        JsonNode event = item.get("events").get(0);
        assertThat(fields(event)).containsExactlyInAnyOrder("id", "kind", "status", "progress", "rag", "narrative",
                "meeting", "occurredOn", "author", "recordedAt", "correctsEventId", "evidence");
        assertThat(event.get("occurredOn").asString()).matches(DATE);
        assertThat(event.get("recordedAt").asString()).matches(DATE + "T\\d{2}:\\d{2}:\\d{2}.*(Z|[+-]\\d{2}:\\d{2})");

        MvcResult missing = mvc.perform(get("/api/v1/items/WTSA24/99-99").with(TSB)).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(json(missing).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void events_are_filtered_by_plan_resolution_and_day() throws Exception {
        JsonNode all = getJson("/api/v1/events?size=500", TSB);
        assertThat(fields(all.get("items").get(0))).containsExactlyInAnyOrder("id", "plan", "item", "itemTitle",
                "kind", "status", "previousStatus", "progress", "rag", "narrative", "meeting", "occurredOn", "author",
                "recordedAt", "correctsEventId", "evidence");
        int total = all.get("total").asInt();
        assertThat(total).isGreaterThan(100);

        JsonNode plan = getJson("/api/v1/events?plan=IEAP&size=500", TSB);
        assertThat(plan.get("total").asInt()).isPositive().isLessThan(total);
        plan.get("items").forEach(e -> assertThat(e.get("plan").asString()).isEqualTo("IEAP"));

        JsonNode since = getJson("/api/v1/events?since=2026-01-01&size=500", TSB);
        assertThat(since.get("total").asInt()).isPositive().isLessThan(total);
        since.get("items").forEach(e -> assertThat(e.get("occurredOn").asString()).isGreaterThanOrEqualTo("2026-01-01"));

        JsonNode resolution = getJson("/api/v1/events?resolution=68&size=500", TSB);
        assertThat(resolution.get("total").asInt()).isPositive();
        resolution.get("items").forEach(e -> assertThat(e.get("plan").asString()).isIn("WTSA24", "CXO", "IEAP"));

        // newest first, and each event names the status before it
        JsonNode itemEvents = getJson("/api/v1/items/WTSA24/68-1", TSB).get("events");
        JsonNode listed = getJson("/api/v1/events?plan=WTSA24&size=500", TSB).get("items");
        JsonNode newest = null;
        for (JsonNode e : listed) {
            if (e.get("item").asString().equals("68-1")) {
                newest = e;
                break;
            }
        }
        assertThat(newest).isNotNull();
        assertThat(newest.get("id").asLong()).isEqualTo(itemEvents.get(0).get("id").asLong());
        assertThat(newest.get("previousStatus").asString()).isEqualTo(itemEvents.get(1).get("status").asString());
    }

    @Test
    void resolutions_revisions_and_clauses_have_their_fields() throws Exception {
        JsonNode list = getJson("/api/v1/resolutions", MEMBER);
        assertThat(list).hasSize(1);
        assertThat(fields(list.get(0))).containsExactlyInAnyOrder("number", "title", "revisionPlace", "revisionYear",
                "operativeClauses", "revisions", "implementation");
        assertThat(list.get(0).get("operativeClauses").asInt()).isEqualTo(17);

        JsonNode resolution = getJson("/api/v1/resolutions/68", MEMBER);
        assertThat(fields(resolution)).containsExactlyInAnyOrder("number", "title", "revisions");
        JsonNode revisions = getJson("/api/v1/resolutions/68/revisions", MEMBER);
        assertThat(revisions.toString()).isEqualTo(resolution.get("revisions").toString());
        assertThat(fields(revisions.get(0))).containsExactlyInAnyOrder("place", "year", "inForce");
        assertThat(revisions.get(0).get("year").asInt()).isEqualTo(2024);

        JsonNode revision = getJson("/api/v1/resolutions/68/revisions/2016", MEMBER);
        assertThat(revision.get("place").asString()).isEqualTo("Hammamet");
        assertThat(fields(revision)).containsExactlyInAnyOrder("number", "title", "place", "year", "history",
                "assemblyLine", "inForce", "source", "sections");
        assertThat(fields(revision.get("sections").get(0))).containsExactlyInAnyOrder("position", "heading",
                "previousHeading", "kind", "addressee", "addressees", "clauses");

        JsonNode clauses = getJson("/api/v1/resolutions/68/revisions/2024/clauses?operative=true", MEMBER);
        assertThat(clauses).hasSize(17);
        assertThat(fields(clauses.get(0))).containsExactlyInAnyOrder("id", "section", "sectionKind", "addressees",
                "label", "previousLabel", "change", "text", "subItems", "footnotes", "lineageLabel", "items",
                "implementation");
        assertThat(clauses.get(0).get("items").toString()).contains("\"code\":\"68-1\"");
        assertThat(fields(clauses.get(0).get("items").get(0))).containsExactlyInAnyOrder("plan", "code", "title",
                "status");
        assertThat(getJson("/api/v1/resolutions/68/revisions/2024/clauses", MEMBER).size()).isGreaterThan(17);

        assertThat(mvc.perform(get("/api/v1/resolutions/999").with(MEMBER)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/resolutions/68/revisions/2020").with(MEMBER)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void meetings_study_periods_and_statuses_have_their_fields() throws Exception {
        JsonNode meetings = getJson("/api/v1/meetings", MEMBER);
        assertThat(meetings.size()).isGreaterThan(3);
        assertThat(fields(meetings.get(0))).containsExactlyInAnyOrder("code", "kind", "title", "place", "startDate",
                "endDate", "studyPeriod", "sample");
        getJson("/api/v1/meetings?kind=tsag", MEMBER)
                .forEach(m -> assertThat(m.get("kind").asString()).isEqualTo("TSAG"));

        JsonNode periods = getJson("/api/v1/study-periods", MEMBER);
        assertThat(periods).hasSize(3);
        assertThat(periods.get(0).toString())
                .isEqualTo("{\"code\":\"2017-2020\",\"startDate\":\"2016-11-04\",\"endDate\":\"2022-03-09\",\"current\":false}");

        JsonNode statuses = getJson("/api/v1/statuses", SecurityMockMvcRequestPostProcessors.user("x").roles("MEMBER"));
        assertThat(statuses.get(0).toString()).isEqualTo("{\"code\":\"NOT_STARTED\",\"name\":\"Not started\"}");
    }
}

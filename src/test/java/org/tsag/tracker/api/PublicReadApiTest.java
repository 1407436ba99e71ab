package org.tsag.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tsag.tracker.api.ApiClient.json;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** In public read-only mode anonymous callers read the API and the feed as members do; the OpenAPI document stays signed-in. */
@IntegrationTest
@TestPropertySource(properties = "tracker.public-read=true")
class PublicReadApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    DemoDataService demo;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiClient.mvc(context);
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @Test
    void anonymous_callers_read_what_members_read() throws Exception {
        MvcResult items = mvc.perform(get("/api/v1/items?size=500")).andReturn();
        assertThat(items.getResponse().getStatus()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        json(items).get("items").forEach(i -> codes.add(i.get("code").asString()));
        assertThat(codes).contains("68-1").doesNotContain("68-9.1", "IE-4.3");
        assertThat(mvc.perform(get("/api/v1/items/WTSA24/68-9.1")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/feed/events.atom")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/resolutions")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_and_writes_stay_closed() throws Exception {
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/items")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer tsag_wrong"))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }
}

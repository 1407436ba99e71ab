package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.testsupport.FreshDatabaseExtension;
import org.tsag.tracker.testsupport.TestDatabaseConfiguration;

/**
 * Issue 18: an address outside the Vaadin views that leads nowhere, or is refused, shows the app's own
 * page in the reader's language, with the menu and what to do, never the server's bare "HTTP ERROR 403"
 * or "404"; a page that does not exist answers 404 to visitors and members alike.
 */
@ExtendWith(FreshDatabaseExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class HttpErrorPagesTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    HttpClient client;
    String email;

    @BeforeEach
    void setUp() {
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        email = "member" + System.nanoTime() + "@example.org";
        SystemAuthentication.run(() -> users.create(email, "A delegate", PASSWORD, List.of("MEMBER")));
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                        .header("Accept-Language", language)
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertAppPage(HttpResponse<String> response, String... texts) {
        String what = response.request().uri().getPath() + " (" + response.statusCode() + ")";
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(response.body()).as(what)
                .doesNotContain("HTTP ERROR")
                .doesNotContain("Whitelabel")
                .contains("id=\"error-page\"")
                .contains("href=\"/items\"")
                .contains(texts);
    }

    @Test
    void an_unknown_address_is_the_apps_not_found_page_for_a_visitor() throws Exception {
        for (String path : List.of("/no-such-page", "/foo/bar.txt", "/no/such/page")) {
            HttpResponse<String> response = get(path, "en");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertAppPage(response, "Page not found", "Sign in", "Dashboard");
        }
    }

    @Test
    void the_page_is_in_the_readers_language() throws Exception {
        HttpResponse<String> french = get("/no-such-page", "fr-FR,fr;q=0.9,en;q=0.5");
        assertThat(french.statusCode()).isEqualTo(404);
        assertAppPage(french, "lang=\"fr\"", "Tableau de bord");
        assertThat(french.body()).doesNotContain("Page not found");
        HttpResponse<String> arabic = get("/foo/bar.txt", "ar");
        assertAppPage(arabic, "dir=\"rtl\"");
    }

    @Test
    void an_unknown_address_is_the_apps_not_found_page_for_a_member() throws Exception {
        signIn();
        for (String path : List.of("/no-such-page", "/foo/bar.txt")) {
            HttpResponse<String> response = get(path, "en");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("HTTP ERROR").doesNotContain("Whitelabel");
        }
        assertAppPage(get("/foo/bar.txt", "en"), "Page not found", "Dashboard");
    }

    @Test
    void the_guarded_pages_and_the_api_stay_guarded() throws Exception {
        // Swagger UI is for signed-in users: a visitor is refused, on the app's page, not let through
        HttpResponse<String> swagger = get("/swagger-ui.html", "en");
        assertThat(swagger.statusCode()).isIn(302, 401, 403);
        assertThat(swagger.body()).doesNotContain("HTTP ERROR").doesNotContain("swagger-ui-bundle");
        // a view of the web application still sends a visitor to sign in (not a 404: it exists)
        for (String view : List.of("/admin/users", "/audit", "/reports")) {
            HttpResponse<String> page = get(view, "en");
            assertThat(page.statusCode()).as(view).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(view).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        // the API keeps its problem details
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    private void signIn() throws Exception {
        HttpResponse<String> page = get("/login", "en");
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(email) + "&password=" + enc(PASSWORD)
                                + "&_csrf=" + enc(token))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

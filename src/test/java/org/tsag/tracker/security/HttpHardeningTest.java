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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.testsupport.FreshDatabaseExtension;
import org.tsag.tracker.testsupport.TestDatabaseConfiguration;

/**
 * Issue 19, items 2 and 3, over real HTTP against the running server: the security headers on
 * every kind of response, a sign-in without its CSRF token refused, and session ids only in cookies.
 */
@ExtendWith(FreshDatabaseExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class HttpHardeningTest {

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
        email = "tsb" + System.nanoTime() + "@example.org";
        SystemAuthentication.run(() -> users.create(email, "TSB staff", PASSWORD, List.of("TSB")));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertHardened(HttpResponse<String> response) {
        var headers = response.headers();
        String what = response.request().uri().getPath() + " (" + response.statusCode() + ")";
        assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'").contains("default-src"));
        assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(headers.allValues("Referrer-Policy")).as(what).containsExactly("strict-origin-when-cross-origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/items", "/resolutions", "/assets/tracker.css", "/assets/no-such-file.css",
            "/no/such/page", "/api/v1/plans", "/feed/items.atom", "/v3/api-docs", "/VAADIN/no-such-file.js", "/favicon.ico"})
    void every_response_carries_the_security_headers_for_anonymous_visitors(String path) throws Exception {
        assertHardened(get(path));
    }

    @Test
    void pages_of_a_signed_in_user_carry_the_security_headers() throws Exception {
        signIn();
        for (String path : List.of("/", "/items", "/resolutions", "/no/such/page", "/api/v1/plans", "/assets/tracker.css")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(302);
            assertHardened(response);
        }
    }

    private String csrfToken() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the login page carries a CSRF token").isTrue();
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private void signIn() throws Exception {
        String token = csrfToken();
        HttpResponse<String> response = post("/login", "username=" + enc(email) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("error").doesNotContain(";jsessionid"));
        assertHardened(response);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void a_sign_in_without_the_csrf_token_is_refused() throws Exception {
        get("/login");
        HttpResponse<String> response = post("/login", "username=" + enc(email) + "&password=" + enc(PASSWORD));
        // refused: sent back to the login page, not signed in
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("/login"));
        // still anonymous: the read API (same session cookie) refuses us
        assertThat(get("/api/v1/plans").statusCode()).isEqualTo(401);
        // while the same request with the token signs in
        signIn();
        assertThat(get("/api/v1/plans").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_id_never_appears_in_a_url() throws Exception {
        // a client without cookies is where URL rewriting would show
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/", "/items", "/login")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase(";jsessionid=");
        }
    }
}

package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsag.tracker.db.Tables.APP_USER;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tsag.tracker.testsupport.FreshDatabaseExtension;
import org.tsag.tracker.testsupport.TestDatabaseConfiguration;

/**
 * Single sign-on against a local stub OpenID provider (a JDK HTTP server that signs ID tokens):
 * discovery, authorization code, token exchange, ID-token validation, and the user row that the
 * tracker links to the identity, with roles taken from the token's roles claim.
 */
@ExtendWith({FreshDatabaseExtension.class, OutputCaptureExtension.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class OidcSignInTest {

    private static final RSAKey KEY = newKey();
    private static final AtomicReference<String> NONCE = new AtomicReference<>();
    private static final AtomicReference<Map<String, Object>> CLAIMS = new AtomicReference<>();
    private static final HttpServer PROVIDER = startProvider();

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.stub.client-id", () -> "tracker");
        registry.add(prefix + "registration.stub.client-secret", () -> "stub-secret");
        registry.add(prefix + "registration.stub.client-name", () -> "Stub SSO");
        registry.add(prefix + "registration.stub.scope", () -> "openid,email");
        registry.add(prefix + "registration.stub.authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "registration.stub.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(prefix + "provider.stub.issuer-uri", OidcSignInTest::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    @Test
    void a_user_signs_in_with_single_sign_on_and_gets_the_roles_of_the_token(CapturedOutput output) throws Exception {
        CLAIMS.set(Map.of("email", "Delegate@Example.org", "name", "A Delegate", "roles", List.of("tsb", "unknown")));
        HttpResponse<String> done = signIn();

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        var user = dsl.selectFrom(APP_USER).where(APP_USER.EMAIL.eq("delegate@example.org")).fetchOne();
        assertThat(user).isNotNull();
        assertThat(user.getOidcSubject()).isEqualTo("subject-1");
        assertThat(user.getOidcIssuer()).isEqualTo(issuer());
        assertThat(user.getPasswordHash()).isNull();
        // the users page shows when (issue 18)
        assertThat(user.getLastSignInAt()).isNotNull();
        assertThat(output).contains("Single sign-on of delegate@example.org from " + issuer() + " with roles [TSB]");
    }

    @Test
    void a_token_without_e_mail_is_refused() throws Exception {
        CLAIMS.set(Map.of("name", "Nobody"));
        HttpResponse<String> done = signIn();
        assertThat(done.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }

    /** Plays the browser: start at the tracker, "log in" at the provider, come back with a code. */
    private HttpResponse<String> signIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> start = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/stub")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(issuer() + "/authorize");
        Map<String, String> query = query(authorize);
        NONCE.set(query.get("nonce"));
        URI callback = URI.create(query.get("redirect_uri") + "?code=the-code&state="
                + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String issuer() {
        return "http://localhost:" + PROVIDER.getAddress().getPort() + "/issuer";
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("stub-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer startProvider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/issuer/.well-known/openid-configuration", exchange -> json(exchange, """
                    {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                     "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                     "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","email"],
                     "token_endpoint_auth_methods_supported":["client_secret_basic"]}""".formatted(issuer())));
            server.createContext("/issuer/jwks", exchange -> json(exchange, new JWKSet(KEY.toPublicJWK()).toString()));
            server.createContext("/issuer/token", exchange -> {
                exchange.getRequestBody().readAllBytes();
                json(exchange, """
                        {"access_token":"stub-access-token","token_type":"Bearer","expires_in":300,"scope":"openid email",
                         "id_token":"%s"}""".formatted(idToken()));
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String idToken() {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer())
                    .subject("subject-1")
                    .audience("tracker")
                    .issueTime(Date.from(Instant.now()))
                    .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                    .claim("nonce", NONCE.get());
            CLAIMS.get().forEach(claims::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

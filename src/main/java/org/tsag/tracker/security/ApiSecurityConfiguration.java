package org.tsag.tracker.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsag.tracker.base.TrackerProperties;

/**
 * The read API ({@code /api/**}), the feeds ({@code /feed/**}) and the OpenAPI document
 * ({@code /v3/api-docs/**}) have a filter chain of their own, ahead of Vaadin's: the session of a
 * signed-in user works, and so does a personal API token as a bearer token. Reading follows
 * {@code @CanRead} (signed in, or anyone in public read-only mode); the OpenAPI document is for
 * signed-in users only. Every method but GET and HEAD is refused, which is also why CSRF
 * protection is not needed here. Refusals are JSON, never a redirect to the login page.
 */
@Configuration
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenRepository tokens, TransactionTemplate transactions,
                                       TrackerProperties properties,
                                       ObjectProvider<SecurityContextHolderStrategy> strategies) throws Exception {
        SecurityContextHolderStrategy strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var unauthorized = ProblemResponses.unauthorized();
        http.securityMatcher(new OrRequestMatcher(
                PATHS.matcher("/api/**"), PATHS.matcher("/feed/**"), PATHS.matcher("/v3/api-docs"),
                PATHS.matcher("/v3/api-docs/**")));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(PATHS.matcher(HttpMethod.GET, "/v3/api-docs"),
                        PATHS.matcher(HttpMethod.GET, "/v3/api-docs/**")).access(signedIn())
                .requestMatchers(PATHS.matcher(HttpMethod.GET, "/**"), PATHS.matcher(HttpMethod.HEAD, "/**"))
                .access(canRead(properties))
                .anyRequest().denyAll());
        http.addFilterBefore(new BearerTokenFilter(tokens, transactions, strategy, unauthorized,
                properties.oidc().defaultRole()), AnonymousAuthenticationFilter.class);
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        http.exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(unauthorized)
                .accessDeniedHandler(ProblemResponses.forbidden()));
        // CSP (default-src 'none'), nosniff, frame options and referrer policy: SecurityHeadersFilter
        http.headers(headers -> headers
                .contentTypeOptions(options -> options.disable())
                .frameOptions(frame -> frame.disable()));
        return http.build();
    }

    /** The rule of {@code @CanRead} at the door: signed in, or public read-only mode. */
    private static AuthorizationManager<RequestAuthorizationContext> canRead(TrackerProperties properties) {
        return (authentication, context) -> new AuthorizationDecision(
                properties.publicRead() || isSignedIn(authentication.get()));
    }

    private static AuthorizationManager<RequestAuthorizationContext> signedIn() {
        return (authentication, context) -> new AuthorizationDecision(isSignedIn(authentication.get()));
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}

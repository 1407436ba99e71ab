package org.tsag.tracker.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.tsag.tracker.security.ui.LoginView;

/**
 * Web security: Vaadin's configurer with our login view, single sign-on when an OIDC client is
 * configured, security headers, session fixation protection, and method security (JSR-250
 * {@code @RolesAllowed} and {@code @PreAuthorize}) so that services enforce the rules themselves.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The web part; the jar's commands run without a web server and need only method security. */
    @Configuration
    @EnableWebSecurity
    @ConditionalOnWebApplication
    static class Web {

        /**
         * Vaadin needs inline styles and eval for its client engine; everything else is same-origin.
         * {@code connect-src 'self'} covers the push WebSocket too: CSP Level 3 matches ws: and wss: of
         * the page's own host and port to 'self', and no other host is allowed. A browser without that
         * rule falls back to long polling. The push endpoint, {@code /VAADIN/push}, is a framework
         * request that Vaadin's configurer lets through; the views behind it keep their own rules.
         */
        static final String CONTENT_SECURITY_POLICY = String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");

        /** Runs before everything that could create a session; see {@link StalePushCloseFilter}. */
        @Bean
        FilterRegistrationBean<StalePushCloseFilter> stalePushCloseFilter() {
            FilterRegistrationBean<StalePushCloseFilter> registration = new FilterRegistrationBean<>(new StalePushCloseFilter());
            registration.addUrlPatterns(StalePushCloseFilter.PUSH_PATH);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http,
                                                ObjectProvider<ClientRegistrationRepository> clients,
                                                OidcUserMapper oidcUsers) throws Exception {
            // our own static files (frontend/, packaged under /assets/) are styles and scripts for
            // every page, the login page included
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/assets/**")).permitAll());
            // Swagger UI of the read API, for signed-in users (its document, /v3/api-docs, is guarded
            // by the API's own chain, see ApiSecurityConfiguration)
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
                            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**")).authenticated());
            // the signed one-click unsubscribe link of notification e-mails (RFC 8058 POSTs it without a session)
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/unsubscribe")).permitAll());
            http.csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/unsubscribe")));
            // the dashboard's chart images: names are unguessable capabilities handed only to screens
            // that may see the chart (dashboard/ui/ChartImages), so anonymous public readers get them too
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/dashboard-charts/**")).permitAll());
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
            http.headers(headers -> headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .contentTypeOptions(options -> { })
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(
                            ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
            http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()));
            if (clients.getIfAvailable() != null) {
                http.oauth2Login(oauth -> oauth
                        .loginPage("/login")
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
            }
            return http.build();
        }
    }
}

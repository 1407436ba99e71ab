package org.tsag.tracker.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
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

        /** The security headers of every response, before anything else runs. */
        @Bean
        FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
            FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
            registration.addUrlPatterns("/*");
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
                    DispatcherType.FORWARD, DispatcherType.INCLUDE);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        /** Runs before everything that could create a session; see {@link StalePushCloseFilter}. */
        @Bean
        FilterRegistrationBean<StalePushCloseFilter> stalePushCloseFilter() {
            FilterRegistrationBean<StalePushCloseFilter> registration = new FilterRegistrationBean<>(new StalePushCloseFilter());
            registration.addUrlPatterns(StalePushCloseFilter.PUSH_PATH);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http,
                                                ObjectProvider<ClientRegistrationRepository> clients,
                                                OidcUserMapper oidcUsers,
                                                LoginThrottle throttle,
                                                RequestUtil vaadinRequests) throws Exception {
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
            // the dashboard's chart images: names are unguessable capabilities handed only to screens
            // that may see the chart (dashboard/ui/ChartImages), so anonymous public readers get them too
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/dashboard-charts/**")).permitAll());
            // the error page (ErrorPageController) is open to all, so that a refusal or an unknown address is
            // worded on the app's own page instead of the server's bare "HTTP ERROR 403" (issue 18)
            http.authorizeHttpRequests(requests -> requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                    .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/error")).permitAll());
            // a visitor asking for an address that is no view at all (/no-such-page, /foo/bar.txt) is told
            // that it does not exist (404, on that page) rather than sent to sign in first: signing in would
            // not open it either. Views and Swagger UI still send a visitor to the sign-in page.
            RequestMatcher swagger = new OrRequestMatcher(
                    PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
                    PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));
            RequestMatcher noView = request -> !vaadinRequests.isFrameworkInternalRequest(request)
                    && !vaadinRequests.isSecuredFlowRoute(request)
                    && !vaadinRequests.isAnonymousRoute(request)
                    && !swagger.matches(request);
            http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                    (request, response, refused) -> response.sendError(HttpServletResponse.SC_NOT_FOUND), noView));
            // CSRF: Vaadin's configurer would exempt the whole login page, so that a sign-in POST without
            // the token got through (issue 19, item 3). Only Vaadin's own requests, which carry Vaadin's
            // CSRF token, are exempt; the login form sends Spring's token from the page's _csrf meta tag.
            http.csrf(csrf -> csrf.ignoringRequestMatchers(
                    PathPatternRequestMatcher.withDefaults().matcher("/unsubscribe"),
                    vaadinRequests::isFrameworkInternalRequest));
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                    .loginView(LoginView.class)
                    .enableCsrfConfiguration(false));
            // throttled and locked sign-ins are refused before the password is checked
            http.addFilterBefore(new LoginAttemptFilter(throttle), UsernamePasswordAuthenticationFilter.class);
            // CSP, nosniff, frame options and referrer policy come from SecurityHeadersFilter, on every response
            http.headers(headers -> headers
                    .contentTypeOptions(options -> options.disable())
                    .frameOptions(frame -> frame.disable()));
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

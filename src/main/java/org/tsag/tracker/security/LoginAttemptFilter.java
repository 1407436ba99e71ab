package org.tsag.tracker.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in POST that {@link LoginThrottle} says must wait, before the password is checked,
 * with exactly the answer of a wrong password ({@code /login?error}), so that neither a lock nor a
 * throttle tells an attacker anything about the account. Part of the security filter chain only
 * (not a servlet filter bean), placed after the CSRF check.
 */
class LoginAttemptFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptFilter.class);

    private final LoginThrottle throttle;
    private final RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private final AuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");

    LoginAttemptFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loginPost.matches(request)) {
            Optional<String> refusal = throttle.refusal(request.getParameter("username"), request.getRemoteAddr());
            if (refusal.isPresent()) {
                log.warn("Sign-in attempt refused without checking the password: {}", refusal.get());
                failure.onAuthenticationFailure(request, response, new BadCredentialsException("Bad credentials"));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

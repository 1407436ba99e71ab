package org.tsag.tracker.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Writes the security headers on every response (issue 19, item 2): pages, the login page, views,
 * static files, errors and the API alike. It is a servlet filter of the highest precedence rather
 * than Spring Security's header writers, because Vaadin lets its bootstrap pages and static
 * resources bypass those, and they went out with none of the headers. The headers are set before
 * anything else runs, and nothing later can replace them (Vaadin would send {@code SAMEORIGIN}).
 * <ul>
 * <li>Content-Security-Policy: what Vaadin's client engine needs (inline styles, eval; push over
 *     the page's own origin, which {@code connect-src 'self'} covers for ws: and wss: too), nothing
 *     from another origin, and {@code frame-ancestors 'none'}. The API and feeds get
 *     {@code default-src 'none'}: nothing in a JSON or Atom response may load anything.</li>
 * <li>X-Content-Type-Options nosniff, X-Frame-Options DENY (for browsers without frame-ancestors),
 *     Referrer-Policy strict-origin-when-cross-origin.</li>
 * </ul>
 */
class SecurityHeadersFilter extends HttpFilter {

    static final String PAGE_POLICY = String.join("; ",
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
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final String CSP = "Content-Security-Policy";
    private static final Map<String, String> FIXED = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String policy = isApi(request) ? API_POLICY : PAGE_POLICY;
        Headers headers = new Headers(response, policy);
        headers.write();
        chain.doFilter(request, headers);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/feed/") || path.equals("/v3/api-docs")
                || path.startsWith("/v3/api-docs/");
    }

    /** The response with our headers fixed: later attempts to set them are ignored, a reset keeps them. */
    private static final class Headers extends HttpServletResponseWrapper {

        private final String policy;

        Headers(HttpServletResponse response, String policy) {
            super(response);
            this.policy = policy;
        }

        void write() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setHeader(CSP, policy);
            FIXED.forEach(response::setHeader);
        }

        private static boolean fixed(String name) {
            return name != null && (CSP.equalsIgnoreCase(name) || FIXED.keySet().stream().anyMatch(name::equalsIgnoreCase));
        }

        @Override
        public void setHeader(String name, String value) {
            if (!fixed(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!fixed(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            write();
        }
    }
}

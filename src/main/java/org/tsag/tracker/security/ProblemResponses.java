package org.tsag.tracker.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to refused requests: RFC 9457 problem details in JSON (as the controllers'
 * errors are), never a redirect to the login page.
 */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            boolean badToken = exception instanceof BadCredentialsException;
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken
                    ? "Bearer realm=\"tsag-tracker\", error=\"invalid_token\""
                    : "Bearer realm=\"tsag-tracker\"");
            write(response, 401, "Unauthorized", badToken ? exception.getMessage()
                    : "Sign in, or send a personal API token as 'Authorization: Bearer <token>'.",
                    request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, 403, "Forbidden",
                "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                        ? "Your roles do not allow this."
                        : "The API is read-only: only GET is allowed.",
                request.getRequestURI());
    }

    private static void write(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}

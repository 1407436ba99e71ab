package org.tsag.tracker.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.i18n.Languages;

/**
 * The error page of every address that is not a Vaadin view (issue 18): an unknown file such as
 * /foo/bar.txt, or an address refused before it reaches Vaadin. Instead of the server's bare
 * "HTTP ERROR 403/404" it is the app's own page, in the language the browser asks for, with the
 * menu, what happened and what to do. Vaadin views have their own (base/ui/NotFoundErrorView and
 * AccessDeniedErrorView); the read API answers with problem details of its own (ProblemResponses).
 * <p>
 * An address that is refused although it is no view at all is told to lead nowhere (404): signing
 * in or another role would not open a page there either. The security rules themselves are
 * unchanged: this page only words the refusal.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final I18NProvider translations = new DefaultI18NProvider(Languages.SUPPORTED);
    private final RequestUtil vaadinRequests;

    ErrorPageController(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        String path = originalPath(request);
        int status = status(request, path);
        if (refusedSignIn(request, status, path)) {
            return ResponseEntity.status(HttpStatus.FOUND).location(java.net.URI.create(request.getContextPath() + "/login")).build();
        }
        Locale locale = Languages.fromAcceptLanguage(request.getHeader("Accept-Language")).orElse(Languages.ENGLISH);
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(html(locale, status, path));
    }

    /** Clients that do not ask for HTML (scripts, curl) get the figures as JSON, as Spring Boot's default would give. */
    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
        String path = originalPath(request);
        int status = status(request, path);
        if (refusedSignIn(request, status, path)) {
            return ResponseEntity.status(HttpStatus.FOUND).location(java.net.URI.create(request.getContextPath() + "/login")).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        HttpStatus known = HttpStatus.resolve(status);
        body.put("error", known == null ? "Error" : known.getReasonPhrase());
        body.put("path", path);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(body);
    }

    /**
     * A sign-in refused before its password is checked (its CSRF token missing, or expired with the session):
     * sent back to a fresh sign-in form, which is what the person can do about it.
     */
    private static boolean refusedSignIn(HttpServletRequest request, int status, String path) {
        // the sign-in view itself is open to all: a 403 there is always a refused sign-in form
        return status == 403 && path.equals(request.getContextPath() + "/login");
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? request.getRequestURI() : uri.toString();
    }

    private int status(HttpServletRequest request, String path) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        // a refused GET of an address that is no view (for a member: Vaadin refuses every address it has
        // no route for) is an address that leads nowhere; a refused POST stays a refusal
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if ((status == 401 || status == 403) && read && !isView(request, path) && !path.startsWith("/swagger-ui")) {
            return 404;
        }
        return status;
    }

    /** Whether the address is one of the Vaadin views (open to visitors or not). */
    private boolean isView(HttpServletRequest request, String path) {
        HttpServletRequest original = new HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return path;
            }

            @Override
            public String getServletPath() {
                String context = request.getContextPath();
                return context != null && path.startsWith(context) ? path.substring(context.length()) : path;
            }

            @Override
            public String getPathInfo() {
                return null;
            }
        };
        try {
            return vaadinRequests.isSecuredFlowRoute(original) || vaadinRequests.isAnonymousRoute(original);
        } catch (RuntimeException notReady) {
            // no Vaadin service yet (a request during start-up): say what the server said
            return true;
        }
    }

    private String html(Locale locale, int status, String path) {
        boolean signedIn = CurrentUser.name().isPresent();
        String kind = status == 404 ? "notfound" : status == 401 || status == 403 ? "denied" : "other";
        String title = t(locale, "error." + kind + ".title");
        String text = "other".equals(kind) ? t(locale, "error.other.text", path, status) : t(locale, "error." + kind + ".text", path);
        String next = t(locale, signedIn && "denied".equals(kind) ? "error.denied.ask" : "error.menu");
        StringBuilder menu = new StringBuilder();
        for (String[] item : List.of(new String[] {"/", "nav.dashboard"}, new String[] {"/resolutions", "nav.resolutions"},
                new String[] {"/items", "items.nav"}, new String[] {"/meeting", "meeting.nav"})) {
            menu.append("<li><a href=\"").append(item[0]).append("\">").append(e(t(locale, item[1]))).append("</a></li>");
        }
        if (signedIn) {
            menu.append("<li>").append(e(t(locale, "nav.user", CurrentUser.name().get()))).append("</li>");
        } else {
            menu.append("<li><a href=\"/login\">").append(e(t(locale, "nav.signin"))).append("</a></li>");
        }
        String actions = (!signedIn && !"notfound".equals(kind)
                ? "<a id=\"error-signin\" href=\"/login\">" + e(t(locale, "error.signin")) + "</a> " : "")
                + "<a id=\"error-home\" href=\"/\">" + e(t(locale, "error.home")) + "</a>";
        return """
                <!DOCTYPE html>
                <html lang="%s" dir="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – %s</title>
                <link rel="stylesheet" href="/assets/tracker.css">
                </head>
                <body class="error-static">
                <header class="error-static-bar"><a class="error-static-app" href="/">%s</a></header>
                <nav class="error-static-nav" aria-label="%s"><ul>%s</ul></nav>
                <main id="error-page" class="view error-page">
                <h1 id="error-title">%s</h1>
                <p id="error-text">%s</p>
                <p>%s</p>
                <p class="error-next">%s</p>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), Languages.rightToLeft(locale) ? "rtl" : "ltr",
                e(title), e(t(locale, "app.title")), e(t(locale, "app.title")), e(t(locale, "nav.label")), menu,
                e(title), e(text), e(next), actions);
    }

    private String t(Locale locale, String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}

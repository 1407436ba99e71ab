package org.tsag.tracker.i18n.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;
import com.vaadin.flow.server.VaadinRequest;
import org.tsag.tracker.i18n.Languages;

/**
 * Which language a new UI speaks, first that applies: a {@code ?lang=} in the address (a link that names its
 * language; it changes no preference), the signed-in user's kept choice, the visitor's choice in the
 * {@value #COOKIE} cookie, the browser's Accept-Language, English. The address never has to carry a language,
 * so a shared link opens in each reader's own language.
 */
final class LocaleChoice {

    static final String COOKIE = "tracker-lang";
    static final String PARAMETER = "lang";

    private LocaleChoice() {
    }

    static Locale resolve(VaadinRequest request, Supplier<Optional<Locale>> stored) {
        if (request == null) {
            return stored.get().orElse(Languages.ENGLISH);
        }
        return fromAddress(request)
                .or(stored)
                .or(() -> cookie(request))
                .or(() -> Languages.fromAcceptLanguage(request.getHeader("Accept-Language")))
                .orElse(Languages.ENGLISH);
    }

    static Optional<Locale> cookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Languages.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** ?lang= of the page itself, or of the route a client-side bootstrap request carries ("location", "query"). */
    static Optional<Locale> fromAddress(VaadinRequest request) {
        Optional<Locale> direct = Languages.of(request.getParameter(PARAMETER));
        if (direct.isPresent()) {
            return direct;
        }
        for (String name : new String[] {"location", "query"}) {
            String value = request.getParameter(name);
            if (value != null) {
                Optional<Locale> inner = fromQuery(value.contains("?") ? value.substring(value.indexOf('?') + 1) : value);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Locale> fromQuery(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && PARAMETER.equals(pair.substring(0, equals))) {
                return Languages.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}

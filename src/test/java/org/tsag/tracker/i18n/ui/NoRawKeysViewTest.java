package org.tsag.tracker.i18n.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.ViewTestBase;

/**
 * Every view, with the demo data, as an administrator in each of the six languages and as every other role in
 * Arabic and English: nothing on the page is a raw key ("items.title") or Vaadin's mark of a missing one
 * ("!ar: items.title").
 */
class NoRawKeysViewTest extends ViewTestBase {

    private static final List<String> ROUTES = List.of("", "resolutions", "resolutions/68", "resolutions/68/compare",
            "resolutions/import", "compendium/68", "items", "items/68-1", "items/IEAP/1", "carry-over", "meeting",
            "meeting/phone", "reports", "exchange", "exchange/export", "audit", "admin/users", "admin/notifications",
            "my-work", "account/tokens", "login");
    private static final Set<String> KEYS = keys();

    @Autowired
    UserService users;

    @Autowired
    DemoDataService demo;

    static Stream<Arguments> visitors() {
        List<Arguments> all = new ArrayList<>();
        for (Locale language : Languages.SUPPORTED) {
            all.add(Arguments.of("ADMIN", language.toLanguageTag()));
            all.add(Arguments.of("ANONYMOUS", language.toLanguageTag()));
        }
        for (String role : List.of("CHAIR", "TSB", "MEMBER")) {
            all.add(Arguments.of(role, "ar"));
            all.add(Arguments.of(role, "en"));
        }
        return all.stream();
    }

    @BeforeEach
    void data() {
        SystemAuthentication.run(() -> {
            demo.loadIfEmpty();
            for (String role : List.of("ADMIN", "CHAIR", "TSB", "MEMBER")) {
                String email = email(role);
                if (users.list().stream().noneMatch(u -> u.email().equals(email))) {
                    users.create(email, "Test " + role, "correct horse battery", List.of(role));
                }
            }
        });
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("visitors")
    void no_view_shows_a_raw_key(String role, String language) {
        signIn(role);
        List<String> problems = new ArrayList<>();
        for (String route : ROUTES) {
            UI ui = UI.getCurrent();
            ui.setLocale(Locale.forLanguageTag(language));
            try {
                ui.navigate(route);
            } catch (RuntimeException e) {
                problems.add(route + ": " + e);
                continue;
            }
            scan(ui.getElement(), route, problems);
        }
        assertThat(problems).as(role + " in " + language).isEmpty();
    }

    private static void scan(Element element, String route, List<String> problems) {
        check(element.getText(), route, element.getTag() + " text", problems);
        element.getAttributeNames().forEach(name -> check(element.getAttribute(name), route, "@" + name, problems));
        element.getPropertyNames().forEach(name -> {
            Object value = element.getPropertyRaw(name);
            if (value != null && "innerHTML".equals(name)) {
                // the dashboard's shared HTML parts: every text and attribute inside, as the browser shows them
                for (org.jsoup.nodes.Element inner : org.jsoup.Jsoup.parseBodyFragment(value.toString()).body().getAllElements()) {
                    check(inner.ownText(), route, element.getTag() + " html " + inner.tagName() + " text", problems);
                    inner.attributes().forEach(a -> check(a.getValue(), route, "html @" + a.getKey(), problems));
                }
            } else if (value != null) {
                check(value.toString(), route, "." + name, problems);
            }
        });
        element.getChildren().forEach(child -> scan(child, route, problems));
    }

    private static void check(String value, String route, String where, List<String> problems) {
        if (value == null || value.isBlank()) {
            return;
        }
        String text = value.strip();
        if (text.startsWith("!") && text.matches("(?s)!\\w{2,3}: .*")) {
            problems.add("/" + route + " " + where + ": " + text);
        } else if (KEYS.contains(text)) {
            problems.add("/" + route + " " + where + ": raw key " + text);
        } else if (text.contains("\"!") && text.matches("(?s).*\"![a-z]{2,3}: [^\"]*\".*")) {
            problems.add("/" + route + " " + where + " (JSON): " + text);
        }
    }

    private static void signIn(String role) {
        var authentication = "ANONYMOUS".equals(role)
                ? new AnonymousAuthenticationToken("key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                : UsernamePasswordAuthenticationToken.authenticated(email(role), null,
                AuthorityUtils.createAuthorityList("ROLE_" + role));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static String email(String role) {
        return role.toLowerCase(Locale.ROOT) + ".keys@example.org";
    }

    private static Set<String> keys() {
        Properties english = new Properties();
        try (InputStream in = NoRawKeysViewTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new TreeSet<>(english.stringPropertyNames());
    }
}

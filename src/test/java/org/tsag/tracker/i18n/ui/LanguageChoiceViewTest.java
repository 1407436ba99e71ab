package org.tsag.tracker.i18n.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.i18n.UserLocaleService;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** A delegate picks Arabic in the title bar: it is kept for their account and the next UI opens in Arabic. */
@WithMockUser(username = "delegate.ar@example.org", roles = "MEMBER")
class LanguageChoiceViewTest extends ViewTestBase {

    @Autowired
    UserService users;

    @Autowired
    UserLocaleService locales;

    @Autowired
    LanguageMenu menu;

    @Autowired
    LocaleSetup setup;

    @BeforeEach
    void user() {
        SystemAuthentication.run(() -> {
            if (users.list().stream().noneMatch(u -> u.email().equals("delegate.ar@example.org"))) {
                users.create("delegate.ar@example.org", "A delegate", "correct horse battery", List.of("MEMBER"));
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_language_chosen_in_the_title_bar_is_kept_for_the_user() {
        locales.choose(null);
        UI.getCurrent().navigate("");
        Select<Locale> select = find(Select.class).withId("language-select").single();
        assertThat(select.getValue()).isEqualTo(Languages.ENGLISH);
        assertThat(select.getAriaLabel()).contains("Language");

        test(select).selectItem("العربية");

        assertThat(locales.current()).contains(Languages.ARABIC);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.ARABIC);

        // a new UI (another tab, another browser) starts in the kept language
        UI.getCurrent().setLocale(Languages.ENGLISH);
        setup.apply(UI.getCurrent(), null);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.ARABIC);
        UI.getCurrent().navigate("resolutions");
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("القرارات");
    }

    @Test
    void forgetting_the_choice_lets_the_browser_decide_again() {
        locales.choose(Locale.forLanguageTag("zh-CN"));
        assertThat(locales.current()).contains(Languages.CHINESE);
        locales.choose(null);
        assertThat(locales.current()).isEmpty();
    }

    @Test
    void a_query_parameter_names_a_language() {
        assertThat(LocaleChoice.fromQuery("from=2025-01-01&lang=ru")).contains(Languages.RUSSIAN);
        assertThat(LocaleChoice.fromQuery("lang=xx")).isEmpty();
        assertThat(LocaleChoice.fromQuery("language=fr")).isEmpty();
    }
}

package org.tsag.tracker.notification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * The texts of e-mails and of the unsubscribe page, from the UI's own bundles
 * ({@code vaadin-i18n/translations*.properties}), in the recipient's language; English when the
 * user chose none or the bundle lacks it. Outside a Vaadin UI, so read through Spring's message
 * source, which formats the same {@code {0}} placeholders with {@link java.text.MessageFormat}.
 */
@Component
class MailTexts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MailTexts() {
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ROOT);
    }

    Texts in(Locale locale) {
        return new Texts(locale);
    }

    /** The texts of one language. */
    final class Texts {

        private final Locale locale;
        private final LocaleFormats formats;

        private Texts(Locale locale) {
            this.locale = locale;
            this.formats = LocaleFormats.of(locale);
        }

        Locale locale() {
            return locale;
        }

        String getTranslation(String key, Object... params) {
            return messages.getMessage(key, params.length == 0 ? null : params, locale);
        }

        /** A day as the UI writes it out in this language: "10 March 2028" in English, as ITU writes it. */
        String date(LocalDate date) {
            return formats.longDate(date);
        }
    }
}

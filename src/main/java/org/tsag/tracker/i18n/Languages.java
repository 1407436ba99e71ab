package org.tsag.tracker.i18n;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of ITU, English first (the language of the source texts). */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale CHINESE = Locale.forLanguageTag("zh");
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    /** In the order ITU lists them on its own pages: Arabic, Chinese, English, French, Russian, Spanish. */
    public static final List<Locale> SUPPORTED = List.of(ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH);

    private Languages() {
    }

    /** The supported language of a BCP 47 tag such as "fr", "zh-CN" or "ar-EG"; empty for others and for null. */
    public static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The best supported language for an Accept-Language header, or empty when none of them is asked for. */
    public static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return Optional.ofNullable(Locale.lookup(ranges, SUPPORTED));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The best supported language among the request's locales (as a servlet container parses them). */
    public static Optional<Locale> fromLocales(Enumeration<Locale> locales) {
        while (locales != null && locales.hasMoreElements()) {
            Optional<Locale> match = of(locales.nextElement().toLanguageTag());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** Arabic is written right to left; the other five left to right. */
    public static boolean rightToLeft(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }

    /**
     * The language's name in itself (an endonym), as a language menu shows it so that everyone finds their own,
     * whatever language the page is in at the moment; hence not from the translation bundles.
     */
    public static String nativeName(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> "العربية";
            case "zh" -> "中文";
            case "fr" -> "Français";
            case "ru" -> "Русский";
            case "es" -> "Español";
            default -> "English";
        };
    }
}

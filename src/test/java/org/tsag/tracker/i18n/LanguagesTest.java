package org.tsag.tracker.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void the_browser_language_picks_the_closest_of_the_six() {
        assertThat(Languages.fromAcceptLanguage("ar-EG,ar;q=0.9,en;q=0.5")).contains(Languages.ARABIC);
        assertThat(Languages.fromAcceptLanguage("zh-CN,zh;q=0.9")).contains(Languages.CHINESE);
        assertThat(Languages.fromAcceptLanguage("de-CH,de;q=0.9,fr;q=0.7,en;q=0.3")).contains(Languages.FRENCH);
        assertThat(Languages.fromAcceptLanguage("de-DE")).isEmpty();
        assertThat(Languages.fromAcceptLanguage("not a header;;")).isEmpty();
        assertThat(Languages.fromAcceptLanguage(null)).isEmpty();
    }

    @Test
    void a_tag_names_one_of_the_six_or_none() {
        assertThat(Languages.of("ru")).contains(Languages.RUSSIAN);
        assertThat(Languages.of("es-419")).contains(Languages.SPANISH);
        assertThat(Languages.of("zh_TW")).contains(Languages.CHINESE);
        assertThat(Languages.of("xx")).isEmpty();
        assertThat(Languages.of(" ")).isEmpty();
    }

    @Test
    void only_arabic_is_right_to_left() {
        assertThat(Languages.SUPPORTED).filteredOn(Languages::rightToLeft).containsExactly(Languages.ARABIC);
    }

    @Test
    void each_language_is_named_in_itself() {
        assertThat(Languages.SUPPORTED).extracting(Languages::nativeName)
                .containsExactly("العربية", "中文", "English", "Français", "Русский", "Español");
    }

    @Test
    void dates_are_written_as_each_language_writes_them() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertThat(LocaleFormats.of(Languages.ENGLISH).date(day)).isEqualTo("2 Dec 2026");
        assertThat(LocaleFormats.of(Languages.FRENCH).date(day)).isEqualTo("2 déc. 2026");
        assertThat(LocaleFormats.of(Languages.CHINESE).date(day)).isEqualTo("2026年12月2日");
        assertThat(LocaleFormats.of(Languages.RUSSIAN).longDate(day)).startsWith("2 декабря 2026");
        // Latin digits in Arabic, as ITU's Arabic documents write them
        assertThat(LocaleFormats.of(Languages.ARABIC).date(day)).contains("2026").doesNotContain("٢");
        // right to left a date is a bidi isolate, so that it never joins a meeting code before it
        assertThat(LocaleFormats.of(Languages.ARABIC).date(day)).startsWith("\u2068").endsWith("\u2069");
        assertThat(LocaleFormats.of(Languages.FRENCH).date(day)).doesNotContain("\u2068");
        assertThat(LocaleFormats.of(Languages.ARABIC).label("TSAG-2026-09")).isEqualTo("TSAG-2026-09");
        assertThat(LocaleFormats.of(Languages.ENGLISH).label("2026-12-02")).isEqualTo("2 Dec 2026");
        assertThat(LocaleFormats.of(null).date(null)).isEmpty();
    }

    @Test
    void numbers_group_digits_as_each_language_does() {
        assertThat(LocaleFormats.of(Languages.ENGLISH).number(12345)).isEqualTo("12,345");
        assertThat(LocaleFormats.of(Languages.SPANISH).number(12345)).isEqualTo("12.345");
        assertThat(LocaleFormats.of(Languages.FRENCH).number(12345)).isEqualTo("12\u202f345");
        assertThat(LocaleFormats.of(Languages.ENGLISH).percent(40)).isEqualTo("40%");
    }

    @Test
    void names_sort_by_the_language_not_by_code_points() {
        List<String> french = new ArrayList<>(List.of("Zambie", "Égypte", "Espagne", "Allemagne"));
        french.sort(NameCollation.names(Languages.FRENCH));
        assertThat(french).containsExactly("Allemagne", "Égypte", "Espagne", "Zambie");

        List<String> spanish = new ArrayList<>(List.of("Oman", "Ñandú", "Nigeria"));
        spanish.sort(NameCollation.names(Languages.SPANISH));
        assertThat(spanish).containsExactly("Nigeria", "Ñandú", "Oman");

        List<String> russian = new ArrayList<>(List.of("Ёлкин", "Жуков", "Егоров"));
        russian.sort(NameCollation.names(Languages.RUSSIAN));
        assertThat(russian).containsExactly("Егоров", "Ёлкин", "Жуков");

        // Chinese by pinyin (li, wang, zhang), not by code point (张 U+5F20 would come first)
        List<String> chinese = new ArrayList<>(List.of("张伟", "王芳", "李娜"));
        chinese.sort(NameCollation.names(Languages.CHINESE));
        assertThat(chinese).containsExactly("李娜", "王芳", "张伟");

        List<String> english = new ArrayList<>(List.of("bureau", "Assembly", "council"));
        english.sort(NameCollation.names(Locale.ENGLISH));
        assertThat(english).containsExactly("Assembly", "bureau", "council");
    }
}

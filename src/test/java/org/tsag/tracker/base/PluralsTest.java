package org.tsag.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Counts read right in English, French and Spanish: "1 item", never "1 items" (issue 18). */
class PluralsTest {

    private static String format(String language, String key, Object... arguments) throws IOException {
        Properties values = new Properties();
        Path file = Path.of("src/main/resources/vaadin-i18n/translations" + (language.isEmpty() ? "" : "_" + language) + ".properties");
        try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            values.load(in);
        }
        return new MessageFormat(values.getProperty(key), language.isEmpty() ? Locale.ENGLISH : Locale.of(language)).format(arguments);
    }

    @Test
    void one_is_singular_and_more_are_plural() throws IOException {
        assertThat(format("", "items.count", 1L)).isEqualTo("1 item");
        assertThat(format("", "items.count", 33L)).isEqualTo("33 items");
        assertThat(format("", "items.count", 0L)).isEqualTo("No items");
        assertThat(format("fr", "items.count", 1L)).isEqualTo("1 action");
        assertThat(format("es", "items.count", 2L)).isEqualTo("2 acciones");
        assertThat(format("", "resolution.implementation.history", 1)).isEqualTo("History (1 report)");
        assertThat(format("", "item.carry.done", 1, "2025-2028")).isEqualTo("1 item carried into 2025-2028");
        assertThat(format("", "exchange.export.done", 1, 1)).isEqualTo("1 item written in 1 sheet.");
        assertThat(format("", "meeting.summary.items", 1)).isEqualTo("1 item");
        assertThat(format("", "meeting.changes.more", 1)).isEqualTo("and 1 more change on the following slides");
    }
}

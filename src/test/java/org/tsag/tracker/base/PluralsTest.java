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

    @Test
    void export_import_and_mail_counts_agree_with_their_number() throws IOException {
        assertThat(format("", "exchange.export.summary", 1L)).isEqualTo("1 item matches the grid's filter.");
        assertThat(format("", "exchange.export.summary", 40L)).isEqualTo("40 items match the grid's filter.");
        assertThat(format("fr", "exchange.export.summary", 1L)).isEqualTo("1 action correspond au filtre de la grille.");
        assertThat(format("es", "exchange.export.summary", 2L)).isEqualTo("2 acciones coinciden con el filtro de la cuadrícula.");
        assertThat(format("", "exchange.import.counts", 1, 0, 2, 1)).isEqualTo("1 new, 0 changed, 2 unchanged, 1 error.");
        assertThat(format("", "exchange.import.done", 1, 2, 1))
                .isEqualTo("Imported: 1 new item, 2 items updated, 1 status report recorded.");
        assertThat(format("", "exchange.import.blocked", 3)).isEqualTo("Nothing can be imported until the 3 errors are corrected in the file.");
        assertThat(format("", "import.preview.counts", 1, 0, 2)).isEqualTo("1 section, 0 warnings, 2 ignored lines");
        assertThat(format("", "notify.mail.subject.DAILY", "March 10, 2028", 1, 0))
                .isEqualTo("TSAG tracker, daily digest for March 10, 2028: 1 item changed, 0 became overdue");
        assertThat(format("fr", "notify.mail.subject.WEEKLY", "1 au 7 mars", 1, 2))
                .isEqualTo("Suivi du GCNT, résumé hebdomadaire du 1 au 7 mars : 1 action modifiée, 2 passées en retard");
        assertThat(format("es", "notify.mail.subject.IMMEDIATE", "10/03/2028", 2, 1))
                .isEqualTo("Seguimiento del GANT, novedades del 10/03/2028: 2 acciones modificadas, 1 pasó a estar atrasada");
        assertThat(format("", "notify.mail.subject.MEETING", "TSAG-2028-09", "September 18, 2028", 1))
                .isEqualTo("TSAG tracker: 1 item without a report before TSAG meeting TSAG-2028-09 (September 18, 2028)");
        assertThat(format("", "notify.mail.reminder.heading", 1)).isEqualTo("1 item without a report");
        assertThat(format("fr", "notify.mail.reminder.heading", 3)).isEqualTo("3 actions sans rapport");
    }
}

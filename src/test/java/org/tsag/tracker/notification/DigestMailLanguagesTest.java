package org.tsag.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.status.Evidence;

/** A digest in the recipient's language: evidence kinds and percentages as the item page writes them, Arabic right to left. */
class DigestMailLanguagesTest {

    private final DigestMail mail = new DigestMail(new MailTexts(), new NotificationProperties(false, Duration.ofMinutes(1),
            URI.create("http://localhost:8080"), "tsag-tracker@localhost", ZoneId.of("UTC"), Duration.ofMinutes(5), 14,
            Duration.ofMinutes(1), Duration.ofHours(6), 12, 100, 100, Duration.ofDays(365)));

    private MailContent digest(Locale reader) {
        Digest.Report report = new Digest.Report(LocalDate.of(2028, 3, 10), "IN_PROGRESS", 40, "AMBER", "Venue booked",
                null, "admin@example.org", List.of(new Evidence("URL", "Venue contract", "https://example.org/venue"),
                new Evidence("COMMUNIQUE", "CxO communiqué", null)));
        Digest.Change change = new Digest.Change(1, NotificationKind.STATUS_REPORT, "admin@example.org",
                OffsetDateTime.of(2028, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC), null, null, null, report);
        return mail.digest(new Digest(new Digest.Recipient(1, "tina@example.org", "Tina", reader, true), Frequency.DAILY,
                Instant.parse("2028-03-10T00:00:00Z"), Instant.parse("2028-03-11T00:00:00Z"), LocalDate.of(2028, 3, 10),
                List.of(new Digest.ItemNews(1, "NP", "NP-1", "Organize the workshop", List.of(change))), List.of(), List.of(),
                null), "http://localhost:8080/unsubscribe?t=x");
    }

    @Test
    void a_french_digest_names_the_evidence_kinds_in_french() {
        MailContent fr = digest(Languages.FRENCH);
        assertThat(fr.text()).contains("En cours, 40 %", "Justificatif : Lien Venue contract", "Justificatif : Communiqué CxO communiqué")
                .doesNotContain("URL Venue", "COMMUNIQUE");
        assertThat(fr.html()).contains("<html lang=\"fr\" dir=\"auto\">");
    }

    @Test
    void an_english_digest_says_link_as_the_item_page_does_and_an_arabic_one_is_right_to_left() {
        assertThat(digest(Languages.ENGLISH).text()).contains("In progress, 40 %, Amber (at risk)", "Evidence: Link Venue contract");
        MailContent ar = digest(Languages.ARABIC);
        assertThat(ar.html()).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(ar.text()).contains("40%", "رابط Venue contract");
        assertThat(digest(Languages.CHINESE).text()).contains("40%");
    }
}

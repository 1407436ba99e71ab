package org.tsag.tracker.notification;

import org.tsag.tracker.base.ui.ItemLinks;
import org.tsag.tracker.status.Evidence;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tsag.tracker.notification.Digest.Change;
import org.tsag.tracker.notification.Digest.DueItem;
import org.tsag.tracker.notification.Digest.ItemNews;
import org.tsag.tracker.notification.Digest.Report;

/**
 * Writes a digest or a meeting reminder as plain text and as HTML, in the recipient's language,
 * each item with a link to its page, and with the links to "My work" and to unsubscribe.
 */
@Component
class DigestMail {

    /** Field values that are translated, not shown as stored. */
    private static final Set<String> BOOLEAN_FIELDS = Set.of("internal");
    private static final int NARRATIVE_LIMIT = 600;

    private final MailTexts texts;
    private final NotificationProperties properties;

    DigestMail(MailTexts texts, NotificationProperties properties) {
        this.texts = texts;
        this.properties = properties;
    }

    MailContent digest(Digest digest, String unsubscribeLink) {
        MailTexts.Texts t = texts.in(digest.recipient().locale());
        LocalDate lastDay = digest.end().atZone(properties.zone()).toLocalDate().minusDays(1);
        LocalDate firstDay = digest.start().atZone(properties.zone()).toLocalDate();
        String period = digest.kind() == Frequency.DAILY && firstDay.equals(lastDay)
                ? t.date(lastDay)
                : digest.kind() == Frequency.IMMEDIATE ? t.date(digest.asOf())
                : t.getTranslation("notify.mail.period", t.date(firstDay), t.date(lastDay));
        String subject = t.getTranslation("notify.mail.subject." + digest.kind().name(), period,
                digest.news().size(), digest.becameOverdue().size());
        Writer w = new Writer();
        w.paragraph(t.getTranslation("notify.mail.hello", digest.recipient().displayName()));
        if (!digest.news().isEmpty()) {
            w.heading(t.getTranslation("notify.mail.changed", period));
            for (ItemNews item : digest.news().subList(0, Math.min(digest.news().size(), properties.maxItems()))) {
                w.itemStart(item.plan() + " " + item.code(), item.title(), itemLink(item.plan(), item.code()));
                for (Change change : item.changes()) {
                    change(w, t, change);
                }
                w.itemEnd();
            }
            more(w, t, digest.news().size());
        }
        if (!digest.becameOverdue().isEmpty()) {
            w.heading(t.getTranslation("notify.mail.overdue"));
            dueList(w, t, digest.becameOverdue());
        }
        if (digest.nextMeeting() != null && !digest.dueSoon().isEmpty()) {
            w.heading(t.getTranslation("notify.mail.dueSoon", digest.nextMeeting().code(),
                    t.date(digest.nextMeeting().startDate())));
            dueList(w, t, digest.dueSoon());
        }
        footer(w, t, t.getTranslation("notify.mail.why.digest"), unsubscribeLink,
                t.getTranslation("notify.mail.unsubscribe.digest"));
        return new MailContent(subject, w.text(), w.html(subject, t.locale()));
    }

    MailContent reminder(Digest reminder, Digest.MeetingRef previous, String unsubscribeLink) {
        MailTexts.Texts t = texts.in(reminder.recipient().locale());
        Digest.MeetingRef meeting = reminder.nextMeeting();
        String subject = t.getTranslation("notify.mail.subject.MEETING", meeting.code(), t.date(meeting.startDate()),
                reminder.dueSoon().size());
        Writer w = new Writer();
        w.paragraph(t.getTranslation("notify.mail.hello", reminder.recipient().displayName()));
        w.paragraph(previous == null
                ? t.getTranslation("notify.mail.reminder.intro.first", meeting.code(), t.date(meeting.startDate()),
                        meeting.title())
                : t.getTranslation("notify.mail.reminder.intro", meeting.code(), t.date(meeting.startDate()),
                        meeting.title(), previous.code(), t.date(previous.endDate())));
        w.heading(t.getTranslation("notify.mail.reminder.heading", reminder.dueSoon().size()));
        dueList(w, t, reminder.dueSoon());
        footer(w, t, t.getTranslation("notify.mail.why.reminder"), unsubscribeLink,
                t.getTranslation("notify.mail.unsubscribe.reminder"));
        return new MailContent(subject, w.text(), w.html(subject, t.locale()));
    }

    private void change(Writer w, MailTexts.Texts t, Change change) {
        switch (change.kind()) {
            case NotificationKind.NEW_ITEM -> w.line(t.getTranslation("notify.mail.newItem", change.actor()), null);
            case NotificationKind.FIELD_CHANGE -> w.line(t.getTranslation("notify.mail.field",
                    t.getTranslation("notify.field." + change.field()), value(t, change.field(), change.oldValue()),
                    value(t, change.field(), change.newValue()), change.actor()), null);
            case NotificationKind.STATUS_REPORT -> report(w, t, change.report());
            default -> w.line(change.kind(), null);
        }
    }

    private void report(Writer w, MailTexts.Texts t, Report report) {
        StringBuilder what = new StringBuilder(t.getTranslation("status." + report.status()));
        if (report.progress() != null) {
            what.append(", ").append(t.getTranslation("items.progress.value", report.progress()));
        }
        if (report.rag() != null) {
            what.append(", ").append(t.getTranslation("item.rag." + report.rag()));
        }
        String line = report.meeting() == null
                ? t.getTranslation("notify.mail.report", t.date(report.occurredOn()), report.author(), what)
                : t.getTranslation("notify.mail.report.meeting", t.date(report.occurredOn()), report.author(), what,
                        report.meeting());
        w.line(line, null);
        if (report.narrative() != null && !report.narrative().isBlank()) {
            String narrative = report.narrative().strip();
            if (narrative.length() > NARRATIVE_LIMIT) {
                narrative = narrative.substring(0, NARRATIVE_LIMIT) + "\u2026";
            }
            w.quote(narrative);
        }
        for (Evidence evidence : report.evidence()) {
            w.evidence(t.getTranslation("notify.mail.evidence", evidenceKind(t, evidence.kind()), evidence.reference()),
                    evidence.url());
        }
    }

    /** "Link", "Lien", ... as the item page names the kind; the stored code for a kind the translations lack. */
    private static String evidenceKind(MailTexts.Texts t, String kind) {
        return Evidence.KINDS.contains(kind) ? t.getTranslation("item.evidence.kind." + kind) : kind;
    }

    /** A long list is cut: the rest are on "My work". */
    private void more(Writer w, MailTexts.Texts t, int total) {
        if (total > properties.maxItems()) {
            w.small(t.getTranslation("notify.mail.more", total - properties.maxItems()), properties.link("my-work"));
        }
    }

    private void dueList(Writer w, MailTexts.Texts t, List<DueItem> items) {
        for (DueItem item : items.subList(0, Math.min(items.size(), properties.maxItems()))) {
            String status = item.status() == null ? t.getTranslation("notify.mail.noStatus")
                    : t.getTranslation("status." + item.status());
            w.itemStart(item.plan() + " " + item.code(), item.title(), itemLink(item.plan(), item.code()));
            w.line(item.deadline() == null
                    ? t.getTranslation("notify.mail.status", status)
                    : t.getTranslation("notify.mail.deadline", t.date(item.deadline()), status), null);
            w.itemEnd();
        }
        more(w, t, items.size());
    }

    private void footer(Writer w, MailTexts.Texts t, String why, String unsubscribeLink, String unsubscribeText) {
        w.rule();
        w.small(why, null);
        w.small(t.getTranslation("notify.mail.manage"), properties.link("my-work"));
        w.small(unsubscribeText, unsubscribeLink);
    }

    private static String value(MailTexts.Texts t, String field, String value) {
        if (value == null || value.isBlank()) {
            return t.getTranslation("notify.mail.none");
        }
        if (BOOLEAN_FIELDS.contains(field)) {
            return t.getTranslation("true".equals(value) ? "notify.mail.yes" : "notify.mail.no");
        }
        if ("priority".equals(field)) {
            return t.getTranslation("item.priority." + value);
        }
        if ("due_date".equals(field) || "start_date".equals(field)) {
            try {
                return t.date(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        return value.length() > 200 ? value.substring(0, 200) + "\u2026" : value;
    }

    String itemLink(String plan, String code) {
        return properties.link(ItemLinks.path(plan, code));
    }

    /** Writes the plain text and the HTML side by side. */
    private static final class Writer {

        private final StringBuilder text = new StringBuilder();
        private final StringBuilder html = new StringBuilder();

        void paragraph(String s) {
            text.append(s).append("\n\n");
            html.append("<p>").append(escape(s)).append("</p>\n");
        }

        void heading(String s) {
            text.append(s).append('\n').append("=".repeat(Math.min(s.length(), 72))).append("\n\n");
            html.append("<h2 style=\"font-size:1.1em;margin:1.2em 0 .4em\">").append(escape(s)).append("</h2>\n");
        }

        void itemStart(String code, String title, String link) {
            text.append(code).append("  ").append(title).append('\n').append(link).append('\n');
            html.append("<div style=\"margin:.6em 0\"><a href=\"").append(escape(link)).append("\"><b>")
                    .append(escape(code)).append("</b> ").append(escape(title)).append("</a>\n<ul style=\"margin:.2em 0\">\n");
        }

        void itemEnd() {
            text.append('\n');
            html.append("</ul></div>\n");
        }

        void line(String s, String link) {
            text.append("  - ").append(s).append(link == null ? "" : " " + link).append('\n');
            html.append("<li>").append(link == null ? escape(s) : anchor(s, link)).append("</li>\n");
        }

        void quote(String s) {
            text.append("    \"").append(s.replace("\n", "\n     ")).append("\"\n");
            html.append("<li style=\"list-style:none\"><blockquote style=\"margin:.2em 0 .2em 1em;color:#444\">")
                    .append(escape(s).replace("\n", "<br>")).append("</blockquote></li>\n");
        }

        void evidence(String s, String url) {
            text.append("    ").append(s).append(url == null ? "" : " <" + url + ">").append('\n');
            html.append("<li style=\"list-style:none;margin-left:1em\">")
                    .append(safe(url) ? anchor(s, url) : escape(s) + (url == null ? "" : " " + escape(url))).append("</li>\n");
        }

        void rule() {
            text.append("-- \n");
            html.append("<hr>\n");
        }

        void small(String s, String link) {
            text.append(s).append(link == null ? "" : ": " + link).append('\n');
            html.append("<p style=\"font-size:.85em;color:#555\">").append(link == null ? escape(s) : anchor(s, link))
                    .append("</p>\n");
        }

        String text() {
            return text.toString();
        }

        /** The page in the recipient's language: right to left in Arabic, else as its text reads. */
        String html(String title, java.util.Locale language) {
            String dir = org.tsag.tracker.i18n.Languages.rightToLeft(language) ? "rtl" : "auto";
            return "<!DOCTYPE html>\n<html lang=\"" + escape(language.toLanguageTag()) + "\" dir=\"" + dir + "\"><head><meta charset=\"utf-8\"><title>"
                    + escape(title) + "</title></head>\n<body style=\"font-family:sans-serif;max-width:48em\">\n"
                    + html + "</body></html>\n";
        }

        /** Only web links become anchors: evidence URLs are typed in by users. */
        private static boolean safe(String url) {
            return url != null && (url.startsWith("https://") || url.startsWith("http://"));
        }

        private static String anchor(String s, String link) {
            return "<a href=\"" + escape(link) + "\">" + escape(s) + "</a>";
        }

        private static String escape(String s) {
            return HtmlUtils.htmlEscape(s, StandardCharsets.UTF_8.name());
        }
    }
}

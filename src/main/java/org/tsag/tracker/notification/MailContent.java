package org.tsag.tracker.notification;

/** A composed e-mail: its subject, plain text and HTML. */
public record MailContent(String subject, String text, String html) {
}

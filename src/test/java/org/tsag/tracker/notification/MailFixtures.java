package org.tsag.tracker.notification;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Helpers for the notification tests: a mail sender for a port, and the text and HTML of a received e-mail. */
final class MailFixtures {

    private MailFixtures() {
    }

    static JavaMailSenderImpl smtp(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }

    /** The text/plain part of a received message. */
    static String text(MimeMessage message) {
        return parts(message, "text/plain").getFirst();
    }

    static String html(MimeMessage message) {
        return parts(message, "text/html").getFirst();
    }

    private static List<String> parts(Part part, String type) {
        List<String> found = new ArrayList<>();
        try {
            collect(part, type, found);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        if (found.isEmpty()) {
            throw new AssertionError("no " + type + " part");
        }
        return found;
    }

    private static void collect(Part part, String type, List<String> found) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            found.add(((String) part.getContent()).replace("\r\n", "\n"));
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, type, found);
            }
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}

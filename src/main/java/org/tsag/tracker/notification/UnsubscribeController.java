package org.tsag.tracker.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The link at the foot of every e-mail, open to anyone who has it (it is signed): a GET from the
 * e-mail unsubscribes at once and says so; a POST is the one-click unsubscribe of RFC 8058 that
 * mail clients send for the List-Unsubscribe header. Settings can be changed back on "My work".
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/unsubscribe";

    private final Unsubscribe unsubscribe;
    private final MailTexts texts;
    private final NotificationProperties properties;

    UnsubscribeController(Unsubscribe unsubscribe, MailTexts texts, NotificationProperties properties) {
        this.unsubscribe = unsubscribe;
        this.texts = texts;
        this.properties = properties;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam(name = "t", required = false) String token) {
        return answer(unsubscribe.apply(token));
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> oneClick(@RequestParam(name = "t", required = false) String token) {
        return answer(unsubscribe.apply(token));
    }

    private ResponseEntity<String> answer(Optional<Unsubscribe.Done> done) {
        MailTexts.Texts t = texts.in(done.map(Unsubscribe.Done::locale).orElse(Locale.ENGLISH));
        String title = t.getTranslation("notify.unsubscribe.title");
        String message = done.map(d -> t.getTranslation(d.scope() == UnsubscribeLinks.Scope.DIGEST
                        ? "notify.unsubscribe.done.digest" : "notify.unsubscribe.done.reminder", d.email()))
                .orElse(t.getTranslation("notify.unsubscribe.invalid"));
        String html = "<!DOCTYPE html>\n<html lang=\"" + t.locale().toLanguageTag() + "\" dir=\"auto\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title) + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em\">"
                + "<h1 style=\"font-size:1.4em\">" + escape(title) + "</h1><p id=\"unsubscribe-result\">" + escape(message) + "</p>"
                + "<p><a href=\"" + escape(properties.link("my-work")) + "\">" + escape(t.getTranslation("notify.unsubscribe.manage"))
                + "</a></p></body></html>\n";
        return ResponseEntity.status(done.isPresent() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, StandardCharsets.UTF_8.name());
    }
}

package org.tsag.tracker.base.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;

/**
 * The link to an item's page, {@code items/{plan}/{code}}, with both path segments encoded: the one
 * place that knows the route's shape (the item page itself is {@code items/:first/:second?}, and
 * Vaadin decodes each segment of it). Views, the dashboard's HTML, mails and the feed build their
 * item links here, so a code with a space or a slash still lands on its item.
 */
public final class ItemLinks {

    private ItemLinks() {
    }

    /**
     * The item page's path relative to the application's base, e.g. {@code items/WTSA24/68-3}: what
     * an anchor inside the application uses, so it also works under a context path.
     */
    public static String path(String plan, String code) {
        return "items/" + segment(plan) + "/" + segment(code);
    }

    /** The absolute path of the item's page, e.g. {@code /items/WTSA24/68-3}. */
    public static String href(String plan, String code) {
        return "/" + path(plan, code);
    }

    /**
     * The full address of the item's page under {@code base} (the application's root URL, with or
     * without a trailing slash), for mails and feeds read outside the application.
     */
    public static String absolute(String base, String plan, String code) {
        return (base.endsWith("/") ? base : base + "/") + path(plan, code);
    }

    /** An anchor to the item's page showing {@code text}. */
    public static Anchor anchor(String plan, String code, String text) {
        return new Anchor(path(plan, code), text);
    }

    /** An anchor to the item's page showing its code, kept left-to-right in right-to-left languages. */
    public static Anchor codeAnchor(String plan, String code) {
        Anchor anchor = anchor(plan, code, code);
        anchor.getElement().setAttribute("dir", "ltr");
        return anchor;
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package org.tsag.tracker.base.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The link to an item's page, {@code /items/{plan}/{code}}, with both path segments encoded: the one
 * place that knows the route's shape (the item page itself is {@code items/:first/:second?}).
 */
public final class ItemLinks {

    private ItemLinks() {
    }

    /** The absolute path of the item's page, e.g. {@code /items/WTSA24/68-3}. */
    public static String href(String plan, String code) {
        return "/items/" + segment(plan) + "/" + segment(code);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

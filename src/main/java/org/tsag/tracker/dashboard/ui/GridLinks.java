package org.tsag.tracker.dashboard.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Links to the item grid with its URL filters ({@code /items?status=..&period=..}), values URL-encoded. */
final class GridLinks {

    private final String path;
    private final Map<String, String> parameters = new LinkedHashMap<>();

    private GridLinks(String path) {
        this.path = path;
    }

    static GridLinks items() {
        return new GridLinks("/items");
    }

    /** The dashboard itself, e.g. for "what moved since this meeting". */
    static GridLinks dashboard() {
        return new GridLinks("/");
    }

    GridLinks with(String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value);
        }
        return this;
    }

    String href() {
        StringBuilder href = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            href.append(separator).append(p.getKey()).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("%2C", ","));
            separator = '&';
        }
        return href.toString();
    }
}

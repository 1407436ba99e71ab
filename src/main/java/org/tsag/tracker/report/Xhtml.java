package org.tsag.tracker.report;

import org.tsag.tracker.chart.Svg;

/**
 * A small writer of well-formed XHTML for the PDF renderer. Text and attribute values always go
 * through the XML escaping of {@link Svg#escape}; only the chart module's SVG (escaped there too) goes in raw.
 */
final class Xhtml {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(Svg.escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with text content. */
    Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An empty element such as a bookmark. */
    Xhtml empty(String tag, String... attributes) {
        open(tag, attributes);
        out.setCharAt(out.length() - 1, '/');
        out.append('>');
        return this;
    }

    Xhtml text(String text) {
        out.append(Svg.escape(text));
        return this;
    }

    /** Text with its line breaks kept. */
    Xhtml lines(String text) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            out.append(Svg.escape(lines[i]));
        }
        return this;
    }

    /** Markup made elsewhere and already safe, such as a chart's SVG. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * The direction of a text as entered, from its first strong letter ("ltr" for English, "rtl" for Arabic),
     * as the browser's dir="auto" finds it; null when it has none (digits only, empty).
     */
    static String direction(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                byte d = Character.getDirectionality(text.codePointAt(i));
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return "ltr";
                }
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return "rtl";
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

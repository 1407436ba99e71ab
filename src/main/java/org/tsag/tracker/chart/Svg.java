package org.tsag.tracker.chart;

import java.util.List;

/** XML escaping and the shared palette. Everything that reaches the SVG text goes through {@link #escape}. */
public final class Svg {

    /** Colour-blind-safe palette (Okabe-Ito); each series also gets a pattern and a text label. */
    static final List<String> PALETTE = List.of(
            "#999999", "#0072B2", "#56B4E9", "#009E73", "#E69F00", "#CC79A7", "#D55E00", "#F0E442");

    private Svg() {
    }

    /** Escapes text for element content and for attribute values (both quote kinds). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // characters that XML 1.0 forbids are dropped rather than breaking the document
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Centred black text on a white halo, readable on every fill. The halo is a white stroked copy
     * drawn underneath rather than SVG 2's {@code paint-order}, which Batik (the report's charts),
     * Word and LibreOffice ignore: they would paint the white stroke over the letters.
     */
    static String haloText(String x, String y, String text) {
        String at = "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"middle\"";
        String content = escape(text);
        return at + " fill=\"#fff\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" aria-hidden=\"true\">"
                + content + "</text>" + at + " fill=\"#000\">" + content + "</text>";
    }

    static String colour(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /** One pattern per series: the fill colour plus hatching that differs between neighbours. */
    static String patternDefs(int count) {
        StringBuilder defs = new StringBuilder("<defs>");
        for (int i = 0; i < count; i++) {
            defs.append("<pattern id=\"p").append(i)
                    .append("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">")
                    .append("<rect width=\"8\" height=\"8\" fill=\"").append(colour(i)).append("\"/>");
            switch (i % 4) {
                case 1 -> defs.append("<path d=\"M0,8 L8,0\" stroke=\"#000\" stroke-opacity=\"0.35\" stroke-width=\"1.5\"/>");
                case 2 -> defs.append("<circle cx=\"4\" cy=\"4\" r=\"1.5\" fill=\"#000\" fill-opacity=\"0.35\"/>");
                case 3 -> defs.append("<path d=\"M0,4 L8,4\" stroke=\"#000\" stroke-opacity=\"0.35\" stroke-width=\"1.5\"/>");
                default -> {
                }
            }
            defs.append("</pattern>");
        }
        return defs.append("</defs>").toString();
    }

    static String open(int width, int height, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">"
                + "<title>" + escape(title) + "</title>";
    }
}

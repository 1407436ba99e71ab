package org.tsag.tracker.chart;

import java.util.List;

/**
 * Horizontal stacked bars: one bar per category (an entity, a resolution), one segment per series
 * (a status). Segments show their value as text when wide enough; the legend names every series
 * beside its colour and pattern.
 *
 * @param title  the chart's accessible name
 * @param series the series in stacking order
 * @param bars   the bars, top to bottom
 */
public record StackedBarChart(String title, List<Series> series, List<Bar> bars) {

    private static final int LABEL_WIDTH = 170;
    private static final int BAR_WIDTH = 460;
    private static final int ROW = 28;
    private static final int LEGEND_ROW = 22;

    public StackedBarChart {
        series = List.copyOf(series);
        bars = List.copyOf(bars);
    }

    /** A series: a key that segments refer to and the label shown in the legend. */
    public record Series(String key, String label) {
    }

    /** A bar: its label, the link of the label and its segments (any order; zero values are skipped). */
    public record Bar(String label, String href, List<Segment> segments) {
        public Bar {
            segments = List.copyOf(segments);
        }

        int total() {
            return segments.stream().mapToInt(Segment::value).sum();
        }
    }

    /** A segment: its series, its value, the tooltip text and the link to the filtered grid. */
    public record Segment(String seriesKey, int value, String title, String href) {
    }

    public String toSvg() {
        return toSvg(false);
    }

    /**
     * The chart as SVG; right to left (Arabic) it is mirrored: labels on the right, bars growing leftwards, the
     * legend from the right, while the text itself is not mirrored.
     */
    public String toSvg(boolean rightToLeft) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::total).max().orElse(1));
        int legendRows = (series.size() + 2) / 3;
        int height = bars.size() * ROW + legendRows * LEGEND_ROW + 16;
        int width = LABEL_WIDTH + BAR_WIDTH + 50;
        Mirror m = new Mirror(rightToLeft, width);
        StringBuilder svg = new StringBuilder(Svg.open(width, height, title));
        svg.append(Svg.patternDefs(series.size()));
        int y = 4;
        for (Bar bar : bars) {
            svg.append("<g class=\"bar\">");
            svg.append(link(bar.href(), "<text x=\"" + fmt(m.x(LABEL_WIDTH - 6)) + "\" y=\"" + (y + 17)
                    + "\" text-anchor=\"" + m.anchor("end") + "\" fill=\"#000\">" + Svg.escape(shorten(bar.label(), 26))
                    + "</text>", bar.label()));
            double x = LABEL_WIDTH;
            for (Series s : series) {
                for (Segment segment : bar.segments()) {
                    if (!segment.seriesKey().equals(s.key()) || segment.value() <= 0) {
                        continue;
                    }
                    int index = series.indexOf(s);
                    double w = (double) segment.value() * BAR_WIDTH / max;
                    StringBuilder body = new StringBuilder();
                    body.append("<rect x=\"").append(fmt(m.x(x, w))).append("\" y=\"").append(y + 2)
                            .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(ROW - 6)
                            .append("\" fill=\"url(#p").append(index).append(")\" stroke=\"#fff\"/>");
                    if (w >= 18) {
                        body.append(Svg.haloText(fmt(m.x(x + w / 2)), String.valueOf(y + 17), String.valueOf(segment.value())));
                    }
                    svg.append(link(segment.href(), body.toString(), segment.title()));
                    x += w;
                }
            }
            svg.append("<text x=\"").append(fmt(m.x(x + 6))).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"").append(m.anchor("start")).append("\" fill=\"#000\">")
                    .append(bar.total()).append("</text>");
            svg.append("</g>");
            y += ROW;
        }
        y += 8;
        for (int i = 0; i < series.size(); i++) {
            int lx = 10 + (i % 3) * 220;
            int ly = y + (i / 3) * LEGEND_ROW;
            svg.append("<g class=\"legend\"><rect x=\"").append(fmt(m.x(lx, 14))).append("\" y=\"").append(ly)
                    .append("\" width=\"14\" height=\"14\" fill=\"url(#p").append(i).append(")\" stroke=\"#000\"/>")
                    .append("<text x=\"").append(fmt(m.x(lx + 20))).append("\" y=\"").append(ly + 12)
                    .append("\" text-anchor=\"").append(m.anchor("start")).append("\">")
                    .append(Svg.escape(series.get(i).label())).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Left-to-right coordinates, mirrored about the chart's width when it is drawn right to left. */
    record Mirror(boolean on, int width) {

        /** A point. */
        double x(double x) {
            return on ? width - x : x;
        }

        /** The left edge of a box of width w that starts at x. */
        double x(double x, double w) {
            return on ? width - x - w : x;
        }

        String anchor(String leftToRight) {
            if (!on) {
                return leftToRight;
            }
            return switch (leftToRight) {
                case "start" -> "end";
                case "end" -> "start";
                default -> leftToRight;
            };
        }
    }

    static String link(String href, String body, String title) {
        StringBuilder out = new StringBuilder();
        if (href != null) {
            out.append("<a href=\"").append(Svg.escape(href)).append("\">");
        }
        out.append("<g><title>").append(Svg.escape(title)).append("</title>").append(body).append("</g>");
        if (href != null) {
            out.append("</a>");
        }
        return out.toString();
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}

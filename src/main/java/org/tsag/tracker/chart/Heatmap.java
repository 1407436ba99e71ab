package org.tsag.tracker.chart;

import java.util.List;

/**
 * A grid of cells, e.g. operative clauses (rows) by study periods (columns). Each cell is coloured
 * by its series and also prints a short text (such as a status abbreviation), so the colour is never
 * needed to read it.
 *
 * @param title   the chart's accessible name
 * @param columns column headings, left to right
 * @param series  the series that colour the cells; the legend names them
 * @param rows    the rows, top to bottom
 */
public record Heatmap(String title, List<String> columns, List<StackedBarChart.Series> series, List<Row> rows) {

    private static final int LABEL_WIDTH = 200;
    private static final int CELL_WIDTH = 96;
    private static final int CELL_HEIGHT = 26;
    private static final int HEADER = 24;

    public Heatmap {
        columns = List.copyOf(columns);
        series = List.copyOf(series);
        rows = List.copyOf(rows);
    }

    /** A row: its label and one cell per column (null for an empty cell). */
    public record Row(String label, List<Cell> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }

    /** A cell: its series key, the short text printed in it, the tooltip and the link. */
    public record Cell(String seriesKey, String text, String title, String href) {
    }

    public String toSvg() {
        return toSvg(false);
    }

    /**
     * The grid as SVG; right to left (Arabic) it is mirrored like {@link StackedBarChart#toSvg(boolean)}: row
     * labels on the right, the first column rightmost, the legend from the right, while the text itself is
     * not mirrored.
     */
    public String toSvg(boolean rightToLeft) {
        int legendRows = (series.size() + 2) / 3;
        int width = Math.max(LABEL_WIDTH + columns.size() * CELL_WIDTH + 10, 680);
        int height = HEADER + rows.size() * CELL_HEIGHT + 12 + legendRows * 22;
        StackedBarChart.Mirror m = new StackedBarChart.Mirror(rightToLeft, width);
        StringBuilder svg = new StringBuilder(Svg.open(width, height, title));
        svg.append(Svg.patternDefs(series.size()));
        for (int c = 0; c < columns.size(); c++) {
            svg.append("<text x=\"").append(px(m.x(LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2)))
                    .append("\" y=\"16\" text-anchor=\"middle\" font-weight=\"bold\">")
                    .append(Svg.escape(columns.get(c))).append("</text>");
        }
        int y = HEADER;
        for (Row row : rows) {
            svg.append("<g class=\"row\"><text x=\"").append(px(m.x(LABEL_WIDTH - 6))).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"").append(m.anchor("end")).append("\">")
                    .append(Svg.escape(StackedBarChart.shorten(row.label(), 30)))
                    .append("<title>").append(Svg.escape(row.label())).append("</title></text>");
            for (int c = 0; c < columns.size() && c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                // the drawn box is CELL_WIDTH - 2 wide with the gap on its far side, in either direction
                int left = LABEL_WIDTH + c * CELL_WIDTH;
                String x = px(m.x(left, CELL_WIDTH - 2));
                if (cell == null) {
                    svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL_WIDTH - 2)
                            .append("\" height=\"").append(CELL_HEIGHT - 2).append("\" fill=\"#fff\" stroke=\"#ccc\"/>");
                    continue;
                }
                int index = indexOf(cell.seriesKey());
                String body = "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + (CELL_WIDTH - 2) + "\" height=\"" + (CELL_HEIGHT - 2)
                        + "\" fill=\"" + (index < 0 ? "#fff" : "url(#p" + index + ")") + "\" stroke=\"#666\"/>"
                        + Svg.haloText(px(m.x(left + CELL_WIDTH / 2)), String.valueOf(y + 17),
                                StackedBarChart.shorten(cell.text(), 14));
                svg.append(StackedBarChart.link(cell.href(), body, cell.title()));
            }
            svg.append("</g>");
            y += CELL_HEIGHT;
        }
        y += 10;
        for (int i = 0; i < series.size(); i++) {
            int lx = 10 + (i % 3) * 220;
            int ly = y + (i / 3) * 22;
            svg.append("<g class=\"legend\"><rect x=\"").append(px(m.x(lx, 14))).append("\" y=\"").append(ly)
                    .append("\" width=\"14\" height=\"14\" fill=\"url(#p").append(i).append(")\" stroke=\"#000\"/>")
                    .append("<text x=\"").append(px(m.x(lx + 20))).append("\" y=\"").append(ly + 12)
                    .append("\" text-anchor=\"").append(m.anchor("start")).append("\">")
                    .append(Svg.escape(series.get(i).label())).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Whole pixels, as the grid's coordinates always are; left to right the output is as before. */
    private static String px(double value) {
        return String.valueOf(Math.round(value));
    }

    private int indexOf(String key) {
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}

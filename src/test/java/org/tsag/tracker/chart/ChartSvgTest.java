package org.tsag.tracker.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartSvgTest {

    private static final String XSS = "<script>alert('x')</script> & \"q\"";

    private static final List<StackedBarChart.Series> STATUSES = List.of(
            new StackedBarChart.Series("NOT_STARTED", "Not started"),
            new StackedBarChart.Series("COMPLETED", "Completed"));

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    static List<String> hrefs(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("href"));
        }
        return out;
    }

    @Test
    void stacked_bars_are_well_formed_with_a_title_and_a_link_per_segment() throws Exception {
        StackedBarChart chart = new StackedBarChart("Status by entity", STATUSES, List.of(
                new StackedBarChart.Bar("TSB", "/items?entity=TSB", List.of(
                        new StackedBarChart.Segment("NOT_STARTED", 2, "TSB: Not started: 2", "/items?entity=TSB&status=NOT_STARTED"),
                        new StackedBarChart.Segment("COMPLETED", 3, "TSB: Completed: 3", "/items?entity=TSB&status=COMPLETED"))),
                new StackedBarChart.Bar("TSAG", "/items?entity=TSAG", List.of(
                        new StackedBarChart.Segment("COMPLETED", 0, "TSAG: Completed: 0", "/items?entity=TSAG&status=COMPLETED")))));

        Document svg = parse(chart.toSvg());

        assertThat(texts(svg, "title")).contains("Status by entity", "TSB: Not started: 2", "TSB: Completed: 3");
        assertThat(texts(svg, "title")).doesNotContain("TSAG: Completed: 0");
        assertThat(hrefs(svg)).contains("/items?entity=TSB&status=NOT_STARTED", "/items?entity=TSB&status=COMPLETED", "/items?entity=TSAG");
        // the legend names each status in text, not only by colour
        assertThat(texts(svg, "text")).contains("Not started", "Completed", "2", "3", "5");
    }

    @Test
    void right_to_left_the_bars_are_mirrored_and_the_text_is_not() throws Exception {
        StackedBarChart chart = new StackedBarChart("الحالة", STATUSES, List.of(
                new StackedBarChart.Bar("مكتب تقييس الاتصالات", "/items?entity=TSB", List.of(
                        new StackedBarChart.Segment("COMPLETED", 3, "3", "/items?entity=TSB&status=COMPLETED")))));

        Document ltr = parse(chart.toSvg(false));
        Document rtl = parse(chart.toSvg(true));

        double width = Double.parseDouble(rtl.getDocumentElement().getAttribute("width"));
        org.w3c.dom.Element ltrLabel = (org.w3c.dom.Element) ltr.getElementsByTagName("text").item(0);
        org.w3c.dom.Element rtlLabel = (org.w3c.dom.Element) rtl.getElementsByTagName("text").item(0);
        org.w3c.dom.Element ltrBar = firstBar(ltr);
        org.w3c.dom.Element rtlBar = firstBar(rtl);
        // the category label moves from the left of the bars to their right, anchored at its other end
        assertThat(ltrLabel.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(rtlLabel.getAttribute("text-anchor")).isEqualTo("start");
        assertThat(Double.parseDouble(rtlLabel.getAttribute("x"))).isEqualTo(width - Double.parseDouble(ltrLabel.getAttribute("x")));
        // the bar starts at the right: its right edge is where the left-to-right bar's left edge was, mirrored
        double rtlRight = Double.parseDouble(rtlBar.getAttribute("x")) + Double.parseDouble(rtlBar.getAttribute("width"));
        assertThat(rtlRight).isCloseTo(width - Double.parseDouble(ltrBar.getAttribute("x")), org.assertj.core.data.Offset.offset(0.2));
        assertThat(rtlLabel.getTextContent()).isEqualTo("مكتب تقييس الاتصالات");
        assertThat(chart.toSvg()).isEqualTo(chart.toSvg(false));
    }

    /** The first segment of a bar (the pattern tiles in defs are rects too). */
    private static org.w3c.dom.Element firstBar(Document svg) {
        var rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            var rect = (org.w3c.dom.Element) rects.item(i);
            if ("#fff".equals(rect.getAttribute("stroke"))) {
                return rect;
            }
        }
        throw new AssertionError("no bar");
    }

    @Test
    void labels_titles_and_links_are_escaped() throws Exception {
        StackedBarChart chart = new StackedBarChart(XSS, STATUSES, List.of(
                new StackedBarChart.Bar(XSS, "/items?q=" + XSS, List.of(
                        new StackedBarChart.Segment("COMPLETED", 1, XSS, "/items?a=1&b=2")))));

        String text = chart.toSvg();

        assertThat(text).doesNotContain("<script>").contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;");
        Document svg = parse(text);
        assertThat(texts(svg, "title")).contains(XSS);
        assertThat(hrefs(svg)).contains("/items?a=1&b=2");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void heatmap_prints_a_text_and_a_title_in_every_filled_cell() throws Exception {
        Heatmap heatmap = new Heatmap("Clauses by study period", List.of("2022-2024", "2025-2028"), STATUSES, List.of(
                new Heatmap.Row("Res. 68 TSB 9", Arrays.asList(
                        null,
                        new Heatmap.Cell("COMPLETED", "Completed", "Res. 68 TSB 9, 2025-2028: Completed", "/items?resolution=68&period=2025-2028"))),
                new Heatmap.Row(XSS, Arrays.asList(
                        new Heatmap.Cell("NOT_STARTED", "Not started", XSS, "/items?resolution=68&period=2022-2024"),
                        null))));

        String text = heatmap.toSvg();
        Document svg = parse(text);

        assertThat(texts(svg, "title")).contains("Clauses by study period", "Res. 68 TSB 9, 2025-2028: Completed", XSS);
        assertThat(hrefs(svg)).containsExactly("/items?resolution=68&period=2025-2028", "/items?resolution=68&period=2022-2024");
        assertThat(texts(svg, "text")).contains("2022-2024", "2025-2028", "Completed", "Not started");
        assertThat(text).doesNotContain("<script>");
    }

    @Test
    void right_to_left_the_heatmap_is_mirrored_and_the_text_is_not() throws Exception {
        Heatmap heatmap = new Heatmap("البنود", List.of("2022-2024", "2025-2028"), STATUSES, List.of(
                new Heatmap.Row("القرار 68", Arrays.asList(
                        new Heatmap.Cell("NOT_STARTED", "لم يبدأ", "68-3", "/items?resolution=68&period=2022-2024"),
                        new Heatmap.Cell("COMPLETED", "مكتمل", "68-3", "/items?resolution=68&period=2025-2028")))));

        Document ltr = parse(heatmap.toSvg(false));
        Document rtl = parse(heatmap.toSvg(true));

        double width = Double.parseDouble(rtl.getDocumentElement().getAttribute("width"));
        org.w3c.dom.Element ltrLabel = rowLabel(ltr);
        org.w3c.dom.Element rtlLabel = rowLabel(rtl);
        // the row label moves from the left of the grid to its right, anchored at its other end
        assertThat(ltrLabel.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(rtlLabel.getAttribute("text-anchor")).isEqualTo("start");
        assertThat(Double.parseDouble(rtlLabel.getAttribute("x"))).isEqualTo(width - Double.parseDouble(ltrLabel.getAttribute("x")));
        assertThat(rtlLabel.getTextContent()).startsWith("القرار 68");
        // columns run right to left: the first study period is the rightmost, in the heading and in the cells
        List<org.w3c.dom.Element> ltrCells = cells(ltr);
        List<org.w3c.dom.Element> rtlCells = cells(rtl);
        assertThat(ltrCells).hasSize(2);
        assertThat(x(ltrCells.get(0))).isLessThan(x(ltrCells.get(1)));
        assertThat(x(rtlCells.get(0))).isGreaterThan(x(rtlCells.get(1)));
        double firstRightEdge = x(rtlCells.get(0)) + Double.parseDouble(rtlCells.get(0).getAttribute("width"));
        assertThat(firstRightEdge).isEqualTo(width - x(ltrCells.get(0)));
        assertThat(x(heading(rtl, "2022-2024"))).isGreaterThan(x(heading(rtl, "2025-2028")));
        assertThat(texts(rtl, "text")).contains("2022-2024", "لم يبدأ", "مكتمل");
        assertThat(heatmap.toSvg()).isEqualTo(heatmap.toSvg(false));
    }

    private static double x(org.w3c.dom.Element element) {
        return Double.parseDouble(element.getAttribute("x"));
    }

    private static org.w3c.dom.Element rowLabel(Document svg) {
        return (org.w3c.dom.Element) ((org.w3c.dom.Element) svg.getElementsByTagName("g").item(0)).getElementsByTagName("text").item(0);
    }

    /** The filled cells of the grid (the pattern tiles and legend keys are rects too). */
    private static List<org.w3c.dom.Element> cells(Document svg) {
        var rects = svg.getElementsByTagName("rect");
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            var rect = (org.w3c.dom.Element) rects.item(i);
            if ("#666".equals(rect.getAttribute("stroke"))) {
                out.add(rect);
            }
        }
        return out;
    }

    private static org.w3c.dom.Element heading(Document svg, String text) {
        var nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (text.equals(nodes.item(i).getTextContent())) {
                return (org.w3c.dom.Element) nodes.item(i);
            }
        }
        throw new AssertionError("no heading " + text);
    }
}

package org.tsag.tracker.chart;

import java.util.List;

/** Parses chart SVG with javax.xml for tests in other packages. */
public final class ChartXml {

    private ChartXml() {
    }

    public static List<String> titles(String svg) throws Exception {
        return ChartSvgTest.texts(ChartSvgTest.parse(svg), "title");
    }

    public static List<String> hrefs(String svg) throws Exception {
        return ChartSvgTest.hrefs(ChartSvgTest.parse(svg));
    }
}

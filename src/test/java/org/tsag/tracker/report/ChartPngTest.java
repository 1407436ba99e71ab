package org.tsag.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.tsag.tracker.chart.StackedBarChart;

/** The report's chart pictures: sharp enough to print, and the same pixels Batik has always drawn. */
class ChartPngTest {

    static String chart(String title, int done) {
        List<StackedBarChart.Series> series = List.of(new StackedBarChart.Series("DONE", "Completed"),
                new StackedBarChart.Series("WIP", "In progress"), new StackedBarChart.Series("NEW", "Not started"),
                new StackedBarChart.Series("LATE", "Delayed"));
        List<StackedBarChart.Bar> bars = List.of(
                new StackedBarChart.Bar("SG2", null, List.of(new StackedBarChart.Segment("DONE", done, "SG2 done", null),
                        new StackedBarChart.Segment("WIP", 7, "SG2 in progress", null))),
                new StackedBarChart.Bar("TSAG", null, List.of(new StackedBarChart.Segment("NEW", 3, "TSAG new", null),
                        new StackedBarChart.Segment("LATE", 2, "TSAG late", null))));
        return new StackedBarChart(title, series, bars).toSvg();
    }

    @Test
    void a_chart_is_drawn_at_twice_its_size_with_the_pixels_of_batiks_own_png_transcoder() throws Exception {
        String svg = chart("Action items by responsible entity and status", 12);

        ChartPng.Png png = ChartPng.render(svg);

        BufferedImage ours = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(ours.getWidth()).isEqualTo(png.width() * ChartPng.SCALE);
        assertThat(ours.getHeight()).isEqualTo(png.height() * ChartPng.SCALE);
        BufferedImage batik = ImageIO.read(new ByteArrayInputStream(batikPng(svg, ours.getWidth(), ours.getHeight())));
        assertThat(batik.getWidth()).isEqualTo(ours.getWidth());
        assertThat(batik.getHeight()).isEqualTo(ours.getHeight());
        int differing = 0;
        for (int y = 0; y < ours.getHeight(); y++) {
            for (int x = 0; x < ours.getWidth(); x++) {
                if (ours.getRGB(x, y) != batik.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ from Batik's PNGTranscoder").isZero();
    }

    @Test
    void the_same_chart_drawn_again_gives_the_same_picture_without_drawing_it_again() {
        String svg = chart("Action items by resolution and status", 5);

        ChartPng.Png first = ChartPng.render(svg);
        ChartPng.Png again = ChartPng.render(new String(svg.toCharArray()));

        assertThat(again.bytes()).isSameAs(first.bytes());
        assertThat(again.bytes()).isEqualTo(ChartPng.draw(svg).bytes());
        assertThat(again.width()).isEqualTo(first.width());
        assertThat(again.height()).isEqualTo(first.height());
    }

    @Test
    void a_chart_with_other_figures_or_another_title_gets_its_own_picture() {
        ChartPng.Png five = ChartPng.render(chart("Action items by resolution and status", 5));
        ChartPng.Png six = ChartPng.render(chart("Action items by resolution and status", 6));
        ChartPng.Png retitled = ChartPng.render(chart("Action items by entity and status", 5));

        assertThat(six.bytes()).isNotEqualTo(five.bytes());
        assertThat(retitled.bytes()).isNotSameAs(five.bytes());
        assertThat(retitled.bytes()).isNotSameAs(six.bytes());
    }

    @Test
    void the_node_keeps_only_the_most_recent_pictures() {
        String oldest = chart("The oldest chart", 1);
        ChartPng.Png first = ChartPng.render(oldest);
        for (int i = 0; i < ChartPng.CACHED; i++) {
            ChartPng.render(chart("A later chart", 100 + i));
        }

        ChartPng.Png again = ChartPng.render(oldest);

        assertThat(again.bytes()).as("drawn anew once it has left the recent pictures").isNotSameAs(first.bytes());
        assertThat(again.bytes()).isEqualTo(first.bytes());
    }

    private static byte[] batikPng(String svg, int width, int height) throws Exception {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) width);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        return out.toByteArray();
    }
}

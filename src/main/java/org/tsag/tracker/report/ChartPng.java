package org.tsag.tracker.report;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Rasterises a chart's SVG to PNG with Apache Batik, at twice its CSS pixel size so that it stays
 * sharp when printed. PNG rather than SVG in the .docx: every Word version and LibreOffice show a
 * PNG, while an SVG picture needs Word 2016 or later and a PNG fallback anyway.
 */
final class ChartPng {

    static final int SCALE = 2;
    private static final Pattern SIZE = Pattern.compile("<svg[^>]*\\bwidth=\"(\\d+)\"[^>]*\\bheight=\"(\\d+)\"");

    /** The picture and the SVG's own size in CSS pixels (1 px = 0.75 pt). */
    record Png(byte[] bytes, int width, int height) {
    }

    private ChartPng() {
    }

    static Png render(String svg) {
        Matcher size = SIZE.matcher(svg);
        if (!size.find()) {
            throw new IllegalArgumentException("The chart has no width and height");
        }
        int width = Integer.parseInt(size.group(1));
        int height = Integer.parseInt(size.group(2));
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) width * SCALE);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) height * SCALE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("Could not draw the chart", e);
        }
        return new Png(out.toByteArray(), width, height);
    }
}

package org.tsag.tracker.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Rasterises a chart's SVG to PNG at twice its CSS pixel size, so that it stays sharp when printed.
 * PNG rather than SVG in the .docx: every Word version and LibreOffice show a PNG, while an SVG
 * picture needs Word 2016 or later and a PNG fallback anyway.
 *
 * <p>Apache Batik draws the picture; the JDK's PNG writer encodes it. Batik's own PNG encoder
 * ({@code PNGTranscoder}) filters and compresses every row in Java and took about 85% of a chart's
 * time (docs/perf/report.md); the pixels are the same either way.
 *
 * <p>The last {@value #CACHED} pictures are kept per node, keyed by the SHA-256 of their SVG: the
 * same data gives the same SVG, so a report downloaded again (or by a colleague) before anything
 * changed reuses its pictures, and any change to a figure, label or title gives new ones. A
 * picture is usually about 100 KB (a tall heatmap more), so the node keeps a few megabytes.
 */
final class ChartPng {

    static final int SCALE = 2;
    static final int CACHED = 16;
    private static final Pattern SIZE = Pattern.compile("<svg[^>]*\\bwidth=\"(\\d+)\"[^>]*\\bheight=\"(\\d+)\"");

    /** The picture (shared with the node's recent pictures: read it, never change it) and the SVG's own size in CSS pixels (1 px = 0.75 pt). */
    record Png(byte[] bytes, int width, int height) {
    }

    private static final Map<String, Png> RECENT = new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Png> eldest) {
            return size() > CACHED;
        }
    };

    private ChartPng() {
    }

    /** The chart's picture, from the node's recent pictures when the same SVG was drawn before. */
    static Png render(String svg) {
        String key = sha256(svg);
        synchronized (RECENT) {
            Png known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        // drawn outside the lock: two reports may draw different charts at the same time
        Png png = draw(svg);
        synchronized (RECENT) {
            RECENT.put(key, png);
        }
        return png;
    }

    /** Draws the picture anew, without looking at the recent ones. */
    static Png draw(String svg) {
        Matcher size = SIZE.matcher(svg);
        if (!size.find()) {
            throw new IllegalArgumentException("The chart has no width and height");
        }
        int width = Integer.parseInt(size.group(1));
        int height = Integer.parseInt(size.group(2));
        return new Png(encode(image(svg, width * SCALE, height * SCALE)), width, height);
    }

    /** Batik's drawing of the SVG at the given pixel size, on a transparent background. */
    static BufferedImage image(String svg, int pixelWidth, int pixelHeight) {
        Canvas canvas = new Canvas();
        canvas.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) pixelWidth);
        canvas.addTranscodingHint(ImageTranscoder.KEY_HEIGHT, (float) pixelHeight);
        try {
            canvas.transcode(new TranscoderInput(new StringReader(svg)), null);
        } catch (TranscoderException e) {
            throw new IllegalStateException("Could not draw the chart", e);
        }
        return canvas.image;
    }

    private static String sha256(String svg) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Keeps the image Batik drew instead of writing it (the same image type as Batik's PNGTranscoder). */
    private static final class Canvas extends ImageTranscoder {

        private BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput output) {
            this.image = img;
        }
    }
}

package org.tsag.tracker.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Turns XHTML into PDF with openhtmltopdf. The fonts are bundled (src/main/resources/report/fonts,
 * with their licences) and embedded as subsets, so the PDF looks the same everywhere: DejaVu Sans
 * for Latin, Cyrillic and Arabic, Droid Sans Fallback for Chinese. ICU splits bidirectional text
 * and shapes Arabic letters; Batik draws the SVG charts as vectors.
 */
final class PdfDocuments {

    static final String FAMILY = "DejaVu Sans";
    static final String FALLBACK = "Droid Sans Fallback";

    private PdfDocuments() {
    }

    /** Read once: the fonts are a few megabytes, and each PDF takes only the glyphs it uses. */
    private static final class Resources {
        static final byte[] REGULAR = load("report/fonts/DejaVuSans.ttf");
        static final byte[] BOLD = load("report/fonts/DejaVuSans-Bold.ttf");
        static final byte[] CJK = load("report/fonts/DroidSansFallback.ttf");
        static final String CSS = new String(load("report/pdf.css"), StandardCharsets.UTF_8);
    }

    static String css() {
        return Resources.CSS;
    }

    static void render(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(Resources.REGULAR), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Resources.BOLD), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Resources.CJK), FALLBACK, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.tsag.tracker.meeting;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as SVG text, encoded with ZXing. The SVG holds only rectangles, one per dark module,
 * so nothing of the encoded text appears in the markup.
 */
public final class QrCodeSvg {

    /** Light modules around the code, as the QR specification asks. */
    static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    /** The modules of the code for {@code text}, quiet zone included. */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit a QR code", e);
        }
    }

    /** An SVG document, one unit per module, black on white. */
    public static String svg(String text) {
        BitMatrix m = matrix(text);
        int w = m.getWidth();
        int h = m.getHeight();
        StringBuilder svg = new StringBuilder(64 * w)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w * 8).append("\" height=\"").append(h * 8)
                .append("\" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"").append(w).append("\" height=\"").append(h).append("\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"");
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (m.get(x, y)) {
                    // a run of dark modules on a row becomes one rectangle
                    int start = x;
                    while (x + 1 < w && m.get(x + 1, y)) {
                        x++;
                    }
                    svg.append('M').append(start).append(' ').append(y)
                            .append('h').append(x - start + 1).append("v1h-").append(x - start + 1).append('z');
                }
            }
        }
        return svg.append("\"/></svg>").toString();
    }
}

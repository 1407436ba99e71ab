package org.tsag.tracker.resolution.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns bytes or text into the lines the parser reads, within bounds that no resolution comes near:
 * a byte-order mark is dropped, UTF-16 is recognized, control characters other than tabs become
 * spaces, and a NUL character, a line or a text too long is rejected with the line it is on.
 */
final class InputText {

    static final int MAX_CHARACTERS = 2_000_000;
    static final int MAX_LINES = 20_000;
    static final int MAX_LINE_LENGTH = 20_000;

    private InputText() {
    }

    /** Decodes a text file: UTF-8 (with or without byte-order mark) or UTF-16 (with a byte-order mark, or plainly UTF-16). */
    static String decode(byte[] bytes) throws ResolutionParseException {
        if (bytes.length > MAX_CHARACTERS * 4L) {
            throw new ResolutionParseException("The file is %,d bytes long; a resolution text has at most %,d characters."
                    .formatted(bytes.length, MAX_CHARACTERS), 0);
        }
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (looksLikeUtf16(bytes, 1)) {
            charset = StandardCharsets.UTF_16LE;
        } else if (looksLikeUtf16(bytes, 0)) {
            charset = StandardCharsets.UTF_16BE;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer output = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) bytes.length + 1));
        var result = decoder.decode(input, output, true);
        if (result.isError()) {
            int line = 1 + (int) new String(bytes, skip, input.position() - skip, charset).chars().filter(c -> c == '\n').count();
            throw new ResolutionParseException("Line %d: the file is not %s text (byte %,d cannot be read); save it as UTF-8 text or .docx."
                    .formatted(line, charset == StandardCharsets.UTF_8 ? "UTF-8 or UTF-16" : charset.name(), input.position() + 1), line);
        }
        try {
            decoder.flush(output);
        } catch (IllegalStateException e) {
            throw new ResolutionParseException("The file could not be read as text.", 0);
        }
        return output.flip().toString();
    }

    /** Text without a byte-order mark that has a zero byte in most of its even (or odd) places. */
    private static boolean looksLikeUtf16(byte[] bytes, int zeroAt) {
        int sample = Math.min(bytes.length, 2_000);
        if (sample < 4 || sample % 2 != 0 && sample == bytes.length && bytes.length % 2 != 0) {
            return false;
        }
        int zeros = 0;
        int pairs = 0;
        for (int i = 0; i + 1 < sample; i += 2) {
            pairs++;
            if (bytes[i + zeroAt] == 0 && bytes[i + 1 - zeroAt] != 0) {
                zeros++;
            }
        }
        return zeros * 10 >= pairs * 7;
    }

    /**
     * @return the lines of a text, one Word paragraph each
     * @throws ResolutionParseException naming the line when the text is beyond the bounds or holds a NUL
     */
    static List<String> lines(String text) throws ResolutionParseException {
        if (text == null) {
            return List.of();
        }
        if (text.length() > MAX_CHARACTERS) {
            int line = 1 + (int) text.substring(0, MAX_CHARACTERS).chars().filter(c -> c == '\n').count();
            throw new ResolutionParseException("Line %d: the text is longer than %,d characters, far more than any resolution; it was not read."
                    .formatted(line, MAX_CHARACTERS), line);
        }
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        for (String line : (Iterable<String>) withoutMark.lines()::iterator) {
            lines.add(line);
            if (lines.size() > MAX_LINES) {
                throw new ResolutionParseException("Line %d: the text has more than %,d lines, far more than any resolution; it was not read."
                        .formatted(lines.size(), MAX_LINES), lines.size());
            }
        }
        return checked(lines);
    }

    /** Applies the bounds to lines read from a .docx (one paragraph each). */
    static List<String> checked(List<String> lines) throws ResolutionParseException {
        if (lines.size() > MAX_LINES) {
            throw new ResolutionParseException("Paragraph %d: the document has more than %,d paragraphs, far more than any resolution; it was not read."
                    .formatted(MAX_LINES + 1, MAX_LINES), MAX_LINES + 1);
        }
        List<String> result = new ArrayList<>(lines.size());
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            total += line.length();
            if (line.length() > MAX_LINE_LENGTH) {
                throw new ResolutionParseException("Line %d is %,d characters long; a paragraph of a resolution has at most %,d. It was not read."
                        .formatted(number, line.length(), MAX_LINE_LENGTH), number);
            }
            if (total > MAX_CHARACTERS) {
                throw new ResolutionParseException("Line %d: the text is longer than %,d characters, far more than any resolution; it was not read."
                        .formatted(number, MAX_CHARACTERS), number);
            }
            int nul = line.indexOf('\u0000');
            if (nul >= 0) {
                throw new ResolutionParseException("Line %d holds a NUL character (at position %d), which is not text; the file may be damaged or not a text file."
                        .formatted(number, nul + 1), number);
            }
            result.add(i == 0 && line.startsWith("\uFEFF") ? withoutControls(line.substring(1)) : withoutControls(line));
        }
        return result;
    }

    private static String withoutControls(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7F || c == '\uFEFF') {
                StringBuilder clean = new StringBuilder(line.length());
                line.chars().forEach(ch -> clean.append(ch < 0x20 && ch != '\t' || ch == 0x7F || ch == '\uFEFF' ? ' ' : (char) ch));
                return clean.toString();
            }
        }
        return line;
    }

    /** Whether bytes start like a .docx (a zip package). */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
    }
}

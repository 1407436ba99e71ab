package org.tsag.tracker.resolution.parse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Reads a resolution (WTSA, WTDC, WRC, PP ...) from plain text or from a .docx file. Stateless and
 * thread-safe. Every input, however malformed, ends in a result or a {@link ResolutionParseException}
 * whose message names the line or part at fault.
 *
 * <p>Line numbers in the result are 1-based lines of the text (as {@link String#lines()} splits it),
 * or 1-based paragraphs of the .docx body.
 */
public final class ResolutionParser {

    /**
     * Reads plain text, such as Word's "save as text" export or text copied from a PDF. Tracked
     * changes flattened into the text are inferred only where the text shows evidence of them
     * ({@link ParsedResolution#changeEvidence()}), and reported as flags and warnings.
     */
    public ParsedResolution parse(String text) throws ResolutionParseException {
        return parse(text, ParseOptions.NONE);
    }

    /** Reads plain text again with a person's answers to the flags of an earlier reading. */
    public ParsedResolution parse(String text, ParseOptions options) throws ResolutionParseException {
        return new PlainTextReader(true, options).read(text);
    }

    /**
     * Reads a .docx file. Tracked changes (w:ins / w:del) are read exactly: the previous and the new
     * revision are parsed separately and aligned paragraph by paragraph.
     */
    public ParsedResolution parseDocx(InputStream docx) throws ResolutionParseException {
        return parseDocx(docx, ParseOptions.NONE);
    }

    public ParsedResolution parseDocx(InputStream docx, ParseOptions options) throws ResolutionParseException {
        DocxText text = DocxText.read(docx);
        if (!text.hasTrackedChanges()) {
            return new PlainTextReader(false, options).read(text.newLines());
        }
        return new RevisionMerger(text, options).merge();
    }

    /** Reads a file's bytes: a .docx, or text in UTF-8 or UTF-16 (a byte-order mark is allowed). */
    public ParsedResolution parseFile(byte[] bytes, ParseOptions options) throws ResolutionParseException {
        if (InputText.isZip(bytes)) {
            return parseDocx(new ByteArrayInputStream(bytes), options);
        }
        return parse(InputText.decode(bytes), options);
    }

    /** The text of a text file's bytes, as {@link #parseFile} reads it; null for a .docx. */
    public static String textOf(byte[] bytes) throws ResolutionParseException {
        return InputText.isZip(bytes) ? null : InputText.decode(bytes);
    }

    /**
     * The plain text of a file, e.g. a translation to store beside a revision: a text file decoded, or the text of
     * a .docx as it reads with its tracked changes accepted, one paragraph a line.
     */
    public static String plainText(byte[] bytes) throws ResolutionParseException {
        if (InputText.isZip(bytes)) {
            return String.join("\n", DocxText.read(new ByteArrayInputStream(bytes)).newLines());
        }
        return InputText.decode(bytes);
    }
}

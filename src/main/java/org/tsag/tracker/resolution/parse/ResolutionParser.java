package org.tsag.tracker.resolution.parse;

import java.io.InputStream;

/**
 * Reads a WTSA resolution from plain text or from a .docx file. Stateless and thread-safe.
 *
 * <p>Line numbers in the result are 1-based lines of the text (as {@link String#lines()} splits it),
 * or 1-based paragraphs of the .docx body.
 */
public final class ResolutionParser {

    /**
     * Reads plain text, such as Word's "save as text" export, which may carry tracked changes
     * flattened into the text; those are inferred and reported as warnings.
     */
    public ParsedResolution parse(String text) throws ResolutionParseException {
        return new PlainTextReader(true).read(text);
    }

    /**
     * Reads a .docx file. Tracked changes (w:ins / w:del) are read exactly: the previous and the new
     * revision are parsed separately and aligned paragraph by paragraph.
     */
    public ParsedResolution parseDocx(InputStream docx) throws ResolutionParseException {
        DocxText text = DocxText.read(docx);
        if (!text.hasTrackedChanges()) {
            return parse(text.newText());
        }
        return new RevisionMerger(text).merge();
    }
}
